import { type Guide, GuideSchema } from '../domain/guide/guideSchema.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a guide saved with a plan. Plans saved before the job-ready model (KB 1.x guides without topics, notes,
 * paces or the typical salary change) are filled in from what they stored, so an old plan still opens exactly
 * as it was saved; "Update to the new guide" replaces it with a current one.
 */
export function parseStoredGuide(stored: unknown): Guide {
  const parsed = GuideSchema.safeParse(stored);
  if (parsed.success || !isObject(stored)) return parsed.success ? parsed.data : GuideSchema.parse(stored);
  return GuideSchema.parse(upgrade(structuredClone(stored)));
}

function upgrade(guide: Json): Json {
  const headline = isObject(guide.headline) ? guide.headline : {};
  const timeline = isObject(headline.timeline) ? headline.timeline : {};
  const salary = isObject(headline.salaryChange) ? headline.salaryChange : {};
  const to = isObject(salary.to) ? salary.to : {};
  timeline.optionalHours ??= 0;
  timeline.paces ??= [
    {
      hoursPerWeek: timeline.hoursPerWeek,
      minMonths: timeline.minMonths,
      maxMonths: timeline.maxMonths,
      totalWeeks: timeline.totalWeeks,
    },
  ];
  if (
    salary.typicalPct === undefined &&
    typeof to.median === 'number' &&
    typeof salary.baseline === 'number'
  ) {
    salary.typicalPct = Math.round(((to.median / salary.baseline - 1) * 100) / 5) * 5 || 0;
  }
  for (const row of arrayOf(guide.coverage)) row.roleLevel ??= row.required;
  for (const item of arrayOf(guide.transferableSkills)) item.topics ??= [];
  for (const item of arrayOf(guide.skillsToLearn)) {
    item.optional ??= item.priority === 'Nice to have';
    item.roleLevel ??= item.toLevel;
    item.standaloneHours ??= item.hours;
    item.topics ??= [];
  }
  guide.notes ??= {
    difficulty: 'Computed from the hours of learning in this saved plan.',
    timeline: 'The roadmap total at the pace this plan was saved with.',
    salaryChange: 'The target role’s pay against the baseline this plan was saved with.',
    demand: "Projected employment change for the role's occupation.",
    match: 'Skills compared with the levels the role needs.',
    transferableSkills: 'Skills you hold at working level or above that the role uses.',
    skillsToLearn: 'Each skill with the level this saved plan takes it to.',
    realityCheckMiss: 'Most of what you enjoy in your current role comes with you.',
  };
  return guide;
}

function arrayOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}
