import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { randomIds } from '../app/ids.ts';
import { popularTransitions } from '../app/popularTransitions.ts';
import { createViewCounter } from '../app/viewCounter.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { openStore, reopeningStore, storeTarget } from '../db/store.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { warmUpWork } from '../domain/transitions/warmUp.ts';
import { formatProblem } from '../kb/problem.ts';
import { loadWithSnapshot, type SnapshotLoad } from '../kb/snapshot.ts';
import { renderViewsSynchronously } from '../web/renderViewsSynchronously.ts';
import { createApp } from './createApp.tsx';
import { systemClock } from './deps.ts';
import { probeReply, serverWithProbe } from './probe.ts';

/** The KB from its snapshot when one is configured and content/ is unchanged, else validated in full. */
async function loadKb(contentDir: string, snapshot: string | undefined): Promise<SnapshotLoad> {
  if (snapshot) return loadWithSnapshot(contentDir, snapshot);
  const { loadKnowledgeBase } = await import('../kb/loadKnowledgeBase.ts');
  return { ...loadKnowledgeBase(contentDir, { catalog: true }), from: 'content' };
}

/** Reads config, refuses to start on an invalid KB, serves, and shuts down cleanly on SIGTERM/SIGINT. */
export async function startServer(port?: number): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  // The log is written asynchronously: every exit flushes it first, so the last line (why it stopped) is kept.
  const exit = (code: number) => logger.flush(() => process.exit(code));
  // Start-up says what it is doing, so a slow first start never looks like a hang.
  const started = performance.now();
  logger.info({ contentDir: config.contentDir }, 'loading the knowledge base');
  const loaded = await loadKb(config.contentDir, config.kbSnapshot);
  if (!loaded.ok) {
    logger.fatal(
      { problems: loaded.problems.map((problem) => formatProblem(problem, process.cwd())) },
      'the knowledge base is invalid; the server will not start (details: npm run kb:check)',
    );
    return exit(1);
  }
  logger.info(
    {
      kbVersion: loaded.kb.kbVersion,
      roles: loaded.kb.roles.length,
      skills: loaded.kb.skills.length,
      from: loaded.from,
    },
    `knowledge base loaded in ${Math.round(performance.now() - started)} ms`,
  );
  // The database opens on first use (a plan saved or opened, the first counted page view, /readyz), not at
  // start: a server nobody has used yet holds no database in memory. An unreachable PostgreSQL is not fatal:
  // saving answers 503 and the next request after a few seconds tries again.
  const target = storeTarget(config);
  const warn = (message: string) => logger.warn({ database: target.kind }, message);
  const where = target.kind === 'postgres' ? 'PostgreSQL at DATABASE_URL' : `PGlite in ${config.dataDir}`;
  const openLogged = async () => {
    const opening = performance.now();
    logger.info({ database: target.kind }, `opening the database (${where})`);
    const opened = await openStore(target, warn);
    logger.info({ database: target.kind }, `database ready in ${Math.round(performance.now() - opening)} ms`);
    return opened;
  };
  const store = reopeningStore(openLogged, {
    retryMs: 2000,
    now: () => Date.now(),
    onUnavailable: (error) => warn(`the database cannot be reached; retrying on demand: ${messageOf(error)}`),
    onFatal: (error) => {
      logger.fatal({ database: target.kind }, `the database could not be opened: ${messageOf(error)}`);
      exit(1);
    },
  });
  // Before the first page: rendering must not switch on async hooks for the life of the process.
  renderViewsSynchronously();
  const views = createViewCounter(async () => (await store()).views, { flushMs: 1000 });
  const app = createApp({
    kb: loaded.kb,
    clock: systemClock,
    ids: randomIds,
    store,
    views,
    logger,
    rateLimitPerMinute: config.rateLimitPerMinute,
    pageRateLimitPerMinute: config.pageRateLimitPerMinute,
    proxy: { publicUrl: config.publicUrl, trustProxy: config.trustProxy },
    localUrl: `http://localhost:${port ?? config.port}`,
  });
  // The liveness probe is answered ahead of the app with the app's own reply (see probe.ts).
  const createServer = serverWithProbe(await probeReply(app));
  const server = serve(
    { fetch: app.fetch, port: port ?? config.port, hostname: config.host, createServer },
    (info) => {
      logger.info({ port: info.port }, `Pathway is listening on http://localhost:${info.port}`);
      if (!config.publicUrl && !['127.0.0.1', 'localhost', '::1'].includes(config.host)) {
        logger.warn(
          { host: config.host },
          `PUBLIC_URL is not set: shareable plan links will point to http://localhost:${info.port}; set PUBLIC_URL to the address people use`,
        );
      }
      // Role-to-role summaries (hubs, explore, paths) fill in the background, a few milliseconds at a time, so the
      // server answers from its first moment and never stalls on the warm-up.
      void warmTransitionsGradually(loaded.kb);
    },
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, `${signal} received; finishing requests, then closing`);
    setTimeout(() => {
      logger.warn({}, 'shutdown took over 10 s; exiting without waiting any longer');
      exit(1);
    }, 10_000).unref();
    // No new connections. close() calls back once every connection has ended: busy ones after their response,
    // idle keep-alive ones as they are found idle (checked every 50 ms, since a busy one turns idle when answered).
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const closeIdle = () => {
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    };
    closeIdle();
    const sweeping = setInterval(closeIdle, 50);
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    clearInterval(sweeping);
    // Only then the database: pending view counts are written, and a database never opened stays closed.
    await views.stop().catch(() => undefined);
    await store
      .ifOpened()
      ?.then((opened) => opened.close())
      .catch(() => undefined);
    logger.info({}, 'closed');
    exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The longest the warm-up holds the event loop before it lets waiting requests through. */
const WARM_SLICE_MS = 5;

/**
 * The move estimates and each role's nearest-target summaries (`warmUpWork`, O(roles · 32), never every pair),
 * computed in slices of at most a few milliseconds after the server listens: a request never waits behind more
 * than one slice, and the first one does not wait at all. The home page's featured moves come first.
 */
async function warmTransitionsGradually(kb: KnowledgeBase): Promise<void> {
  const letRequestsThrough = () => new Promise((resolve) => setImmediate(resolve));
  await letRequestsThrough();
  popularTransitions(kb);
  let sliceStart = performance.now();
  for (const _ of warmUpWork(kb)) {
    if (performance.now() - sliceStart > WARM_SLICE_MS) {
      await letRequestsThrough();
      sliceStart = performance.now();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await startServer();
