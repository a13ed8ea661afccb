import type { Ids } from '../app/ids.ts';
import type { PlanContext } from '../app/plans.ts';
import type { ViewCounter } from '../app/viewCounter.ts';
import type { Store } from '../db/store.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { RequestLogger } from './middleware.ts';
import { type ProxySettings, publicLink } from './proxy.ts';

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
  /** Page requests per client per minute (health checks and assets are exempt); 0 or unset turns it off. */
  readonly pageRateLimitPerMinute?: number;
  /** PUBLIC_URL and TRUST_PROXY (see proxy.ts). */
  readonly proxy?: ProxySettings;
  /** The address the server listens on, for links when PUBLIC_URL is not set. */
  readonly localUrl?: string;
}

/** What the plan use cases need, once the database is open. */
export async function planContext(deps: AppDeps): Promise<PlanContext> {
  return { kb: deps.kb, plans: (await deps.store()).plans, ids: deps.ids, now: () => deps.clock.now() };
}

/** An absolute, shareable link to `path` (see publicLink). */
export function shareLink(deps: AppDeps, path: string): string {
  return publicLink(path, { ...deps.proxy, localUrl: deps.localUrl ?? 'http://localhost:3000' });
}
