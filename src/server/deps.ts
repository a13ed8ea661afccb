import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  readonly kb: KnowledgeBase;
  readonly clock: Clock;
}
