import type { ViewRepository } from './ports.ts';

export interface ViewCounter {
  /** Counts one page load; never waits for the database. */
  record(path: string): void;
  /** The best current total: stored count plus loads not yet written. */
  count(path: string): number;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** Batches view increments in memory and writes them every `flushMs`, so counting never slows a page. */
export function createViewCounter(
  repository: () => Promise<ViewRepository>,
  options: { flushMs: number },
): ViewCounter {
  let pending = new Map<string, number>();
  const known = new Map<string, number>();
  let flushing: Promise<void> | undefined;
  // Stored totals are read with the first page load, not before: a server nobody has visited yet does not
  // open its database.
  let loadStarted = false;
  const load = () => {
    if (loadStarted) return;
    loadStarted = true;
    void repository()
      .then((repo) => repo.all())
      .then((all) => {
        for (const [path, count] of all) if (!known.has(path)) known.set(path, count);
      })
      .catch(() => {
        loadStarted = false;
      });
  };

  const flush = async (): Promise<void> => {
    if (flushing) await flushing;
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    flushing = (async () => {
      try {
        const totals = await (await repository()).add(batch);
        for (const [path, total] of totals) known.set(path, total);
      } catch {
        // Keep the counts for the next attempt rather than lose them.
        for (const [path, count] of batch) pending.set(path, (pending.get(path) ?? 0) + count);
      }
    })();
    await flushing;
    flushing = undefined;
  };
  const timer = setInterval(() => void flush(), options.flushMs);
  timer.unref();
  return {
    record(path) {
      load();
      pending.set(path, (pending.get(path) ?? 0) + 1);
    },
    count(path) {
      return (known.get(path) ?? 0) + (pending.get(path) ?? 0);
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}

const BOTS =
  /bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|curl|wget|python-requests|httpclient|go-http|autocannon|lighthouse/i;

/** A page load by a person: a GET that is not a prefetch and not an obvious bot. */
export function isCountedView(method: string, headers: (name: string) => string | undefined): boolean {
  if (method !== 'GET') return false;
  const purpose = `${headers('purpose') ?? ''} ${headers('sec-purpose') ?? ''} ${headers('x-moz') ?? ''}`;
  if (/prefetch|prerender/i.test(purpose)) return false;
  return !BOTS.test(headers('user-agent') ?? '');
}
