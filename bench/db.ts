import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomIds } from '../src/app/ids.ts';
import { savePlan, setPlanItem } from '../src/app/plans.ts';
import { openStore } from '../src/db/store.ts';
import { GuideSchema } from '../src/domain/guide/guideSchema.ts';
import type { KnowledgeBase } from '../src/domain/kb/knowledgeBase.ts';
import { planItems } from '../src/domain/plan/planItems.ts';
import { startCommand } from './http.ts';
import { percentile, round } from './stats.ts';

/** The embedded database's memory, measured in a process of its own (bench/pgliteMemory.ts). */
function pgliteMemory() {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-bench-pglite-memory-'));
  const run = (mode: 'init' | 'measure') => {
    const child = spawnSync(
      process.execPath,
      [
        // The server's own V8 flags (npm start's), so the database is measured as it runs there.
        ...startCommand().filter((arg) => arg.startsWith('--')),
        '--expose-gc',
        '--import',
        'tsx',
        join(import.meta.dirname, 'pgliteMemory.ts'),
        mode,
        dir,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (child.status !== 0) throw new Error(`bench/pgliteMemory.ts ${mode} failed`);
    return child.stdout;
  };
  try {
    run('init');
    return JSON.parse(run('measure').trim().split('\n').at(-1) as string) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Embedded-database figures: cold open (new and existing directory), saving a plan, ticking an item. */
export async function dbBench(kb: KnowledgeBase, quick: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-bench-db-'));
  try {
    let start = performance.now();
    let store = await openStore({ kind: 'pglite', dataDir: dir });
    const openNewMs = performance.now() - start;
    await store.close();
    start = performance.now();
    store = await openStore({ kind: 'pglite', dataDir: dir });
    const openMs = performance.now() - start;
    const context = { kb, plans: store.plans, ids: randomIds, now: () => new Date() };
    const saves: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < (quick ? 20 : 100); i++) {
      const t = performance.now();
      const { id } = await savePlan(context, {
        from: 'software-engineer',
        to: 'machine-learning-engineer',
        hours: 10 + (i % 5),
      });
      saves.push(performance.now() - t);
      ids.push(id);
    }
    const firstId = ids[0] as string;
    const stored = await store.plans.find(firstId);
    const items = planItems(GuideSchema.parse(stored?.guide));
    const ticks: number[] = [];
    for (let i = 0; i < (quick ? 50 : 300); i++) {
      const item = items[i % items.length];
      if (!item) break;
      const t = performance.now();
      await setPlanItem(context, firstId, item.id, i % 2 === 0);
      ticks.push(performance.now() - t);
    }
    await store.close();
    saves.sort((a, b) => a - b);
    ticks.sort((a, b) => a - b);
    return {
      backend: 'pglite',
      openMs: round(openMs, 1),
      openNewMs: round(openNewMs, 1),
      saveMs: round(percentile(saves, 50)),
      saveP99Ms: round(percentile(saves, 99)),
      tickP50Ms: round(percentile(ticks, 50)),
      tickP99Ms: round(percentile(ticks, 99)),
      memory: pgliteMemory(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
