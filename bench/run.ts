// npm run bench [-- --quick]: prints one JSON object of timings for the engine on the bundled KB.

import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHub } from '../src/app/getHub.ts';
import { explore } from '../src/domain/explore/explore.ts';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import { DEFAULT_PERSON, type Person } from '../src/domain/guide/person.ts';
import { buildHub } from '../src/domain/hub/buildHub.ts';
import { findPath } from '../src/domain/path/findPath.ts';
import { warmTransitions } from '../src/domain/transitions/transitionSummaries.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { dbBench } from './db.ts';
import { everyOccupationBench } from './everyOccupation.ts';
import { httpBenchInOwnProcess } from './http.ts';
import { scalingBench } from './scaling.ts';
import { siteBench } from './site.ts';
import { round, timeEach } from './stats.ts';

const quick = process.argv.includes('--quick');
const contentDir = join(import.meta.dirname, '..', 'content');

const loadStart = performance.now();
const loaded = loadKnowledgeBase(contentDir);
const kbLoadMs = performance.now() - loadStart;
if (!loaded.ok) {
  console.error('content/ is invalid; run `npm run pathway -- kb check`');
  process.exit(1);
}
const kb = loaded.kb;
const role = (id: string) => {
  const found = kb.role.get(id);
  if (!found) throw new Error(`bench needs role ${id}`);
  return found;
};

const referencePairs = [
  ['software-engineer', 'multimodal-ai-engineer'],
  ['backend-developer', 'multimodal-ai-engineer'],
  ['software-engineer', 'machine-learning-engineer'],
  ['data-scientist', 'ai-engineer'],
].map(([from, to]) => [role(from as string), role(to as string)] as const);
const personal: Person = {
  ...DEFAULT_PERSON,
  known: { python: 4, sql: 3, 'deep-learning': 2 },
  hoursPerWeek: 15,
};

// Warm up the JIT and the per-KB caches so the figures describe steady state.
for (let i = 0; i < 200; i++) {
  const [from, to] = referencePairs[i % referencePairs.length] as (typeof referencePairs)[number];
  buildGuide(kb, from, to, DEFAULT_PERSON);
}

const guide = timeEach(quick ? 400 : 4000, (i) => {
  const [from, to] = referencePairs[i % referencePairs.length] as (typeof referencePairs)[number];
  buildGuide(kb, from, to, i % 2 === 0 ? DEFAULT_PERSON : personal);
});

const allPairsRuns = quick ? 1 : 3;
let best = Number.POSITIVE_INFINITY;
let count = 0;
for (let run = 0; run < allPairsRuns; run++) {
  count = 0;
  const start = performance.now();
  for (const source of kb.roles) {
    for (const target of kb.roles) {
      if (source.id === target.id || target.startingPoint) continue;
      buildGuide(kb, source, target, DEFAULT_PERSON);
      count++;
    }
  }
  best = Math.min(best, performance.now() - start);
}

// Hubs, explore and paths reuse role-to-role summaries computed once per KB (as a server does at start-up).
const coldStart = performance.now();
buildHub(kb, role('ai-engineer'));
const hubColdMs = performance.now() - coldStart;
const warmStart = performance.now();
const warmedPairs = warmTransitions(kb);
const warmMs = performance.now() - warmStart;
// Every other hub is built for the first time here; the cached lookups are reported apart.
const hubFirst = timeEach(kb.roles.length, (i) => getHub(kb, (kb.roles[i] as (typeof kb.roles)[number]).id));
const hubCached = timeEach(quick ? 200 : 2000, (i) =>
  getHub(kb, (kb.roles[i % kb.roles.length] as (typeof kb.roles)[number]).id),
);
const filters = { limit: 10 };
const exploreRole = timeEach(quick ? 100 : 1000, (i) =>
  explore(
    kb,
    { from: kb.roles[i % kb.roles.length] as (typeof kb.roles)[number], person: DEFAULT_PERSON },
    filters,
  ),
);
const explorePersonal = timeEach(quick ? 20 : 200, (i) =>
  explore(
    kb,
    { from: kb.roles[i % kb.roles.length] as (typeof kb.roles)[number], person: personal },
    filters,
  ),
);
const teacher = role('teacher');
const path = timeEach(quick ? 50 : 500, (i) => {
  const to = kb.roles[i % kb.roles.length] as (typeof kb.roles)[number];
  if (to.id !== teacher.id) findPath(kb, teacher, to, DEFAULT_PERSON, { maxSteps: 3 });
});

// Synthetic KBs of 250, 500 and 1,000 roles (issue 15 §3–4), before the servers so their caches are gone after.
const scaling = scalingBench(kb, quick);

// The product's KB: every catalogue occupation as a role (issue 15 §4).
const everyOccupation = everyOccupationBench(contentDir, quick);

const db = await dbBench(kb, quick);
const http = await httpBenchInOwnProcess(quick);
const site = await siteBench(kb, contentDir, quick);

console.log(
  JSON.stringify(
    {
      quick,
      node: process.version,
      kb: {
        version: kb.kbVersion,
        roles: kb.roles.length,
        skills: kb.skills.length,
        loadMs: round(kbLoadMs, 1),
      },
      guide,
      allPairs: {
        count,
        runs: allPairsRuns,
        seconds: round(best / 1000),
        guidesPerSec: Math.round(count / (best / 1000)),
      },
      transitions: { pairs: warmedPairs, warmMs: round(warmMs, 1) },
      hub: {
        p50Ms: hubFirst.p50Ms,
        p99Ms: hubFirst.p99Ms,
        builtOnce: hubFirst.iterations,
        coldMs: round(hubColdMs, 1),
        cachedP50Ms: hubCached.p50Ms,
      },
      explore: { ...exploreRole, personal: explorePersonal },
      path,
      scaling,
      db,
      http,
      catalog: (await import('./catalog.ts')).catalogBench(quick),
      everyOccupation,
      api: {
        guideJsonRps: http.api.guideJsonRps,
        p99Ms: http.api.p99Ms,
        tickRps: http.api.tickRps,
        tickP99Ms: http.api.tickP99Ms,
        tickErrors: http.api.tickErrors,
      },
      load: { errors: http.api.errors },
      site,
      // Issue 16's targets for the server, each with the figure it is judged on.
      targets: {
        coldStartUnder1000Ms: { ms: http.coldStartMs, met: http.coldStartMs < 1000 },
        rssAfterStartUnder150Mb: { mb: http.rssMbAfterStart, met: http.rssMbAfterStart < 150 },
        rssAfterMixedLoadUnder300Mb: { mb: http.rssMbAfterMixedLoad, met: http.rssMbAfterMixedLoad < 300 },
        healthzAtLeast70PctOfBareHono: {
          ratio: http.healthzToBareHonoRatio,
          met: http.healthzToBareHonoRatio >= 0.7,
        },
      },
    },
    null,
    2,
  ),
);
