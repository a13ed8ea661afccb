import { z } from 'zod';
import { DifficultySchema, RoleRefSchema, SkillRefSchema, TimelineSchema } from '../guide/guideSchema.ts';

const Leg = z.object({
  from: RoleRefSchema,
  to: RoleRefSchema,
  ...TimelineSchema.shape,
  difficulty: DifficultySchema,
  topGaps: z.array(SkillRefSchema),
  /** The median pay of the role this leg lands in (BLS OEWS, the role's occupation). */
  medianSalary: z.number(),
});

/**
 * One way to the target, ranked by how soon it puts you in a job in the target's field, then by total time:
 * each leg is a job you could hold on the way.
 */
const Route = z.object({
  legs: z.array(Leg),
  ...TimelineSchema.shape,
  /** Weeks until the first job in the target's family (the target itself on a direct move). */
  firstJobWeeks: z.number().int(),
  firstJob: RoleRefSchema.extend({ medianSalary: z.number() }),
  direct: z.boolean(),
  /** What this route trades against the direct move, in one sentence. */
  trade: z.string(),
});

/** A multi-step route (DESIGN §5.15) next to the direct jump it is compared with. */
export const PathSchema = z.object({
  from: RoleRefSchema,
  to: RoleRefSchema,
  maxSteps: z.number().int(),
  hoursPerWeek: z.number(),
  steps: z.array(Leg),
  ...TimelineSchema.shape,
  direct: Leg,
  directIsFastest: z.boolean(),
  weeksSaved: z.number().int(),
  summary: z.string(),
  /** The best two or three routes, the direct move among them, by time to a first job in the field. */
  routes: z.array(Route),
  kbVersion: z.string(),
});
export type PathResult = z.infer<typeof PathSchema>;
