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

/** Filters on recommendations; their ranges are checked where a request enters (the app's ExploreRequestSchema). */
export const ExploreFiltersSchema = z.object({
  family: FamilySchema.optional(),
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
