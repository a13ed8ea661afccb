import { randomIds } from '../src/app/ids.ts';
import { createViewCounter } from '../src/app/viewCounter.ts';
import { openStore, type Store } from '../src/db/store.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { realKb } from './realKb.ts';

let shared: Promise<Store> | undefined;

/** One in-memory PGlite store per test file, opened on first use. */
export function memoryStore(): Promise<Store> {
  shared ??= openStore({ kind: 'pglite', dataDir: 'memory' });
  return shared;
}

export function testDeps(overrides: Partial<AppDeps> = {}): AppDeps {
  const store = overrides.store ?? memoryStore;
  return {
    kb: realKb(),
    clock: { now: () => new Date('2026-11-24T12:00:00Z') },
    ids: randomIds,
    store,
    views: createViewCounter(async () => (await store()).views, { flushMs: 50 }),
    ...overrides,
  };
}

/** A logger that keeps every entry with its level, for tests that read the log. */
export function recordingLogger() {
  const entries: (Record<string, unknown> & { level: string; message: string })[] = [];
  const at =
    (level: string) =>
    (entry: Record<string, unknown>, message: string): void => {
      entries.push({ ...entry, level, message });
    };
  return { entries, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}
