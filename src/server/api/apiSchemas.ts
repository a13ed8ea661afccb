import { z } from 'zod';
import { GuideRequestSchema } from '../../app/getGuide.ts';
import { SkillDetailSchema as SkillDetail } from '../../app/getSkill.ts';
import { RoleListRequestSchema, RoleSummarySchema } from '../../app/listRoles.ts';
import { MAX_NAME_LENGTH } from '../../app/names.ts';
import { PlanViewSchema, TickResultSchema } from '../../app/plans.ts';
import {
  jsonBody,
  KnownSkillsText,
  numberParam,
  PersonRequestSchema,
  roleName,
  wholeNumber,
} from '../../app/requestFields.ts';
import { ExploreResultSchema } from '../../domain/explore/exploreSchema.ts';
import { GuideSchema } from '../../domain/guide/guideSchema.ts';
import { HubSchema } from '../../domain/hub/hubSchema.ts';
import { RoleSchema } from '../../domain/kb/schemas.ts';
import { PathSchema } from '../../domain/path/pathSchema.ts';
import { PlanProgressSchema } from '../../domain/plan/planProgress.ts';

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

/** In a query string, known skills are text ("python:4,sql:3"); a JSON body may also send an object. */
export const GuideQuerySchema = GuideRequestSchema.extend({ know: KnownSkillsText.optional() });

/** A move as a JSON body: the two roles, and what the person says about themselves under `person`. */
const moveBody = (fromExample: string, toExample: string) =>
  jsonBody({
    from: roleName(fromExample),
    to: roleName(toExample),
    person: PersonRequestSchema.optional(),
  });

export const GuideBodySchema = moveBody('Software Engineer', 'Multimodal AI Engineer');

export const RolesQuerySchema = RoleListRequestSchema.extend({
  limit: numberParam(wholeNumber(1, 100).default(20)),
  offset: numberParam(wholeNumber(0, 100_000).default(0)),
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

export const SkillDetailSchema = SkillDetail.extend({ kbVersion: z.string() }).meta({ id: 'SkillDetail' });

export const IdParamSchema = z.object({
  id: z
    .string()
    .max(MAX_NAME_LENGTH)
    .meta({ param: { name: 'id', in: 'path' }, example: 'ai-engineer' }),
});

export const CreatePlanBodySchema = moveBody('Teacher', 'Instructional Designer').meta({ id: 'CreatePlan' });
export const CreatedPlanSchema = z.object({ id: z.string(), url: z.string() });
export const PlanSchema = PlanViewSchema.pick({
  id: true,
  from: true,
  to: true,
  person: true,
  kbVersion: true,
  kbOutdated: true,
  guide: true,
})
  .extend({
    items: z.array(z.object({ id: z.string(), label: z.string(), phase: z.number(), done: z.boolean() })),
    progress: PlanProgressSchema,
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

export { ExploreResultSchema, GuideSchema, HubSchema, PathSchema, TickResultSchema };

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
