import { Worker } from 'node:worker_threads';
import { PGLITE_WORKER } from './scripts.ts';

/** What Kysely's PGlite dialect uses of a PGlite instance. */
export interface PgliteClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number }>;
  close(): Promise<void>;
}

/** PGlite running in a worker thread (see pgliteWorker.mjs), and what it has flushed to disk. */
export interface PgliteThread extends PgliteClient {
  /** fsync calls the durable store made so far (0 in memory). */
  flushes(): Promise<number>;
}

type Reply =
  | { id: number; ok: true; rows?: unknown[]; affectedRows?: number; stats?: { flushes: number } }
  | { id: number; ok: false; error: Record<string, string> };

/** Starts PGlite in a worker thread on `dataDir` (a durable directory) or in memory. */
export async function startPgliteThread(dataDir: string | undefined): Promise<PgliteThread> {
  const worker = new Worker(PGLITE_WORKER, {
    workerData: { dataDir },
    // The worker's own JavaScript is a thin relay (query in, rows out): a small young generation keeps its
    // heap from reserving what the database's WASM memory already uses.
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { ready: boolean; message?: string }) => {
      worker.off('error', reject);
      if (message.ready) resolve();
      else reject(new Error(`the embedded database could not start: ${message.message}`));
    });
  });
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (reply: Reply & { ok: true }) => void; reject: (error: Error) => void }
  >();
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) waiting.resolve(reply);
    else waiting.reject(Object.assign(new Error(reply.error.message), reply.error));
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  const send = (request: Record<string, unknown>) =>
    new Promise<Reply & { ok: true }>((resolve, reject) => {
      const id = nextId++;
      // Keep the process alive while a query is out; an idle database holds nothing open.
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  worker.unref();
  return {
    async query(sql, params = []) {
      const reply = await send({ kind: 'query', sql, params });
      return { rows: reply.rows ?? [], ...(reply.affectedRows ? { affectedRows: reply.affectedRows } : {}) };
    },
    async close() {
      await send({ kind: 'close' });
      await worker.terminate();
    },
    async flushes() {
      return (await send({ kind: 'stats' })).stats?.flushes ?? 0;
    },
  };
}
