import { carriesOver } from '../guide/assessSkills.ts';
import { WEEKS_PER_MONTH } from '../guide/headline.ts';
import { heldLevel, profileOf, type SourceProfile } from '../guide/heldLevels.ts';
import { hoursBetween } from '../guide/hours.ts';
import { jobReadyLevel } from '../guide/jobReady.ts';
import { DEFAULT_PERSON, type Person } from '../guide/person.ts';
import { IMPORTANCE_RANK, IMPORTANCE_WEIGHT } from '../guide/priority.ts';
import {
  JOB_SEARCH_WEEKS,
  PORTFOLIO_PROJECT_HOURS,
  PORTFOLIO_SHARE,
  PORTFOLIO_WEEKS,
} from '../guide/roadmap.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Importance, Role, Skill } from '../kb/schemas.ts';

/**
 * A cheap stand-in for a transition summary, used to choose which moves get the full engine (issue 15 §3–4).
 * `score` is the engine's match score exactly (same held levels, same weights, same order of summing);
 * `weeks` approximates the plan's total weeks from the raw hours of each gap, without prerequisites, shared
 * courses or phase rounding, so it ranks moves roughly as the engine does and never replaces its figures.
 */
export interface MoveEstimate {
  readonly score: number;
  readonly weeks: number;
}

/** One skill a role asks of newcomers, as the engine measures it. */
interface Requirement {
  readonly index: number;
  readonly skill: Skill | undefined;
  readonly importance: Importance;
  readonly required: number;
}

/** Levels a profile holds, by skill index (related-skill credit and background included). */
export type HeldVector = Uint8Array;

interface EstimateIndex {
  readonly skillIndex: ReadonlyMap<string, number>;
  readonly roleIndex: ReadonlyMap<string, number>;
  readonly requirements: (readonly Requirement[] | undefined)[];
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
  for (const skill of kb.skills) skillIndex.set(skill.id, skillIndex.size);
  for (const role of kb.roles)
    for (const link of role.skills)
      if (!skillIndex.has(link.skill)) skillIndex.set(link.skill, skillIndex.size);
  const index: EstimateIndex = {
    skillIndex,
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

/** A target's skills in the order `assessSkills` sums them, so the score comes out bit for bit the same. */
function requirementsOf(kb: KnowledgeBase, index: EstimateIndex, role: Role): readonly Requirement[] {
  const number = roleNumber(index, role);
  const cached = index.requirements[number];
  if (cached) return cached;
  const requirements = role.skills
    .map((link) => ({
      index: index.skillIndex.get(link.skill) as number,
      id: link.skill,
      skill: kb.skill.get(link.skill),
      importance: link.importance,
      required: jobReadyLevel(link),
    }))
    .sort((a, b) => IMPORTANCE_RANK[a.importance] - IMPORTANCE_RANK[b.importance] || a.id.localeCompare(b.id))
    .map(({ id: _, ...requirement }) => requirement);
  index.requirements[number] = requirements;
  return requirements;
}

/** The levels a profile holds in every skill of the KB: `heldLevel` over `profileOf`, as the engine computes them. */
export function heldVector(
  kb: KnowledgeBase,
  source: SourceProfile,
  person: Person = DEFAULT_PERSON,
): HeldVector {
  const index = indexOf(kb);
  const profile = profileOf(kb, source, person);
  const held = new Uint8Array(index.skillIndex.size);
  for (const [id, i] of index.skillIndex) held[i] = heldLevel(kb, profile, id).level;
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
  let weighted = 0;
  let weights = 0;
  let learningHours = 0;
  let topUpHours = 0;
  for (const requirement of requirementsOf(kb, index, target)) {
    const level = held[requirement.index] ?? 0;
    const w = IMPORTANCE_WEIGHT[requirement.importance];
    weighted += (w * Math.min(level, requirement.required)) / requirement.required;
    weights += w;
    if (requirement.importance === 'nice' || !requirement.skill) continue;
    const hours = hoursBetween(requirement.skill, level, requirement.required);
    if (carriesOver({ held: { level }, required: requirement.required })) topUpHours += hours;
    else if (!credential?.covers.includes(requirement.skill.id)) learningHours += hours;
  }
  const portfolioHours =
    Math.max(
      PORTFOLIO_PROJECT_HOURS.min,
      Math.min(PORTFOLIO_PROJECT_HOURS.max, Math.round(PORTFOLIO_SHARE * learningHours)),
    ) + topUpHours;
  const months = credential
    ? hoursPerWeek < 40 && credential.partTimeMonths !== undefined
      ? credential.partTimeMonths
      : credential.months
    : 0;
  const weeks =
    learningHours / hoursPerWeek +
    Math.max(PORTFOLIO_WEEKS.min, Math.min(PORTFOLIO_WEEKS.max, portfolioHours / hoursPerWeek)) +
    (source.family === target.family ? JOB_SEARCH_WEEKS.sameField : JOB_SEARCH_WEEKS.newField) +
    months * WEEKS_PER_MONTH;
  return { score: weights === 0 ? 0 : Math.round((weighted / weights) * 1000) / 1000, weeks };
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
 * How many nearest targets and sources the neighbour index keeps per role. Paths search these edges; 40 keeps
 * every role a neighbour of every other in a KB of up to 41 roles and costs O(roles · 40) memory at any size.
 */
export const NEIGHBOURS = 40;

/** Fills the role's held vector (the unit of work the index is built from; for warming up). */
export function warmEstimates(kb: KnowledgeBase, role: Role): void {
  roleHeld(kb, indexOf(kb), role);
}
