import { z } from 'zod';
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
    from: z.object({ id: z.string(), title: z.string() }).optional(),
    known: z.record(z.string(), z.number()),
    hoursPerWeek: z.number(),
    budget: z.enum(['free', 'any']),
    baselineSalary: z.number().optional(),
  }),
  filters: ExploreFiltersSchema,
  weights: z.object({ match: z.number(), speed: z.number(), salary: z.number(), growth: z.number() }),
  considered: z.number().int(),
  results: z.array(
    z.object({
      rank: z.number().int(),
      role: z.object({ id: z.string(), title: z.string(), family: z.string() }),
      score: z.number(),
      components: z.object({ match: z.number(), speed: z.number(), salary: z.number(), growth: z.number() }),
      match: z.object({ score: z.number(), matched: z.number().int(), total: z.number().int() }),
      timeline: z.object({ minMonths: z.number(), maxMonths: z.number(), totalWeeks: z.number() }),
      difficulty: z.string(),
      salaryChange: z
        .object({ typicalPct: z.number(), minPct: z.number(), maxPct: z.number(), medianPct: z.number() })
        .nullable(),
      growth: z.object({ pct: z.number(), label: z.string() }),
      topGaps: z.array(z.object({ id: z.string(), name: z.string() })),
      why: z.string(),
    }),
  ),
  kbVersion: z.string(),
});
export type ExploreResult = z.infer<typeof ExploreResultSchema>;
