// Run by bench/db.ts as processes of their own: `init <dir>` creates a database directory (as a server's first
// run does), then `measure <dir>`, in a process that holds nothing else, prints one JSON line: resident memory
// before opening the existing directory, once open, and after saving plans and ticking items.
import { join } from 'node:path';
import { randomIds } from '../src/app/ids.ts';
import { savePlan, setPlanItem } from '../src/app/plans.ts';
import { openStore } from '../src/db/store.ts';
import { GuideSchema } from '../src/domain/guide/guideSchema.ts';
import { planItems } from '../src/domain/plan/planItems.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const sample = () => {
  const usage = process.memoryUsage();
  return { rssMb: mb(usage.rss), heapMb: mb(usage.heapUsed), externalMb: mb(usage.external) };
};
const loaded = loadKnowledgeBase(join(import.meta.dirname, '..', 'content'));
if (!loaded.ok) throw new Error('content/ is invalid');
const kb = loaded.kb;
const [mode, dir] = process.argv.slice(2) as [string, string];
if (mode === 'init') {
  await (await openStore({ kind: 'pglite', dataDir: dir })).close();
} else {
  global.gc?.();
  const before = sample();
  const store = await openStore({ kind: 'pglite', dataDir: dir });
  const open = sample();
  const context = { kb, plans: store.plans, ids: randomIds, now: () => new Date() };
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) {
    const { id } = await savePlan(context, {
      from: 'software-engineer',
      to: 'data-scientist',
      hours: 5 + (i % 20),
    });
    ids.push(id);
  }
  for (let i = 0; i < 600; i++) {
    const id = ids[i % ids.length] as string;
    const stored = await store.plans.find(id);
    const item = planItems(GuideSchema.parse(stored?.guide))[i % 7];
    if (item) await setPlanItem(context, id, item.id, i % 2 === 0);
  }
  const worked = sample();
  await store.close();
  console.log(
    JSON.stringify({
      before,
      open,
      afterWork: worked,
      openAddsMb: open.rssMb - before.rssMb,
      workAddsMb: worked.rssMb - open.rssMb,
      plans: ids.length,
      ticks: 600,
    }),
  );
}
