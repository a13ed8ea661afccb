import { AppError } from '../app/appError.ts';
import type { PlanRepository, ViewRepository } from '../app/ports.ts';
import type { DatabaseTarget, DatabaseWarn } from './openDatabase.ts';
import { guardRepository, isDatabaseUnavailable, mapUnavailable, unavailableError } from './unavailable.ts';

/** Everything users create, behind repositories; nothing above knows which backend runs. */
export interface Store {
  readonly plans: PlanRepository;
  readonly views: ViewRepository;
  readonly backend: 'pglite' | 'postgres';
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the store; a database that cannot be reached surfaces as the app's `unavailable` error. */
export async function openStore(target: DatabaseTarget, warn?: DatabaseWarn): Promise<Store> {
  // The query builder and drivers load with the database, not with the server: pages that need no data
  // never pay for them, and a server starts without them.
  const [{ openDatabase }, { createPlanRepository }, { createViewRepository }] = await Promise.all([
    import('./openDatabase.ts'),
    import('./planRepository.ts'),
    import('./viewRepository.ts'),
  ]);
  const opened = await openDatabase(target, warn).catch(mapUnavailable);
  return {
    plans: guardRepository(createPlanRepository(opened.db, { groupCommit: opened.backend === 'pglite' })),
    views: guardRepository(createViewRepository(opened.db)),
    backend: opened.backend,
    ping: async () => {
      await opened.db.selectFrom('plans').select('id').limit(1).execute().catch(mapUnavailable);
    },
    close: () => opened.close(),
  };
}

export function storeTarget(config: { databaseUrl?: string | undefined; dataDir: string }): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}

/**
 * The store as the server holds it: opened on first use, and opened again on a later call when opening
 * failed because the database was unreachable (at most once per `retryMs`; calls in between fail fast
 * with `unavailable`). Any other failure is final and goes to `onFatal`.
 */
export function reopeningStore(
  open: () => Promise<Store>,
  options: {
    retryMs: number;
    now: () => number;
    onUnavailable: (error: unknown) => void;
    onFatal: (error: unknown) => void;
  },
): (() => Promise<Store>) & { ifOpened(): Promise<Store> | undefined } {
  let opening: Promise<Store> | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;
  const store = () => {
    if (opening) return opening;
    if (options.now() - failedAt < options.retryMs) return Promise.reject(unavailableError());
    const attempt = open();
    opening = attempt;
    attempt.catch((error: unknown) => {
      opening = undefined;
      failedAt = options.now();
      if (isDatabaseUnavailable(error) || (error instanceof AppError && error.code === 'unavailable'))
        options.onUnavailable(error);
      else options.onFatal(error);
    });
    return attempt;
  };
  /** The store if it was opened (or is opening), without opening it: for shutting down. */
  return Object.assign(store, { ifOpened: () => opening });
}
