// Diagnostic, not run by CI: /healthz against a bare hono, in one run, as the server goes from started to
// used (a first page, the database open) to after a mixed load and after every guide page. Prints throughput ratios and the CPU each
// server's main thread spends per request, which a busy machine disturbs far less than throughput.
//   tsx bench/healthAfterLoad.ts [mixedSeconds=40] [extra node flags…] [--flags="…" instead of npm start's]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, root } from '../bin/build.js';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import {
  guidePagePaths,
  mixedLoad,
  rate,
  rssMb,
  servePages,
  spawnServer,
  startBareHono,
  startCommand,
  waitForOk,
} from './http.ts';
import { median, round } from './stats.ts';

const args = process.argv.slice(2);
const mixedSeconds = Number(args[0] ?? 40);
const replaced = args.find((arg) => arg.startsWith('--flags='));
const extraFlags = args.slice(1).filter((arg) => !arg.startsWith('--flags='));
const command = startCommand();
const entry = command.at(-1) as string;
const flags = replaced
  ? replaced.slice('--flags='.length).split(/\s+/).filter(Boolean)
  : command.slice(0, -1);

const loaded = loadKnowledgeBase(join(root, 'content'));
if (!loaded.ok) throw new Error('content/ is invalid; run `npm run pathway -- kb check`');
if (!(await ensureBuilt())) throw new Error('needs the compiled server (npm run build)');

/** CPU time of a process's main thread, in clock ticks (1/100 s). */
function mainThreadTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function measure(url: string, pid: number, seconds: number) {
  const before = mainThreadTicks(pid);
  const { reqPerSec } = await rate(url, seconds);
  const cpuUsPerRequest = ((mainThreadTicks(pid) - before) * 10_000) / (reqPerSec * seconds);
  return { reqPerSec, cpuUsPerRequest: Math.round(cpuUsPerRequest) };
}

const port = 30_000 + Math.floor(Math.random() * 20_000);
const base = `http://127.0.0.1:${port}`;
const bareUrl = `http://127.0.0.1:${port + 1}/`;
const dataDir = mkdtempSync(join(tmpdir(), 'pathway-health-'));
const server = spawnServer([...flags, ...extraFlags, entry], port, dataDir, 'inherit');
const bare = startBareHono(port + 1);

/** Alternates /healthz and the bare hello world, `rounds` times `seconds` each. */
async function compare(label: string, rounds = 4, seconds = 2) {
  const ratios: number[] = [];
  const healthzUs: number[] = [];
  const bareUs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const healthz = await measure(`${base}/healthz`, server.pid as number, seconds);
    const hello = await measure(bareUrl, bare.pid as number, seconds);
    ratios.push(Math.round((healthz.reqPerSec / hello.reqPerSec) * 100) / 100);
    healthzUs.push(healthz.cpuUsPerRequest);
    bareUs.push(hello.cpuUsPerRequest);
  }
  console.log(
    JSON.stringify({
      label,
      medianRatio: round(median(ratios), 2),
      ratios,
      healthzUs,
      bareUs,
      rssMb: rssMb(server),
    }),
  );
}

try {
  await waitForOk(`${base}/healthz`, 30_000);
  await waitForOk(bareUrl, 10_000);
  // The role-to-role warm-up runs for a few seconds after the server listens.
  await new Promise((resolve) => setTimeout(resolve, 8000));
  await compare('started, no page yet');
  await waitForOk(`${base}/transitions/software-engineer/machine-learning-engineer`, 30_000);
  await waitForOk(`${base}/readyz`, 60_000);
  await compare('a page served, database open');
  const mixed = await mixedLoad(loaded.kb, base, mixedSeconds);
  console.log(JSON.stringify({ mixed }));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await compare('after the mixed load');
  // As in the bench: every guide page between curated roles once, eight at a time.
  await servePages(base, guidePagePaths(loaded.kb));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await compare('after every guide page');
} finally {
  bare.kill('SIGTERM');
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
