import { z } from 'zod';
import { ExploreResultSchema } from '../../domain/explore/exploreSchema.ts';
import { GuideSchema } from '../../domain/guide/guideSchema.ts';
import { HubSchema } from '../../domain/hub/hubSchema.ts';
import {
  FamilySchema,
  ResourceSchema,
  RoleSchema,
  SenioritySchema,
  SkillSchema,
} from '../../domain/kb/schemas.ts';
import { PathSchema } from '../../domain/path/pathSchema.ts';

/** RFC 9457 problem details, with the failing field and "did you mean" suggestions where they apply. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    field: z.string().optional(),
    suggestions: z.array(z.object({ id: z.string(), title: z.string() })).optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

const text = (max: number) => z.string().max(max);
const PersonQuery = {
  know: text(8000).optional().meta({
    description: 'Known skills as skill:level pairs (0–5), comma-separated.',
    example: 'python:4,sql:3',
  }),
  hours: text(10).optional().meta({ description: 'Hours per week, 1–80 (default 10).', example: '10' }),
  budget: text(10).optional().meta({ description: '"free" or "any" (default any).', example: 'free' }),
  salary: text(15).optional().meta({ description: 'Current salary in USD.', example: '120000' }),
  start: text(10).optional().meta({ description: 'Start date, YYYY-MM-DD.', example: '2027-01-04' }),
};
const roleName = (example: string) => text(200).meta({ description: 'Role title, id or alias.', example });

export const GuideQuerySchema = z.object({
  from: roleName('Software Engineer'),
  to: roleName('Machine Learning Engineer'),
  ...PersonQuery,
});

export const PersonBodySchema = z
  .object({
    know: z
      .union([text(8000), z.record(z.string().max(200), z.union([z.number(), z.string().max(5)]))])
      .optional()
      .meta({ example: { python: 4, sql: 3 } }),
    hours: z
      .union([z.number(), text(10)])
      .optional()
      .meta({ example: 12 }),
    budget: text(10).optional().meta({ example: 'any' }),
    salary: z
      .union([z.number(), text(15)])
      .optional()
      .meta({ example: 120000 }),
    start: text(10).optional().meta({ example: '2027-01-04' }),
  })
  .strict()
  .meta({ id: 'PersonInput' });

export const GuideBodySchema = z
  .object({
    from: roleName('Software Engineer'),
    to: roleName('Multimodal AI Engineer'),
    person: PersonBodySchema.optional(),
  })
  .strict();

export const RolesQuerySchema = z.object({
  search: text(200).optional().meta({ example: 'data' }),
  family: text(60).optional().meta({ example: 'data-and-ai' }),
  limit: text(4).optional().meta({ description: '1–100, default 20.', example: '20' }),
  offset: text(6).optional().meta({ description: 'Default 0.', example: '0' }),
});

export const RoleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  family: FamilySchema,
  seniority: SenioritySchema,
  medianSalary: z.number(),
  growthPct: z.number(),
  aliases: z.array(z.string()),
});
export const RoleListSchema = z
  .object({
    items: z.array(RoleSummarySchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'RoleList' });

export const RoleDetailSchema = RoleSchema.omit({ id: true })
  .extend({ id: z.string(), kbVersion: z.string() })
  .meta({ id: 'Role' });

export const SkillDetailSchema = z
  .object({
    skill: SkillSchema.omit({ id: true }).extend({ id: z.string() }),
    prerequisites: z.array(z.object({ id: z.string(), name: z.string() })),
    related: z.array(z.object({ id: z.string(), name: z.string(), transfer: z.number() })),
    roles: z.array(
      z.object({ id: z.string(), title: z.string(), level: z.number(), importance: z.string() }),
    ),
    resources: z.array(ResourceSchema.omit({ id: true }).extend({ id: z.string() })),
    kbVersion: z.string(),
  })
  .meta({ id: 'SkillDetail' });

export const ExploreQuerySchema = z.object({
  from: text(200)
    .optional()
    .meta({ description: 'Current role; give this, know, or both.', example: 'Data Analyst' }),
  family: text(60).optional(),
  maxMonths: text(4).optional().meta({ example: '24' }),
  minSalaryChange: text(6).optional().meta({ description: 'Minimum median pay change, %.' }),
  limit: text(4).optional(),
  ...PersonQuery,
});

export const PathQuerySchema = z.object({
  from: roleName('Teacher'),
  to: roleName('Machine Learning Engineer'),
  maxSteps: text(2).optional().meta({ example: '3' }),
  know: PersonQuery.know,
  hours: PersonQuery.hours,
});

export const IdParamSchema = z.object({
  id: text(200).meta({ param: { name: 'id', in: 'path' }, example: 'ai-engineer' }),
});

export const CreatePlanBodySchema = z
  .object({
    from: roleName('Teacher'),
    to: roleName('Instructional Designer'),
    person: PersonBodySchema.optional(),
  })
  .strict()
  .meta({ id: 'CreatePlan' });
export const CreatedPlanSchema = z.object({ id: z.string(), url: z.string() });
const ProgressSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
  pct: z.number(),
  phases: z.array(
    z.object({ index: z.number(), title: z.string(), done: z.number(), total: z.number(), pct: z.number() }),
  ),
  weeksElapsed: z.number(),
  weeksDone: z.number(),
  status: z.enum(['not started', 'on track', 'behind', 'ahead', 'complete']),
  behindWeeks: z.number(),
});
export const PlanSchema = z
  .object({
    id: z.string(),
    from: z.object({ id: z.string(), title: z.string() }),
    to: z.object({ id: z.string(), title: z.string() }),
    person: z.record(z.string(), z.string()),
    kbVersion: z.string(),
    kbOutdated: z.boolean(),
    guide: GuideSchema,
    items: z.array(z.object({ id: z.string(), label: z.string(), phase: z.number(), done: z.boolean() })),
    progress: ProgressSchema,
  })
  .meta({ id: 'Plan' });
// Plan ids are not length-checked here: any malformed id is simply a plan that does not exist (404).
export const PlanIdParamSchema = z.object({
  id: z.string().meta({ param: { name: 'id', in: 'path' }, example: 'Qm9vb29vb29vb29vb29vb29v' }),
});
export const PlanItemParamSchema = PlanIdParamSchema.extend({
  itemId: z.string().meta({ param: { name: 'itemId', in: 'path' }, example: 'skill-python' }),
});
export const TickBodySchema = z
  .object({ done: z.boolean() })
  .strict()
  .meta({ example: { done: true } });
export const TickResultSchema = z.object({ id: z.string(), done: z.boolean(), progress: ProgressSchema });

export { ExploreResultSchema, GuideSchema, HubSchema, PathSchema };

export const ExtractSkillsBodySchema = z
  .object({
    text: z.string().max(20_000).meta({
      description: 'A CV, a LinkedIn skills list or a job post, as plain text (at most 20,000 characters).',
    }),
  })
  .meta({ example: { text: 'Skills: Python (advanced), SQL, Tableau' } });

export const ExtractedSkillsSchema = z
  .object({
    skills: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        level: z.number().int().min(0).max(5),
        evidence: z.string().meta({ description: 'The line the skill was found on.' }),
      }),
    ),
    know: z
      .string()
      .meta({ description: 'The same skills as a `know` value for guides, explore and paths.' }),
  })
  .meta({ id: 'ExtractedSkills' });
