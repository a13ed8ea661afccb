import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exploreRoles } from '../src/app/exploreRoles.ts';
import { getHub } from '../src/app/getHub.ts';
import { getPath } from '../src/app/getPath.ts';
import { resolveRole } from '../src/app/resolveRole.ts';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import { DEFAULT_PERSON } from '../src/domain/guide/person.ts';
import type { Role } from '../src/domain/kb/schemas.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { readSnapshot, writeSnapshot } from '../src/kb/snapshot.ts';
import { round, timeEach } from './stats.ts';

/** A fixed pseudo-random sequence, so every run measures the same requests. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * Issue 15 §4 on the product's own KB: the curated roles plus a role for every catalogue occupation. Load (full
 * validation, and from the snapshot), title resolution (exact hits and misses with suggestions), and the engine's
 * answers at that size, each on a fresh KB so hubs and paths are measured cold.
 */
export function everyOccupationBench(contentDir: string, quick: boolean) {
  const fullStart = performance.now();
  const loaded = loadKnowledgeBase(contentDir, { catalog: true });
  const fullLoadMs = performance.now() - fullStart;
  if (!loaded.ok) throw new Error('content/ is invalid; run `npm run pathway -- kb check`');
  const dir = mkdtempSync(join(tmpdir(), 'pathway-bench-'));
  const file = join(dir, 'kb-snapshot.json');
  writeSnapshot(file, contentDir, loaded.kb);
  const snapshotStart = performance.now();
  const kb = readSnapshot(file, contentDir);
  const snapshotLoadMs = performance.now() - snapshotStart;
  rmSync(dir, { recursive: true, force: true });
  if (!kb) throw new Error('the snapshot just written did not read back');

  const random = sequence(15);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const targets = kb.roles.filter((role) => !role.startingPoint);
  const titles = [...kb.roleByName.keys()];
  const exact = timeEach(quick ? 2000 : 20_000, () => resolveRole(kb, pick(titles)));
  const misses = ['Staf Nurse', 'Truk Drver', 'Elektrician', 'Data Scienist', 'Paralegel', 'Acountant'];
  const miss = timeEach(quick ? 60 : 600, (i) => {
    try {
      resolveRole(kb, misses[i % misses.length] as string);
    } catch {
      // A miss answers with suggestions; finding them is what is measured.
    }
  });
  const pair = (): [Role, Role] => {
    for (;;) {
      const from = pick(kb.roles);
      const to = pick(targets);
      if (from.id !== to.id) return [from, to];
    }
  };
  const guide = timeEach(quick ? 300 : 3000, () => {
    const [from, to] = pair();
    buildGuide(kb, from, to, DEFAULT_PERSON);
  });
  // Each hub is built once, so every sample is a cold hub.
  const hubRoles = [...kb.roles].sort(() => random() - 0.5).slice(0, quick ? 40 : 300);
  const hub = timeEach(hubRoles.length, (i) => getHub(kb, (hubRoles[i] as Role).id));
  const explore = timeEach(quick ? 40 : 300, () => exploreRoles(kb, { from: pick(kb.roles).id, limit: 10 }));
  const exploreKnown = timeEach(quick ? 40 : 300, () =>
    exploreRoles(kb, { know: 'sql:3,excel:4,customer-service:3', limit: 10 }),
  );
  const path = timeEach(quick ? 40 : 300, () => {
    const [from, to] = pair();
    getPath(kb, { from: from.id, to: to.id, maxSteps: 3 });
  });
  return {
    roles: kb.roles.length,
    catalogRoles: kb.roles.filter((role) => role.catalog).length,
    resolvableNames: kb.roleByName.size,
    fullLoadMs: round(fullLoadMs, 1),
    snapshotLoadMs: round(snapshotLoadMs, 1),
    titleExactP50Ms: exact.p50Ms,
    titleMissP50Ms: miss.p50Ms,
    guideP50Ms: guide.p50Ms,
    hubColdP50Ms: hub.p50Ms,
    hubColdP99Ms: hub.p99Ms,
    exploreP50Ms: explore.p50Ms,
    exploreKnownP50Ms: exploreKnown.p50Ms,
    pathP50Ms: path.p50Ms,
    pathP99Ms: path.p99Ms,
  };
}
