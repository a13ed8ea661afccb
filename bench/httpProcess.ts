// The HTTP benchmark in a process of its own, started by bench/run.ts: the load generator then carries none of
// the heap the in-process benchmarks built before it (a 1,005-role KB, an open PGlite), which slowed it unevenly
// (/healthz ÷ bare hono fell round by round to 0.59 there; in a process of its own, one run's rounds gave
// 0.90–1.03 and the next's 0.66–0.99, which is the shared machine's own noise).
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { httpBench } from './http.ts';

const loaded = loadKnowledgeBase(join(import.meta.dirname, '..', 'content'));
if (!loaded.ok) {
  console.error('content/ is invalid; run `npm run pathway -- kb check`');
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(await httpBench(loaded.kb, process.argv.includes('--quick')))}\n`);
