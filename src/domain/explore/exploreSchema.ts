import { z } from 'zod';
import {
  DifficultySchema,
  MatchSchema,
  RoleRefSchema,
  SkillRefSchema,
  TimelineSchema,
} from '../guide/guideSchema.ts';
import { BudgetSchema } from '../guide/person.ts';
import { FamilySchema } from '../kb/schemas.ts';

/**
 * "Education needed at most": the O*NET education category (1–12) each choice allows, so a role passes when most
 * people in its occupation report that much education or less.
 */
export const EDUCATION_LEVELS = {
  'high-school': 2,
  certificate: 3,
  associate: 5,
  bachelor: 6,
  master: 8,
  doctorate: 12,
} as const;
export type EducationLevel = keyof typeof EDUCATION_LEVELS;
export const EducationLevelSchema = z.enum(
  Object.keys(EDUCATION_LEVELS) as [EducationLevel, ...EducationLevel[]],
  { error: `must be one of ${Object.keys(EDUCATION_LEVELS).join(', ')}` },
);

/** Filters on recommendations; their ranges are checked where a request enters (the app's ExploreRequestSchema). */
export const ExploreFiltersSchema = z.object({
  family: FamilySchema.optional(),
  /** O*NET job zone (1 little preparation … 5 extensive) at most; roles without one are left out. */
  maxJobZone: z.number().int().optional(),
  /** Education most people in the job report, at most; roles without O*NET education data are left out. */
  maxEducation: EducationLevelSchema.optional(),
  /** Median pay (USD a year) at least. */
  minMedianPay: z.number().optional(),
  /** Projected employment growth 2024–34 (%) at least. */
  minGrowthPct: z.number().optional(),
  maxMonths: z.number().int().optional(),
  /** Keeps roles whose median pay is at least this much above (or below, if negative) the baseline. */
  minSalaryChangePct: z.number().optional(),
  limit: z.number().int(),
});
export type ExploreFilters = z.infer<typeof ExploreFiltersSchema>;

export const ExploreResultSchema = z.object({
  profile: z.object({
    from: RoleRefSchema.optional(),
    known: z.record(z.string(), z.number()),
    hoursPerWeek: z.number(),
    budget: BudgetSchema,
    baselineSalary: z.number().optional(),
  }),
  filters: ExploreFiltersSchema,
  weights: z.object({ match: z.number(), speed: z.number(), salary: z.number(), growth: z.number() }),
  considered: z.number().int(),
  results: z.array(
    z.object({
      rank: z.number().int(),
      role: RoleRefSchema.extend({ family: FamilySchema }),
      score: z.number(),
      components: z.object({ match: z.number(), speed: z.number(), salary: z.number(), growth: z.number() }),
      match: MatchSchema,
      timeline: TimelineSchema,
      difficulty: DifficultySchema,
      salaryChange: z
        .object({ typicalPct: z.number(), minPct: z.number(), maxPct: z.number(), medianPct: z.number() })
        .nullable(),
      growth: z.object({ pct: z.number(), label: z.string() }),
      topGaps: z.array(SkillRefSchema),
      why: z.string(),
    }),
  ),
  kbVersion: z.string(),
});
export type ExploreResult = z.infer<typeof ExploreResultSchema>;
