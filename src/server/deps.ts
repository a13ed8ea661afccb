import type { Ids } from '../app/ids.ts';
import type { ViewCounter } from '../app/viewCounter.ts';
import type { Store } from '../db/store.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { RequestLogger } from './middleware.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  readonly kb: KnowledgeBase;
  readonly clock: Clock;
  readonly ids: Ids;
  /** Resolves once the database is open and migrated; pages that need no data never wait for it. */
  readonly store: () => Promise<Store>;
  readonly views: ViewCounter;
  /** Structured request log; none in tests. */
  readonly logger?: RequestLogger;
  /** API requests per client per minute; 0 or unset turns the limit off. */
  readonly rateLimitPerMinute?: number;
}
