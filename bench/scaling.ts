// How the engine grows with the number of roles (issue 15 §3–4): synthetic KBs of 250, 500 and 1,000 roles made
// from the curated ones. Standalone: `npx tsx --expose-gc bench/scaling.ts [--quick] [--no-warm] [sizes…]`
// (without sizes: the section `npm run bench` prints). Heap figures need --expose-gc to be steady.

import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { explore } from '../src/domain/explore/explore.ts';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import { DEFAULT_PERSON, type Person } from '../src/domain/guide/person.ts';
import { buildHub } from '../src/domain/hub/buildHub.ts';
import type { KnowledgeBase } from '../src/domain/kb/knowledgeBase.ts';
import type { Role } from '../src/domain/kb/schemas.ts';
import { findPath } from '../src/domain/path/findPath.ts';
import { mulberry32, syntheticKb } from '../src/domain/testing/syntheticKb.ts';
import { nearestTargets } from '../src/domain/transitions/moveEstimate.ts';
import { transitionCacheSize } from '../src/domain/transitions/transitionSummaries.ts';
import { warmUp } from '../src/domain/transitions/warmUp.ts';
import { indexKnowledgeBase } from '../src/kb/nameSearch.ts';
import { round, timeEach } from './stats.ts';

export const SCALING_SIZES = [250, 500, 1000] as const;

const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** One KB of `size` roles: every figure measured on fresh caches, in the order a server meets them. */
export function scalingAt(base: KnowledgeBase, size: number, quick: boolean, warm = true) {
  const heapBefore = heapMb();
  const kb = syntheticKb(base, size, { seed: size, index: indexKnowledgeBase });
  const random = mulberry32(size * 7 + 1);
  const anyRole = () => kb.roles[Math.floor(random() * kb.roles.length)] as Role;
  const targets = kb.roles.filter((role) => !role.startingPoint);
  const anyTarget = () => targets[Math.floor(random() * targets.length)] as Role;
  const pair = () => {
    const from = anyRole();
    let to = anyTarget();
    while (to.id === from.id) to = anyTarget();
    return [from, to] as const;
  };
  const personal: Person = {
    ...DEFAULT_PERSON,
    known: { python: 4, sql: 3, 'deep-learning': 2 },
    hoursPerWeek: 15,
  };

  // The neighbour index: every role's held vector and nearest targets, without any summary.
  const indexStart = performance.now();
  for (const role of kb.roles) nearestTargets(kb, role);
  const neighbourIndexMs = round(performance.now() - indexStart, 1);

  const guidePairs = Array.from({ length: quick ? 100 : 400 }, pair);
  for (const [from, to] of guidePairs.slice(0, 50)) buildGuide(kb, from, to, DEFAULT_PERSON);
  const guide = timeEach(guidePairs.length, (i) => {
    const [from, to] = guidePairs[i] as (typeof guidePairs)[number];
    buildGuide(kb, from, to, i % 2 === 0 ? DEFAULT_PERSON : personal);
  });

  // Nothing warmed: the first hub, explore and path a server answers right after it listens.
  const hubRoles = Array.from({ length: quick ? 8 : 20 }, anyRole);
  const hubCold = timeEach(hubRoles.length, (i) => buildHub(kb, hubRoles[i] as Role));
  const filters = { limit: 10 };
  const exploreRole = timeEach(quick ? 8 : 20, () =>
    explore(kb, { from: anyRole(), person: DEFAULT_PERSON }, filters),
  );
  const explorePersonal = timeEach(quick ? 8 : 20, () =>
    explore(kb, { from: anyRole(), person: personal }, filters),
  );
  const pathPairs = Array.from({ length: quick ? 4 : size >= 1000 ? 6 : 10 }, pair);
  const path = timeEach(pathPairs.length, (i) => {
    const [from, to] = pathPairs[i] as (typeof pathPairs)[number];
    findPath(kb, from, to, DEFAULT_PERSON, { maxSteps: 3 });
  });

  // What the server computes after it listens, all at once here (the server runs it in 5 ms slices).
  let warmed: { ms: number; summaries: number; heapMb: number } | undefined;
  if (warm) {
    const start = performance.now();
    warmUp(kb);
    warmed = {
      ms: round(performance.now() - start, 1),
      summaries: transitionCacheSize(kb).summaries,
      heapMb: round(heapMb() - heapBefore, 1),
    };
  }
  // Then a path among moves nobody has asked for yet, as a server answers once it has warmed up.
  const warmPairs = Array.from({ length: quick ? 4 : 10 }, pair);
  const pathWarm = timeEach(warmPairs.length, (i) => {
    const [from, to] = warmPairs[i] as (typeof warmPairs)[number];
    findPath(kb, from, to, DEFAULT_PERSON, { maxSteps: 3 });
  });
  return {
    roles: kb.roles.length,
    guideP50Ms: guide.p50Ms,
    hubColdP50Ms: hubCold.p50Ms,
    exploreP50Ms: exploreRole.p50Ms,
    explorePersonalP50Ms: explorePersonal.p50Ms,
    pathP50Ms: path.p50Ms,
    pathWarmP50Ms: pathWarm.p50Ms,
    neighbourIndexMs,
    ...(warmed ? { warmUp: warmed } : {}),
    heapGrowthMb: round(heapMb() - heapBefore, 1),
  };
}

/** log(b/a) / log(4): how a figure grows between 250 and 1,000 roles (1 is linear, 2 quadratic). */
export function growthExponent(small: number, large: number, ratio = 4): number {
  return small > 0 && large > 0 ? round(Math.log(large / small) / Math.log(ratio), 2) : 0;
}

/** The `scaling` section of `npm run bench`: each size, then how each figure grows from 250 to 1,000 roles. */
export function scalingBench(base: KnowledgeBase, quick: boolean) {
  // Once on a small KB first, so the first size does not pay for compiling hub, explore and path code.
  scalingAt(base, 120, true);
  const sizes = SCALING_SIZES.map((size) => scalingAt(base, size, quick));
  const first = sizes[0] as (typeof sizes)[number];
  const last = sizes.at(-1) as (typeof sizes)[number];
  const grows = (figure: (at: (typeof sizes)[number]) => number) =>
    growthExponent(figure(first), figure(last));
  return {
    sizes,
    growthExponent250To1000: {
      guide: grows((at) => at.guideP50Ms),
      hubCold: grows((at) => at.hubColdP50Ms),
      explore: grows((at) => at.exploreP50Ms),
      explorePersonal: grows((at) => at.explorePersonalP50Ms),
      path: grows((at) => at.pathP50Ms),
      pathWarm: grows((at) => at.pathWarmP50Ms),
      neighbourIndex: grows((at) => at.neighbourIndexMs),
      warmUp: grows((at) => at.warmUp?.ms ?? 0),
      heap: grows((at) => at.heapGrowthMb),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadKnowledgeBase } = await import('../src/kb/loadKnowledgeBase.ts');
  const loaded = loadKnowledgeBase(join(import.meta.dirname, '..', 'content'));
  if (!loaded.ok) throw new Error('content/ is invalid');
  const quick = process.argv.includes('--quick');
  const noWarm = process.argv.includes('--no-warm');
  const sizes = process.argv
    .slice(2)
    .filter((arg) => /^\d+$/.test(arg))
    .map(Number);
  if (sizes.length === 0) console.log(JSON.stringify(scalingBench(loaded.kb, quick), null, 2));
  for (const size of sizes)
    console.log(JSON.stringify({ size, ...scalingAt(loaded.kb, size, quick, !noWarm) }));
}
