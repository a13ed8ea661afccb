import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Gap } from './assessSkills.ts';
import type { LearningGap } from './courses.ts';
import type { PhaseKind } from './guideSchema.ts';
import { weeksFor } from './hours.ts';
import { PRIORITY_RANK } from './priority.ts';

/**
 * The portfolio proves what is new, so it grows with the move: about a quarter of the hours the new skills take,
 * from two small projects (30 h) to three substantial ones (60 h), plus any top-up practice on skills held one
 * level short.
 */
export const PORTFOLIO_SHARE = 0.25;
export const PORTFOLIO_PROJECT_HOURS = { min: 30, max: 60 } as const;
export const PORTFOLIO_WEEKS = { min: 3, max: 8 } as const;
/**
 * The job search is calendar time spent waiting on employers, not study hours: about two weeks for someone
 * staying in their field, four for someone changing fields, whatever their pace (DESIGN §5.5: 2–4 weeks).
 */
export const JOB_SEARCH_WEEKS = { sameField: 2, newField: 4 } as const;

/** A degree, licence or apprenticeship the target requires and the source lacks: a phase of fixed length. */
export interface CredentialPhase {
  readonly id: string;
  readonly name: string;
  readonly months: number;
  readonly weeks: number;
  readonly partTime: boolean;
  readonly note: string;
  /** Gap skills the programme teaches; they sit in this phase instead of the learning phases. */
  readonly covers: readonly string[];
}

/** A gap placed on the calendar: the week its learning ends, counted from the plan's first week. */
export interface ScheduledGap extends LearningGap {
  readonly endWeek: number;
  /** Whole weeks this gap adds to its phase (0 when it fits in a week another gap already started). */
  readonly weeks: number;
}

export interface PlannedPhase {
  readonly kind: PhaseKind;
  readonly startWeek: number;
  readonly weeks: number;
  /** Hours of work in the phase (learning, or portfolio practice, or job search). */
  readonly hours: number;
  /** Gap skills in learning order (empty for portfolio and job search). */
  readonly gaps: readonly ScheduledGap[];
}

export interface Plan {
  readonly phases: readonly PlannedPhase[];
  readonly totalWeeks: number;
  /** Required gap skills in the order they are learned, across phases. */
  readonly orderedGaps: readonly ScheduledGap[];
  /** Nice-to-have gaps, in learning order: outside the phases and the headline. */
  readonly optionalGaps: readonly LearningGap[];
  /** Learning hours behind the headline: required gaps (after shared courses) plus portfolio top-up practice. */
  readonly learningHours: number;
  /** Hours of the required skills to learn (the skills table), after shared courses. */
  readonly skillHours: number;
  /** Portfolio hours: project work plus top-up practice. */
  readonly portfolioHours: number;
  readonly topUpHours: number;
  /** The credential phase, when the target requires a programme the source lacks. */
  readonly credential?: CredentialPhase;
  readonly optionalHours: number;
}

const FOUNDATION_CATEGORIES = new Set(['math-and-statistics']);
const FOUNDATION_SKILLS = new Set(['programming-fundamentals']);
const PHASE_ORDER: readonly PhaseKind[] = ['foundations', 'core', 'specialization'];

/**
 * Foundations: prerequisites the target does not list itself, maths and fundamentals. Core: Critical gaps.
 * Specialization: the rest. A gap needed by an earlier phase moves up into it, so phases respect prerequisites.
 */
function assignPhases(kb: KnowledgeBase, gaps: readonly LearningGap[]): Map<string, PhaseKind> {
  const phase = new Map<string, PhaseKind>();
  for (const gap of gaps) {
    const category = kb.skill.get(gap.skill)?.category ?? '';
    const foundation = !gap.target || FOUNDATION_SKILLS.has(gap.skill) || FOUNDATION_CATEGORIES.has(category);
    phase.set(
      gap.skill,
      foundation ? 'foundations' : gap.priority === 'Critical' ? 'core' : 'specialization',
    );
  }
  let moved = true;
  while (moved) {
    moved = false;
    for (const gap of gaps) {
      const at = PHASE_ORDER.indexOf(phase.get(gap.skill) as PhaseKind);
      for (const prerequisite of kb.skill.get(gap.skill)?.prerequisites ?? []) {
        const current = phase.get(prerequisite);
        if (current && PHASE_ORDER.indexOf(current) > at) {
          phase.set(prerequisite, PHASE_ORDER[at] as PhaseKind);
          moved = true;
        }
      }
    }
  }
  return phase;
}

/** Orders gaps so every prerequisite comes first; ties go to higher priority, then fewer hours, then id. */
export function orderByPrerequisites<G extends Gap>(kb: KnowledgeBase, gaps: readonly G[]): G[] {
  const ids = new Set(gaps.map((gap) => gap.skill));
  const blockers = new Map(
    gaps.map((gap) => [
      gap.skill,
      new Set((kb.skill.get(gap.skill)?.prerequisites ?? []).filter((p) => ids.has(p))),
    ]),
  );
  const compare = (a: G, b: G) =>
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    a.hours - b.hours ||
    a.skill.localeCompare(b.skill);
  const remaining = [...gaps].sort(compare);
  const ordered: G[] = [];
  while (remaining.length > 0) {
    const index = remaining.findIndex((gap) => (blockers.get(gap.skill)?.size ?? 0) === 0);
    // A cycle cannot pass validation; fall back to the best remaining gap rather than loop forever.
    const [next] = remaining.splice(Math.max(index, 0), 1);
    if (!next) break;
    ordered.push(next);
    for (const set of blockers.values()) set.delete(next.skill);
  }
  return ordered;
}

/**
 * DESIGN §5.5–5.6: phases in order, each starting where the previous ended; empty phases dropped. Learning
 * phases end where the running total of learning hours runs out (rounded up once, each phase at least a week),
 * never from rounded skill or phase weeks.
 */
export function planRoadmap(
  kb: KnowledgeBase,
  gaps: readonly LearningGap[],
  topUpHours: number,
  hoursPerWeek: number,
  jobSearchWeeks: number,
  credential?: CredentialPhase,
): Plan {
  const covered = new Set(credential?.covers ?? []);
  const required = gaps.filter((gap) => !gap.optional && !covered.has(gap.skill));
  const inCredential = gaps.filter((gap) => !gap.optional && covered.has(gap.skill));
  const phases = assignPhases(kb, required);
  const ordered = orderByPrerequisites(kb, required);
  const byKind = (kind: PhaseKind) => ordered.filter((gap) => phases.get(gap.skill) === kind);
  const skillHours = required.reduce((sum, gap) => sum + gap.hours, 0);
  const portfolioHours =
    clamp(Math.round(PORTFOLIO_SHARE * skillHours), PORTFOLIO_PROJECT_HOURS) + topUpHours;
  const fixed = (hours: number, range: { min: number; max: number }) =>
    clamp(weeksFor(hours, hoursPerWeek), range);
  const plannedWeeks: [PhaseKind, number, number, LearningGap[]][] = [
    ['credential', 0, credential?.weeks ?? 0, []],
    ['foundations', 0, 0, byKind('foundations')],
    ['core', 0, 0, byKind('core')],
    ['specialization', 0, 0, byKind('specialization')],
    ['portfolio', portfolioHours, fixed(portfolioHours, PORTFOLIO_WEEKS), []],
    ['job-search', 0, jobSearchWeeks, []],
  ];
  const planned: PlannedPhase[] = [];
  let week = 1;
  // Learning weeks follow the running total of learning hours, so rounding happens once, not phase by phase.
  let learnedHours = 0;
  let learningWeeks = 0;
  for (const [kind, fixedHours, fixedWeeks, phaseGaps] of plannedWeeks) {
    const learningHours = phaseGaps.reduce((sum, gap) => sum + gap.hours, 0);
    let weeks = fixedWeeks;
    if (phaseGaps.length > 0) {
      learnedHours += learningHours;
      const end = Math.max(learningWeeks + 1, weeksFor(learnedHours, hoursPerWeek));
      weeks = end - learningWeeks;
      learningWeeks = end;
    }
    if (weeks === 0) continue;
    // The credential phase holds the gaps its programme teaches, all ending with it.
    const scheduled =
      kind === 'credential'
        ? inCredential.map((gap) => ({ ...gap, endWeek: week + weeks - 1, weeks: 0 }))
        : schedule(phaseGaps, week, weeks, hoursPerWeek);
    planned.push({
      kind,
      startWeek: week,
      weeks,
      hours: phaseGaps.length > 0 ? learningHours : fixedHours,
      gaps: scheduled,
    });
    week += weeks;
  }
  const optional = gaps.filter((gap) => gap.optional);
  return {
    phases: planned,
    totalWeeks: week - 1,
    orderedGaps: planned.flatMap((phase) => phase.gaps),
    optionalGaps: orderByPrerequisites(kb, optional),
    learningHours: skillHours + topUpHours,
    skillHours,
    portfolioHours,
    topUpHours,
    optionalHours: optional.reduce((sum, gap) => sum + gap.hours, 0),
    ...(credential ? { credential } : {}),
  };
}

/** Each gap ends in the week its cumulative hours within the phase run out (never past the phase's end). */
function schedule(
  gaps: readonly LearningGap[],
  startWeek: number,
  phaseWeeks: number,
  hoursPerWeek: number,
): ScheduledGap[] {
  let hours = 0;
  let lastEnd = startWeek - 1;
  return gaps.map((gap) => {
    hours += gap.hours;
    const endWeek = Math.max(startWeek, startWeek - 1 + Math.min(phaseWeeks, weeksFor(hours, hoursPerWeek)));
    const weeks = endWeek - lastEnd;
    lastEnd = endWeek;
    return { ...gap, endWeek, weeks };
  });
}

function clamp(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}
