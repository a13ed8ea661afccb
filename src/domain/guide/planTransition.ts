import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import { assessSkills, type SkillAssessment } from './assessSkills.ts';
import { type Difficulty, difficultyOf, monthRange } from './headline.ts';
import type { SourceProfile } from './heldLevels.ts';
import type { Person } from './person.ts';
import { type Plan, planRoadmap } from './roadmap.ts';

export interface Transition {
  readonly assessment: SkillAssessment;
  readonly plan: Plan;
  readonly minMonths: number;
  readonly maxMonths: number;
  readonly difficulty: Difficulty;
}

/** The numbers behind a guide, without its text: hubs, explore and paths reuse this. */
export function planTransition(
  kb: KnowledgeBase,
  source: SourceProfile,
  target: Role,
  person: Person,
): Transition {
  const assessment = assessSkills(kb, source, target, person);
  const plan = planRoadmap(kb, assessment, person);
  return {
    assessment,
    plan,
    ...monthRange(plan.totalWeeks),
    difficulty: difficultyOf(assessment.learningHours, source.seniority, target.seniority),
  };
}
