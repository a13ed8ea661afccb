import { MATCHED_TRANSFER_LEVEL, TRANSFER_LEVEL } from '../guide/assessSkills.ts';
import { OWN_PRACTICE_SHARE } from '../guide/courses.ts';
import { derive } from '../guide/derived.ts';
import { WEEKS_PER_MONTH } from '../guide/headline.ts';
import { profileOf, type SourceProfile } from '../guide/heldLevels.ts';
import { hoursTo, weeksFor } from '../guide/hours.ts';
import { jobReadyLevel } from '../guide/jobReady.ts';
import { DEFAULT_PERSON, type Person } from '../guide/person.ts';
import { FULL_TIME_HOURS } from '../guide/planTransition.ts';
import { IMPORTANCE_RANK, IMPORTANCE_WEIGHT } from '../guide/priority.ts';
import {
  JOB_SEARCH_WEEKS,
  PORTFOLIO_PROJECT_HOURS,
  PORTFOLIO_SHARE,
  PORTFOLIO_WEEKS,
} from '../guide/roadmap.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';

/**
 * A cheap stand-in for a transition summary, used to choose which moves get the full engine (issue 15 §3–4).
 * `score` is the engine's match score exactly (same held levels, same weights, same order of summing);
 * `weeks` approximates the plan's total weeks from the raw hours of each gap, without prerequisites, shared
 * courses or phase rounding, so it ranks moves roughly as the engine does and never replaces its figures.
 */
export interface MoveEstimate {
  readonly score: number;
  readonly weeks: number;
  /**
   * Weeks the engine's plan cannot go below: the credential programme, the job search (both exact), a portfolio
   * of at least 3 weeks, and learning no shorter than a quarter of the target gaps' own hours (shared courses
   * never charge a gap less, DESIGN §5.7 `OWN_PRACTICE_SHARE`, less half an hour each for rounding).
   * Prerequisite gaps are left out, so it stays a bound. Paths prune with it (findPath.ts).
   */
  readonly minimumWeeks: number;
}

/**
 * What a role asks of newcomers, as flat arrays in the order `assessSkills` sums its skills, so the score comes
 * out bit for bit the same and estimating a move allocates nothing.
 */
interface Requirements {
  readonly skill: Int32Array;
  readonly weight: Float64Array;
  readonly required: Uint8Array;
  /** 1 when a gap counts toward the plan (not nice-to-have, a skill the KB knows). */
  readonly counted: Uint8Array;
  /** 1 when the target's credential teaches the skill (its gap sits in the credential phase when that is taken). */
  readonly covered: Uint8Array;
  /** Hours to reach levels 0–5, six per requirement (`hoursTo`). */
  readonly hoursAt: Float64Array;
}

/** Levels a profile holds, by skill index (related-skill credit and background included). */
export type HeldVector = Uint8Array;

interface EstimateIndex {
  readonly skillIndex: ReadonlyMap<string, number>;
  /** For each skill index, the skills giving credit toward it and their factors (`derive(kb).transferInto`). */
  readonly transferFrom: readonly { readonly from: Int32Array; readonly transfer: Float64Array }[];
  readonly roleIndex: ReadonlyMap<string, number>;
  readonly requirements: (Requirements | undefined)[];
  readonly held: (HeldVector | undefined)[];
  readonly outNeighbours: Map<number, readonly Role[]>;
  readonly inNeighbours: Map<number, readonly Role[]>;
}

const cache = new WeakMap<KnowledgeBase, EstimateIndex>();

/** The per-KB index; vectors and neighbour lists inside it are filled role by role on first use. */
function indexOf(kb: KnowledgeBase): EstimateIndex {
  const cached = cache.get(kb);
  if (cached) return cached;
  const skillIndex = new Map<string, number>();
  const add = (id: string) => {
    if (!skillIndex.has(id)) skillIndex.set(id, skillIndex.size);
  };
  for (const skill of kb.skills) add(skill.id);
  const { transferInto } = derive(kb);
  for (const [to, from] of transferInto) {
    add(to);
    for (const link of from) add(link.from);
  }
  for (const role of kb.roles) for (const link of role.skills) add(link.skill);
  const transferFrom = [...skillIndex.keys()].map((id) => {
    const from = transferInto.get(id) ?? [];
    return {
      from: Int32Array.from(from, (link) => skillIndex.get(link.from) as number),
      transfer: Float64Array.from(from, (link) => link.transfer),
    };
  });
  const index: EstimateIndex = {
    skillIndex,
    transferFrom,
    roleIndex: new Map(kb.roles.map((role, i) => [role.id, i])),
    requirements: new Array(kb.roles.length),
    held: new Array(kb.roles.length),
    outNeighbours: new Map(),
    inNeighbours: new Map(),
  };
  cache.set(kb, index);
  return index;
}

function roleNumber(index: EstimateIndex, role: Role): number {
  const number = index.roleIndex.get(role.id);
  if (number === undefined) throw new Error(`role ${role.id} is not in this knowledge base`);
  return number;
}

function requirementsOf(kb: KnowledgeBase, index: EstimateIndex, role: Role): Requirements {
  const number = roleNumber(index, role);
  const cached = index.requirements[number];
  if (cached) return cached;
  const links = [...role.skills].sort(
    (a, b) => IMPORTANCE_RANK[a.importance] - IMPORTANCE_RANK[b.importance] || a.skill.localeCompare(b.skill),
  );
  const covers = new Set(role.credential?.covers ?? []);
  const hoursAt = new Float64Array(links.length * 6);
  links.forEach((link, i) => {
    const skill = kb.skill.get(link.skill);
    for (let level = 0; level <= 5; level++) hoursAt[i * 6 + level] = skill ? hoursTo(skill, level) : 0;
  });
  const requirements: Requirements = {
    skill: Int32Array.from(links, (link) => index.skillIndex.get(link.skill) as number),
    weight: Float64Array.from(links, (link) => IMPORTANCE_WEIGHT[link.importance]),
    required: Uint8Array.from(links, (link) => jobReadyLevel(link)),
    counted: Uint8Array.from(links, (link) =>
      link.importance !== 'nice' && kb.skill.has(link.skill) ? 1 : 0,
    ),
    covered: Uint8Array.from(links, (link) => (covers.has(link.skill) ? 1 : 0)),
    hoursAt,
  };
  index.requirements[number] = requirements;
  return requirements;
}

/** The levels a profile holds in every skill of the KB: DESIGN §5.1's `heldLevel` over `profileOf`, vectorised. */
export function heldVector(
  kb: KnowledgeBase,
  source: SourceProfile,
  person: Person = DEFAULT_PERSON,
): HeldVector {
  const index = indexOf(kb);
  const own = new Uint8Array(index.skillIndex.size);
  for (const [id, level] of profileOf(kb, source, person)) {
    const i = index.skillIndex.get(id);
    if (i !== undefined) own[i] = level;
  }
  const held = new Uint8Array(own.length);
  for (let i = 0; i < own.length; i++) {
    let level = own[i] as number;
    const { from, transfer } = index.transferFrom[i] as EstimateIndex['transferFrom'][number];
    for (let j = 0; j < from.length; j++) {
      const credited = Math.floor((own[from[j] as number] as number) * (transfer[j] as number));
      if (credited > level) level = credited;
    }
    held[i] = level;
  }
  return held;
}

/** The held vector of a role's own profile, memoised per KB. */
function roleHeld(kb: KnowledgeBase, index: EstimateIndex, role: Role): HeldVector {
  const number = roleNumber(index, role);
  const cached = index.held[number];
  if (cached) return cached;
  const held = heldVector(kb, role);
  index.held[number] = held;
  return held;
}

/** DESIGN §5.2–5.6, cheaply: the exact match score and an estimate of the plan's weeks at `hoursPerWeek`. */
export function estimateWith(
  kb: KnowledgeBase,
  held: HeldVector,
  source: SourceProfile,
  target: Role,
  hoursPerWeek: number = DEFAULT_PERSON.hoursPerWeek,
): MoveEstimate {
  const index = indexOf(kb);
  const credential =
    target.credential && source.credential?.id !== target.credential.id ? target.credential : undefined;
  const requirements = requirementsOf(kb, index, target);
  let weighted = 0;
  let weights = 0;
  let learningHours = 0;
  let learningGaps = 0;
  let topUpHours = 0;
  for (let i = 0; i < requirements.skill.length; i++) {
    const level = held[requirements.skill[i] as number] as number;
    const required = requirements.required[i] as number;
    const w = requirements.weight[i] as number;
    weighted += (w * Math.min(level, required)) / required;
    weights += w;
    if (requirements.counted[i] === 0) continue;
    const hours = Math.max(
      0,
      (requirements.hoursAt[i * 6 + Math.min(required, 5)] as number) -
        (requirements.hoursAt[i * 6 + Math.min(level, 5)] as number),
    );
    // DESIGN §5.3 (`carriesOver`): a near match is topped up in the portfolio rather than learned.
    const carries =
      (level >= TRANSFER_LEVEL && required - level <= 1) ||
      (level >= MATCHED_TRANSFER_LEVEL && level >= required);
    if (carries) topUpHours += hours;
    else if (hours > 0 && (!credential || requirements.covered[i] === 0)) {
      learningHours += hours;
      learningGaps++;
    }
  }
  const portfolioHours =
    Math.max(
      PORTFOLIO_PROJECT_HOURS.min,
      Math.min(PORTFOLIO_PROJECT_HOURS.max, Math.round(PORTFOLIO_SHARE * learningHours)),
    ) + topUpHours;
  const months = credential
    ? hoursPerWeek < FULL_TIME_HOURS && credential.partTimeMonths !== undefined
      ? credential.partTimeMonths
      : credential.months
    : 0;
  const fixedWeeks =
    (source.family === target.family ? JOB_SEARCH_WEEKS.sameField : JOB_SEARCH_WEEKS.newField) +
    Math.round(months * WEEKS_PER_MONTH);
  const weeks =
    learningHours / hoursPerWeek +
    Math.max(PORTFOLIO_WEEKS.min, Math.min(PORTFOLIO_WEEKS.max, portfolioHours / hoursPerWeek)) +
    fixedWeeks;
  const leastLearningHours = OWN_PRACTICE_SHARE * learningHours - 0.5 * learningGaps;
  return {
    score: weights === 0 ? 0 : Math.round((weighted / weights) * 1000) / 1000,
    weeks,
    minimumWeeks: weeksFor(Math.max(0, leastLearningHours), hoursPerWeek) + PORTFOLIO_WEEKS.min + fixedWeeks,
  };
}

/** The estimate of a move between two roles for someone holding exactly the source role's profile. */
export function estimateMove(kb: KnowledgeBase, from: Role, to: Role, hoursPerWeek?: number): MoveEstimate {
  return estimateWith(kb, roleHeld(kb, indexOf(kb), from), from, to, hoursPerWeek);
}

/** Nearest first: fewest estimated weeks, then the better match, then by id, so lists are deterministic. */
function byEstimate<T extends { role: Role; estimate: MoveEstimate }>(a: T, b: T): number {
  return (
    a.estimate.weeks - b.estimate.weeks ||
    b.estimate.score - a.estimate.score ||
    a.role.id.localeCompare(b.role.id)
  );
}

/**
 * The `count` roles reachable from `from` in the fewest estimated weeks (never a starting point). Lists are built
 * per role on first use, O(roles) each, and kept for `NEIGHBOURS`; longer lists are computed and not kept.
 */
export function nearestTargets(kb: KnowledgeBase, from: Role, count: number = NEIGHBOURS): readonly Role[] {
  const index = indexOf(kb);
  const number = roleNumber(index, from);
  const cached = index.outNeighbours.get(number);
  if (cached && count <= NEIGHBOURS) return cached.slice(0, count);
  const held = roleHeld(kb, index, from);
  const nearest = kb.roles
    .filter((to) => to.id !== from.id && !to.startingPoint)
    .map((role) => ({ role, estimate: estimateWith(kb, held, from, role) }))
    .sort(byEstimate)
    .map(({ role }) => role);
  if (count <= NEIGHBOURS) {
    const kept = nearest.slice(0, NEIGHBOURS);
    index.outNeighbours.set(number, kept);
    return kept.slice(0, count);
  }
  return nearest.slice(0, count);
}

/** The `count` roles (starting points included) from which `to` is reached in the fewest estimated weeks. */
export function nearestSources(kb: KnowledgeBase, to: Role, count: number = NEIGHBOURS): readonly Role[] {
  const index = indexOf(kb);
  const number = roleNumber(index, to);
  const cached = index.inNeighbours.get(number);
  if (cached && count <= NEIGHBOURS) return cached.slice(0, count);
  const nearest = kb.roles
    .filter((from) => from.id !== to.id)
    .map((role) => ({ role, estimate: estimateWith(kb, roleHeld(kb, index, role), role, to) }))
    .sort(byEstimate)
    .map(({ role }) => role);
  if (count <= NEIGHBOURS) {
    const kept = nearest.slice(0, NEIGHBOURS);
    index.inNeighbours.set(number, kept);
    return kept.slice(0, count);
  }
  return nearest.slice(0, count);
}

/**
 * How many nearest targets and sources the neighbour index keeps per role: the edges paths search, and the
 * summaries the server warms. On the curated KB 24 already leaves every sampled path as the exhaustive search
 * finds it; 32 is a margin. At 1,000 roles a cold path plans about a third fewer legs than with 40, and the
 * warm-up holds 32,000 summaries (about 20 MB).
 */
export const NEIGHBOURS = 32;

/** Fills the role's held vector (the unit of work the index is built from; for warming up). */
export function warmEstimates(kb: KnowledgeBase, role: Role): void {
  roleHeld(kb, indexOf(kb), role);
}
