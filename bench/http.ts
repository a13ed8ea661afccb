import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { KnowledgeBase } from '../src/domain/kb/knowledgeBase.ts';
import { percentile, round } from './stats.ts';

const root = join(import.meta.dirname, '..');

async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`);
}

function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return round(kb / 1024, 1);
}

async function rate(url: string, seconds: number) {
  const result = await autocannon({
    url,
    connections: 16,
    duration: seconds,
    headers: { 'accept-encoding': 'identity' },
  });
  return {
    reqPerSec: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function load(options: autocannon.Options) {
  const result = await autocannon({ connections: 64, ...options });
  return {
    reqPerSec: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Median `/healthz` latency in ms from one client asking in a loop for `seconds`, beside `during` if given. */
async function healthzP50(base: string, seconds: number, during?: Promise<unknown>) {
  const times: number[] = [];
  const probe = async () => {
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      const start = performance.now();
      await (await fetch(`${base}/healthz`)).arrayBuffer();
      times.push(performance.now() - start);
    }
  };
  await Promise.all([probe(), during]);
  return round(
    percentile(
      times.sort((a, b) => a - b),
      50,
    ),
    2,
  );
}

/**
 * Eight clients, each asking again as soon as it is answered, for a role page: with names of 7.7 KB (letters
 * only, so each URL stays under the 8 KB limit) or, as the reference, a real role.
 */
function eightClients(base: string, seconds: number, name: string) {
  return autocannon({ url: `${base}/roles/${name}`, connections: 8, duration: seconds });
}
const LONG_NAME = 'datascientist'.repeat(600).slice(0, 7700);

/** The tick rate issue 13 asks the embedded store to sustain. */
const TARGET_TICK_RATE = 500;

/** The API under load: 64 connections each on guide JSON, hub JSON and plan ticks. */
async function apiLoad(base: string, seconds: number) {
  const guideJson = await load({
    url: `${base}/api/v1/guides?from=software-engineer&to=machine-learning-engineer&hours=12`,
    duration: seconds,
  });
  const hubJson = await load({ url: `${base}/api/v1/roles/ai-engineer/hub`, duration: seconds });
  const created = (await (
    await fetch(`${base}/api/v1/plans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'teacher', to: 'data-analyst' }),
    })
  ).json()) as { id: string };
  const plan = (await (await fetch(`${base}/api/v1/plans/${created.id}`)).json()) as {
    items: { id: string }[];
  };
  let tick = 0;
  const tickOptions: autocannon.Options = {
    url: base,
    duration: seconds,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request) => {
          const item = plan.items[tick % plan.items.length]?.id ?? '';
          tick++;
          return {
            ...request,
            path: `/api/v1/plans/${created.id}/items/${item}`,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ done: tick % 2 === 0 }),
          };
        },
      },
    ],
  };
  const ticking = load(tickOptions);
  // /healthz from one more client while the ticks run: does saving stall the server?
  const [planTicks, healthzP50UnderLoadMs] = await Promise.all([ticking, healthzP50(base, seconds)]);
  // The same at the target rate (500 ticks a second from 64 connections) instead of as fast as they are answered.
  const [atTarget, healthzP50AtTargetTickRateMs] = await Promise.all([
    load({ ...tickOptions, duration: Math.min(seconds, 10), overallRate: TARGET_TICK_RATE }),
    healthzP50(base, Math.min(seconds, 10)),
  ]);
  const scenarios = { guideJson, hubJson, planTicks, atTargetTickRate: atTarget };
  return {
    seconds,
    connections: 64,
    ...scenarios,
    guideJsonRps: guideJson.reqPerSec,
    tickRps: planTicks.reqPerSec,
    tickP99Ms: planTicks.p99Ms,
    tickErrors: planTicks.errors + planTicks.non2xx,
    healthzP50UnderLoadMs,
    atTargetTickRate: { ...atTarget, target: TARGET_TICK_RATE },
    healthzP50AtTargetTickRateMs,
    p99Ms: Math.max(guideJson.p99Ms, hubJson.p99Ms, planTicks.p99Ms),
    errors: Object.values(scenarios).reduce((sum, s) => sum + s.errors + s.non2xx, 0),
  };
}

/** Starts the real server on loopback, measures it, and stops it. */
export async function httpBench(kb: KnowledgeBase, quick: boolean) {
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'pathway-bench-http-'));
  const { DATABASE_URL: _external, ...env } = process.env;
  // The product's default set-up: embedded PGlite in a fresh data directory.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    cwd: root,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      API_RATE_LIMIT: '0',
      PAGE_RATE_LIMIT: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForOk(`${base}/healthz`, 30_000);
    const coldStartMs = Math.round(performance.now() - started);
    await waitForOk(`${base}/readyz`, 60_000);
    const readyMs = Math.round(performance.now() - started);
    // First, on the fresh server: serve every guide page once, eight at a time, then read its resident memory.
    const allPairs = kb.roles.flatMap((from) =>
      kb.roles.filter((to) => to.id !== from.id).map((to) => `/transitions/${from.id}/${to.id}`),
    );
    // --quick serves every fourth page; the full run serves them all.
    const pairs = quick ? allPairs.filter((_, i) => i % 4 === 0) : allPairs;
    const allStart = performance.now();
    for (let i = 0; i < pairs.length; i += 8) {
      await Promise.all(
        pairs.slice(i, i + 8).map(async (path) => (await fetch(`${base}${path}`)).arrayBuffer()),
      );
    }
    const allPagesSeconds = round((performance.now() - allStart) / 1000, 2);
    const rssAfterAllPages = rssMb(child);
    const seconds = quick ? 1 : 8;
    const guidePath = '/transitions/software-engineer/machine-learning-engineer';
    const healthz = await rate(`${base}/healthz`, seconds);
    const guidePage = await rate(`${base}${guidePath}`, seconds);
    const guideJson = await rate(`${base}${guidePath}.json`, seconds);
    const healthzP50IdleMs = await healthzP50(base, quick ? 2 : 5);
    const probeSeconds = quick ? 2 : 5;
    const healthzP50LongNamesMs = await healthzP50(
      base,
      probeSeconds,
      eightClients(base, probeSeconds, LONG_NAME),
    );
    const healthzP50RolePagesMs = await healthzP50(
      base,
      probeSeconds,
      eightClients(base, probeSeconds, 'teacher'),
    );
    const api = await apiLoad(base, quick ? 2 : 20);
    return {
      coldStartMs,
      readyMs,
      seconds,
      healthz,
      guidePage,
      guideJson,
      healthzP50IdleMs,
      healthzP50UnderLoadMs: api.healthzP50UnderLoadMs,
      healthzP50LongNamesMs,
      healthzP50RolePagesMs,
      healthzP50AtTargetTickRateMs: api.healthzP50AtTargetTickRateMs,
      guidePageRatio: round(guidePage.reqPerSec / healthz.reqPerSec, 3),
      guideJsonRatio: round(guideJson.reqPerSec / healthz.reqPerSec, 3),
      allGuidePages: { count: pairs.length, seconds: allPagesSeconds },
      rssMb: rssAfterAllPages,
      rssMbAfterLoad: rssMb(child),
      api,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
