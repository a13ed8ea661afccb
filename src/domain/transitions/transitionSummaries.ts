import { carriesOver } from '../guide/assessSkills.ts';
import type { Difficulty } from '../guide/guideSchema.ts';
import type { SourceProfile } from '../guide/heldLevels.ts';
import { DEFAULT_PERSON, type Person } from '../guide/person.ts';
import { planTransition } from '../guide/planTransition.ts';
import { PRIORITY_RANK } from '../guide/priority.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';

/** The numbers of one transition that hubs, explore and paths rank by. */
export interface TransitionSummary {
  readonly from: string;
  readonly to: string;
  readonly totalWeeks: number;
  readonly minMonths: number;
  readonly maxMonths: number;
  readonly learningHours: number;
  readonly difficulty: Difficulty;
  readonly score: number;
  readonly matched: number;
  readonly total: number;
  /** Gap skill ids, Critical first, then by hours (largest first). */
  readonly gaps: readonly string[];
  /** Target skills the source already holds at working level, within one level of what the target needs. */
  readonly transfers: readonly string[];
}

export function summarize(
  kb: KnowledgeBase,
  source: SourceProfile & { readonly id?: string },
  target: Role,
  person: Person,
): TransitionSummary {
  const transition = planTransition(kb, source, target, person, { scenarios: false });
  const { assessment, plan } = transition;
  return {
    from: source.id ?? 'your-profile',
    to: target.id,
    totalWeeks: plan.totalWeeks,
    minMonths: transition.minMonths,
    maxMonths: transition.maxMonths,
    learningHours: plan.learningHours,
    difficulty: transition.difficulty,
    score: assessment.score,
    matched: assessment.matched,
    total: assessment.total,
    gaps: [...plan.orderedGaps]
      .sort(
        (a, b) =>
          PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
          b.hours - a.hours ||
          a.skill.localeCompare(b.skill),
      )
      .map((gap) => gap.skill),
    transfers: assessment.targetSkills.filter(carriesOver).map((t) => t.skill),
  };
}

/**
 * Summaries per KB: one map per pace (hours a week), so a pace can be dropped whole, keyed by a number made of the
 * two roles' positions, which costs no string per entry (a fifth of an entry's memory).
 */
interface SummaryCache {
  readonly roleNumbers: ReadonlyMap<string, number>;
  readonly byPace: Map<number, Map<number | string, TransitionSummary>>;
}

const cache = new WeakMap<KnowledgeBase, SummaryCache>();

/**
 * Paces kept besides the default one. Every distinct hours-per-week value a path or hub is asked at fills a map
 * of its own; the oldest is dropped beyond this, so memory stays bounded however many values people try.
 */
export const OTHER_PACES_KEPT = 4;

/**
 * Summaries kept per pace, least recently used dropped first, so a KB of 1,000 roles (a million moves) never
 * holds them all. At about 410 bytes each the default pace stays under 17 MB: the server's warm-up (each role's
 * 32 nearest targets, 32,000 moves on the product's KB) with room for the hubs asked for since. Each other pace
 * (about 2 MB) holds the moves of the last few dozen paths asked at it (a median path plans about 180): paths
 * between popular roles share most of theirs, and 2,000 halved the mixed load's throughput.
 */
export const SUMMARIES_KEPT = { defaultPace: 40_000, otherPace: 5_000 } as const;

function summaryCache(kb: KnowledgeBase): SummaryCache {
  let summaries = cache.get(kb);
  if (!summaries) {
    summaries = { roleNumbers: new Map(kb.roles.map((role, i) => [role.id, i])), byPace: new Map() };
    cache.set(kb, summaries);
  }
  return summaries;
}

function paceCache(kb: KnowledgeBase, hoursPerWeek: number): Map<number | string, TransitionSummary> {
  const { byPace } = summaryCache(kb);
  let summaries = byPace.get(hoursPerWeek);
  if (summaries) {
    // Most recently used last, so the oldest pace is the first one dropped.
    byPace.delete(hoursPerWeek);
    byPace.set(hoursPerWeek, summaries);
    return summaries;
  }
  summaries = new Map();
  byPace.set(hoursPerWeek, summaries);
  const others = [...byPace.keys()].filter((pace) => pace !== DEFAULT_PERSON.hoursPerWeek);
  for (const pace of others.slice(0, Math.max(0, others.length - OTHER_PACES_KEPT))) byPace.delete(pace);
  return summaries;
}

/** The cache key of from → to: a number for roles of the KB, text for any other. */
function moveKey(kb: KnowledgeBase, from: Role, to: Role): number | string {
  const { roleNumbers } = summaryCache(kb);
  const fromNumber = roleNumbers.get(from.id);
  const toNumber = roleNumbers.get(to.id);
  return fromNumber === undefined || toNumber === undefined
    ? `${from.id}|${to.id}`
    : fromNumber * roleNumbers.size + toNumber;
}

/** How many paces and summaries are held for `kb` (for tests and the benchmark). */
export function transitionCacheSize(kb: KnowledgeBase): { paces: number; summaries: number } {
  const byPace = cache.get(kb)?.byPace;
  if (!byPace) return { paces: 0, summaries: 0 };
  return { paces: byPace.size, summaries: [...byPace.values()].reduce((sum, map) => sum + map.size, 0) };
}

/**
 * Summary of from → to for someone who holds exactly the source role's profile, at `hoursPerWeek`.
 * It depends on nothing personal, so it is computed once per KB and pace and then reused.
 */
export function roleTransition(
  kb: KnowledgeBase,
  from: Role,
  to: Role,
  hoursPerWeek = DEFAULT_PERSON.hoursPerWeek,
): TransitionSummary {
  const summaries = paceCache(kb, hoursPerWeek);
  const key = moveKey(kb, from, to);
  const cached = summaries.get(key);
  if (cached) {
    // Most recently used last, so the least recently used is the first one dropped.
    summaries.delete(key);
    summaries.set(key, cached);
    return cached;
  }
  const summary = summarize(kb, from, to, { ...DEFAULT_PERSON, hoursPerWeek });
  summaries.set(key, summary);
  const kept =
    hoursPerWeek === DEFAULT_PERSON.hoursPerWeek ? SUMMARIES_KEPT.defaultPace : SUMMARIES_KEPT.otherPace;
  if (summaries.size > kept) summaries.delete(summaries.keys().next().value as number | string);
  return summary;
}

/** The moves a guide exists for out of `from`: to every other role that is not a starting point. */
function* movesFrom(kb: KnowledgeBase, from: Role): Generator<readonly [Role, Role]> {
  for (const to of kb.roles) if (from.id !== to.id && !to.startingPoint) yield [from, to];
}

/** Every ordered pair of roles a guide exists for, source by source. */
export function* allMoves(kb: KnowledgeBase): Generator<readonly [Role, Role]> {
  for (const from of kb.roles) yield* movesFrom(kb, from);
}

/** Fills the cache for every move out of `from` at the default pace; returns how many moves that is. */
export function warmTransitionsFrom(kb: KnowledgeBase, from: Role): number {
  let count = 0;
  for (const [source, target] of movesFrom(kb, from)) {
    roleTransition(kb, source, target);
    count++;
  }
  return count;
}

/** Fills the cache for every ordered pair at the default pace: O(roles²), for small KBs and tests only. */
export function warmTransitions(kb: KnowledgeBase): number {
  return kb.roles.reduce((count, from) => count + warmTransitionsFrom(kb, from), 0);
}
