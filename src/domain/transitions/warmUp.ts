import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import { nearestTargets, warmEstimates } from './moveEstimate.ts';
import { roleTransition } from './transitionSummaries.ts';

/**
 * What a server computes after it listens, as small units of work it can interleave with requests (issue 15 §4):
 * every role's held vector (the estimate index), then the summaries of each role's nearest targets, which
 * explore, paths and hubs ask for first. O(roles · NEIGHBOURS) summaries in all, never every pair.
 * Each `yield` ends a unit of well under a millisecond to a few milliseconds.
 */
export function* warmUpWork(kb: KnowledgeBase): Generator<void> {
  for (const role of kb.roles) {
    warmEstimates(kb, role);
    yield;
  }
  for (const from of kb.roles) {
    for (const to of nearestTargets(kb, from)) {
      roleTransition(kb, from, to);
      yield;
    }
  }
}

/** Runs the whole warm-up at once (for tests and the benchmark); returns how many units it took. */
export function warmUp(kb: KnowledgeBase): number {
  let units = 0;
  for (const _ of warmUpWork(kb)) units++;
  return units;
}
