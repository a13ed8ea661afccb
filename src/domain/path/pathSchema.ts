import { z } from 'zod';

const RoleRef = z.object({ id: z.string(), title: z.string() });
const Leg = z.object({
  from: RoleRef,
  to: RoleRef,
  totalWeeks: z.number().int(),
  minMonths: z.number().int(),
  maxMonths: z.number().int(),
  difficulty: z.string(),
  topGaps: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** A multi-step route (DESIGN §5.15) next to the direct jump it is compared with. */
export const PathSchema = z.object({
  from: RoleRef,
  to: RoleRef,
  maxSteps: z.number().int(),
  hoursPerWeek: z.number(),
  steps: z.array(Leg),
  totalWeeks: z.number().int(),
  minMonths: z.number().int(),
  maxMonths: z.number().int(),
  direct: Leg,
  directIsFastest: z.boolean(),
  weeksSaved: z.number().int(),
  summary: z.string(),
  kbVersion: z.string(),
});
export type PathResult = z.infer<typeof PathSchema>;
