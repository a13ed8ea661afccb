import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Gap, SkillAssessment } from './assessSkills.ts';
import { weeksFor } from './hours.ts';
import type { Person } from './person.ts';
import { PRIORITY_RANK } from './priority.ts';

/** Hours a person spends building the portfolio projects, before any top-up practice. */
export const PORTFOLIO_BASE_HOURS = 60;
export const PORTFOLIO_WEEKS = { min: 3, max: 8 } as const;
export const JOB_SEARCH_HOURS = 30;
export const JOB_SEARCH_WEEKS = { min: 2, max: 4 } as const;

export type PhaseKind = 'foundations' | 'core' | 'specialization' | 'portfolio' | 'job-search';

export interface PlannedPhase {
  readonly kind: PhaseKind;
  readonly startWeek: number;
  readonly weeks: number;
  /** Gap skills in learning order (empty for portfolio and job search). */
  readonly gaps: readonly Gap[];
}

export interface Plan {
  readonly phases: readonly PlannedPhase[];
  readonly totalWeeks: number;
  /** Gap skills in the order they are learned, across phases. */
  readonly orderedGaps: readonly Gap[];
}

const FOUNDATION_CATEGORIES = new Set(['math-and-statistics']);
const FOUNDATION_SKILLS = new Set(['programming-fundamentals']);
const PHASE_ORDER: readonly PhaseKind[] = ['foundations', 'core', 'specialization'];

/**
 * Foundations: prerequisites the target does not list itself, maths and fundamentals. Core: Critical gaps.
 * Specialization: the rest. A gap needed by an earlier phase moves up into it, so phases respect prerequisites.
 */
function assignPhases(kb: KnowledgeBase, gaps: readonly Gap[]): Map<string, PhaseKind> {
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
export function orderByPrerequisites(kb: KnowledgeBase, gaps: readonly Gap[]): Gap[] {
  const ids = new Set(gaps.map((gap) => gap.skill));
  const blockers = new Map(
    gaps.map((gap) => [
      gap.skill,
      new Set((kb.skill.get(gap.skill)?.prerequisites ?? []).filter((p) => ids.has(p))),
    ]),
  );
  const compare = (a: Gap, b: Gap) =>
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    a.hours - b.hours ||
    a.skill.localeCompare(b.skill);
  const remaining = [...gaps].sort(compare);
  const ordered: Gap[] = [];
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

/** DESIGN §5.5–5.6: phases in order, each starting where the previous ended; empty phases dropped. */
export function planRoadmap(kb: KnowledgeBase, assessment: SkillAssessment, person: Person): Plan {
  const phases = assignPhases(kb, assessment.gaps);
  const ordered = orderByPrerequisites(kb, assessment.gaps);
  const byKind = (kind: PhaseKind) => ordered.filter((gap) => phases.get(gap.skill) === kind);
  const portfolioHours = PORTFOLIO_BASE_HOURS + assessment.topUpHours;
  const plannedWeeks: [PhaseKind, number, Gap[]][] = [
    ['foundations', 0, byKind('foundations')],
    ['core', 0, byKind('core')],
    ['specialization', 0, byKind('specialization')],
    ['portfolio', clamp(weeksFor(portfolioHours, person.hoursPerWeek), PORTFOLIO_WEEKS), []],
    ['job-search', clamp(weeksFor(JOB_SEARCH_HOURS, person.hoursPerWeek), JOB_SEARCH_WEEKS), []],
  ];
  const planned: PlannedPhase[] = [];
  let week = 1;
  for (const [kind, fixedWeeks, gaps] of plannedWeeks) {
    const weeks = gaps.length > 0 ? gaps.reduce((sum, gap) => sum + gap.weeks, 0) : fixedWeeks;
    if (weeks === 0) continue;
    planned.push({ kind, startWeek: week, weeks, gaps });
    week += weeks;
  }
  return {
    phases: planned,
    totalWeeks: week - 1,
    orderedGaps: planned.flatMap((phase) => phase.gaps),
  };
}

function clamp(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}
