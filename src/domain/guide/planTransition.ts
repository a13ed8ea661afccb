import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import { assessSkills, type SkillAssessment } from './assessSkills.ts';
import { chooseCourses, type LearningGap } from './courses.ts';
import type { Difficulty } from './guideSchema.ts';
import { difficultyOf, harder, monthRange, WEEKS_PER_MONTH } from './headline.ts';
import type { SourceProfile } from './heldLevels.ts';
import type { Person } from './person.ts';
import { type CredentialPhase, JOB_SEARCH_WEEKS, type Plan, planRoadmap } from './roadmap.ts';

/** The paces every guide states beside the person's own (DESIGN §5.12: the part-time answers). */
export const SCENARIO_PACES = [5, 10, 20] as const;
/** How many of the largest gaps the overview names. */
const BIGGEST_GAPS = 3;

export interface PaceScenario {
  readonly hoursPerWeek: number;
  readonly totalWeeks: number;
  readonly minMonths: number;
  readonly maxMonths: number;
}

export interface Milestone {
  readonly endWeek: number;
  readonly kind: 'skill' | 'credential' | 'portfolio' | 'job-search';
  readonly skill?: string;
  readonly level?: number;
}

/** The whole plan for one move, with every decision made; the guide's text only phrases it. */
export interface Transition {
  readonly assessment: SkillAssessment;
  /** Every gap (required and optional) with its resources and its hours once shared courses count once. */
  readonly gaps: readonly LearningGap[];
  readonly plan: Plan;
  readonly minMonths: number;
  readonly maxMonths: number;
  readonly difficulty: Difficulty;
  /** The same plan at the standard paces and the person's own, fastest last. */
  readonly paces: readonly PaceScenario[];
  /** Required gaps with the most hours, largest first. */
  readonly biggestGaps: readonly LearningGap[];
  /** The plan if the person already held the biggest gap at its job-ready level. */
  readonly ifKnown?: { readonly skill: string; readonly level: number } & PaceScenario;
  /** Every learned skill, the portfolio and the job search, with the week each ends. */
  readonly milestones: readonly Milestone[];
}

/** DESIGN §5: the numbers behind a guide. Hubs, explore and paths reuse it; `scenarios: false` skips the extras. */
export function planTransition(
  kb: KnowledgeBase,
  source: SourceProfile,
  target: Role,
  person: Person,
  options: { readonly scenarios?: boolean } = {},
): Transition {
  const assessment = assessSkills(kb, source, target, person);
  // Languages the person already works in (at basic level or better) also make a resource fit.
  const held = [...source.skills, ...Object.entries(person.known).map(([skill, level]) => ({ skill, level }))]
    .filter((link) => link.level >= 2)
    .map((link) => link.skill);
  const gaps = chooseCourses(kb, target, assessment.gaps, person, held);
  const jobSearchWeeks =
    source.family === target.family ? JOB_SEARCH_WEEKS.sameField : JOB_SEARCH_WEEKS.newField;
  const planAt = (hoursPerWeek: number) =>
    planRoadmap(
      kb,
      gaps,
      assessment.topUpHours,
      hoursPerWeek,
      jobSearchWeeks,
      credentialPhase(source, target, hoursPerWeek),
    );
  const plan = planAt(person.hoursPerWeek);
  const scenario = (hoursPerWeek: number, at: Plan): PaceScenario => ({
    hoursPerWeek,
    totalWeeks: at.totalWeeks,
    ...monthRange(at.totalWeeks),
  });
  const taught = new Set(plan.credential?.covers ?? []);
  const biggestGaps = plan.orderedGaps
    .filter((gap) => gap.hours > 0 && !taught.has(gap.skill))
    .sort((a, b) => b.hours - a.hours || a.skill.localeCompare(b.skill))
    .slice(0, BIGGEST_GAPS);
  const withScenarios = options.scenarios ?? true;
  const paces = withScenarios
    ? [...new Set([...SCENARIO_PACES, person.hoursPerWeek])]
        .sort((a, b) => a - b)
        .map((hoursPerWeek) =>
          scenario(hoursPerWeek, hoursPerWeek === person.hoursPerWeek ? plan : planAt(hoursPerWeek)),
        )
    : [scenario(person.hoursPerWeek, plan)];
  const biggest = biggestGaps[0];
  const ifKnown =
    withScenarios && biggest
      ? knowing(kb, source, target, person, biggest.skill, biggest.toLevel)
      : undefined;
  return {
    assessment,
    gaps,
    plan,
    ...monthRange(plan.totalWeeks),
    difficulty: plan.credential
      ? credentialDifficulty(plan.credential, plan.learningHours, source, target)
      : difficultyOf(plan.learningHours, source.seniority, target.seniority),
    paces,
    biggestGaps,
    ...(ifKnown ? { ifKnown } : {}),
    milestones: milestonesOf(plan),
  };
}

function knowing(
  kb: KnowledgeBase,
  source: SourceProfile,
  target: Role,
  person: Person,
  skill: string,
  level: number,
) {
  const known = { ...person.known, [skill]: Math.max(level, person.known[skill] ?? 0) };
  const faster = planTransition(kb, source, target, { ...person, known }, { scenarios: false });
  return {
    skill,
    level,
    hoursPerWeek: person.hoursPerWeek,
    totalWeeks: faster.plan.totalWeeks,
    minMonths: faster.minMonths,
    maxMonths: faster.maxMonths,
  };
}

/** Full-time study is a full-time job: below this many hours a week the part-time route of a programme applies. */
export const FULL_TIME_HOURS = 40;

/** DESIGN §5.5: a credential the target requires and the source lacks, at its real programme length. */
function credentialPhase(
  source: SourceProfile,
  target: Role,
  hoursPerWeek: number,
): CredentialPhase | undefined {
  const credential = target.credential;
  if (!credential || source.credential?.id === credential.id) return undefined;
  // A level of education is held by anyone educated to that level or above, whatever their own credential.
  if (credential.educationLevel !== undefined && (source.education ?? 0) >= credential.educationLevel)
    return undefined;
  const partTime = hoursPerWeek < FULL_TIME_HOURS && credential.partTimeMonths !== undefined;
  const months = partTime ? (credential.partTimeMonths as number) : credential.months;
  return {
    id: credential.id,
    name: credential.name,
    months,
    weeks: Math.round(months * WEEKS_PER_MONTH),
    partTime,
    note: credential.note,
    covers: credential.covers,
  };
}

/** A programme of a year or more makes a move Very challenging; a shorter one makes it one step harder. */
function credentialDifficulty(
  credential: CredentialPhase,
  learningHours: number,
  source: SourceProfile,
  target: Role,
): Difficulty {
  if (credential.months >= 12) return 'Very challenging';
  return harder(difficultyOf(learningHours, source.seniority, target.seniority), 1);
}

function milestonesOf(plan: Plan): Milestone[] {
  return plan.phases.flatMap((phase): Milestone[] => {
    const end = phase.startWeek + phase.weeks - 1;
    if (phase.kind === 'credential') return [{ endWeek: end, kind: 'credential' }];
    if (phase.kind === 'portfolio') return [{ endWeek: end, kind: 'portfolio' }];
    if (phase.kind === 'job-search') return [{ endWeek: end, kind: 'job-search' }];
    return phase.gaps.map((gap) => ({
      endWeek: gap.endWeek,
      kind: 'skill',
      skill: gap.skill,
      level: gap.toLevel,
    }));
  });
}
