import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { LRUCache } from 'lru-cache';
import { ExploreAnswerSchema, ExploreRequestSchema, exploreRoles } from '../../app/exploreRoles.ts';
import { extractSkills, knowText } from '../../app/extractSkills.ts';
import { getGuide } from '../../app/getGuide.ts';
import { getHub } from '../../app/getHub.ts';
import { getPath, PathRequestSchema } from '../../app/getPath.ts';
import { getSkill } from '../../app/getSkill.ts';
import { listRoles } from '../../app/listRoles.ts';
import { resolveRole } from '../../app/resolveRole.ts';
import type { AppDeps } from '../deps.ts';
import {
  ExtractedSkillsSchema,
  ExtractSkillsBodySchema,
  GuideBodySchema,
  GuideQuerySchema,
  GuideSchema,
  HubSchema,
  IdParamSchema,
  PathSchema,
  RoleDetailSchema,
  RoleListSchema,
  RolesQuerySchema,
  SkillDetailSchema,
} from './apiSchemas.ts';
import { json, problems, validationHook } from './openApiHelpers.ts';
import { planApi } from './planApi.ts';

const encoder = new TextEncoder();

/** The public JSON API under /api/v1; its OpenAPI document is generated from these definitions. */
export function apiRoutes(deps: AppDeps): OpenAPIHono {
  const { kb } = deps;
  const api = new OpenAPIHono({ defaultHook: validationHook });
  // As UTF-8 bytes: a JavaScript string with one dash or curly quote takes two bytes a character, so the same
  // ~110 guides take half the memory, and a hit sends them without encoding them again.
  const guideJson = new LRUCache<string, Uint8Array<ArrayBuffer>>({
    maxSize: 4 * 1024 * 1024,
    sizeCalculation: (bytes) => bytes.byteLength || 1,
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/guides',
      summary: 'The transition guide for one pair of roles, personal when person parameters are given',
      tags: ['Guides'],
      request: { query: GuideQuerySchema },
      responses: { 200: json(GuideSchema, 'The guide (GuideSchema).'), ...problems(400, 404, 429) },
    }),
    (c) => {
      // Guides depend only on the KB and the query, so their JSON is computed once per distinct query.
      const key = new URL(c.req.url).search;
      const cached = guideJson.get(key) ?? encoder.encode(JSON.stringify(getGuide(kb, c.req.valid('query'))));
      guideJson.set(key, cached);
      return c.body(cached, 200, { 'Content-Type': 'application/json' }) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/guides',
      summary: 'The same guide, with the person given as JSON (for long skill lists)',
      tags: ['Guides'],
      request: { body: { content: { 'application/json': { schema: GuideBodySchema } }, required: true } },
      responses: { 200: json(GuideSchema, 'The guide (GuideSchema).'), ...problems(400, 404, 429) },
    }),
    (c) => {
      const body = c.req.valid('json');
      return c.json(getGuide(kb, { from: body.from, to: body.to, ...body.person }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/roles',
      summary: 'Roles, optionally searched (fuzzy) and filtered by family, with pagination',
      tags: ['Roles'],
      request: { query: RolesQuerySchema },
      responses: { 200: json(RoleListSchema, 'A page of roles.'), ...problems(400, 429) },
    }),
    (c) => {
      const { limit, offset, ...request } = c.req.valid('query');
      const all = listRoles(kb, request);
      return c.json({ items: all.slice(offset, offset + limit), total: all.length, limit, offset }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/roles/{id}',
      summary: 'One role as the knowledge base describes it (title, slug or alias accepted)',
      tags: ['Roles'],
      request: { params: IdParamSchema },
      responses: { 200: json(RoleDetailSchema, 'The role.'), ...problems(404, 429) },
    }),
    (c) => {
      const role = resolveRole(kb, c.req.valid('param').id, 'id');
      return c.json({ ...role, id: role.id, kbVersion: kb.kbVersion }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/roles/{id}/hub',
      summary: 'The role hub: how people get into the role, where it leads, certifications, resume tips',
      tags: ['Roles'],
      request: { params: IdParamSchema },
      responses: { 200: json(HubSchema, 'The hub (HubSchema).'), ...problems(404, 429) },
    }),
    (c) => {
      return c.json(getHub(kb, c.req.valid('param').id), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/skills/extract',
      summary:
        'Propose known skills, with levels, from pasted text (a CV, a LinkedIn list, a job post); nothing is stored',
      tags: ['Skills'],
      request: {
        body: { content: { 'application/json': { schema: ExtractSkillsBodySchema } }, required: true },
      },
      responses: { 200: json(ExtractedSkillsSchema, 'The skills found.'), ...problems(400, 429) },
    }),
    (c) => {
      const skills = extractSkills(kb, c.req.valid('json').text);
      c.header('Cache-Control', 'no-store');
      return c.json({ skills, know: knowText(skills) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/skills/{id}',
      summary: 'One skill: what it is, which roles need it at which level, prerequisites and resources',
      tags: ['Skills'],
      request: { params: IdParamSchema.extend({ id: IdParamSchema.shape.id.meta({ example: 'python' }) }) },
      responses: { 200: json(SkillDetailSchema, 'The skill.'), ...problems(404, 429) },
    }),
    (c) => {
      return c.json({ ...getSkill(kb, c.req.valid('param').id), kbVersion: kb.kbVersion }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/explore',
      summary:
        'Recommended target roles for a current role and/or known skills, with the numbers behind each rank',
      tags: ['Explore'],
      request: { query: ExploreRequestSchema },
      responses: {
        200: json(ExploreAnswerSchema, 'Ranked roles, and any skill names not recognised.'),
        ...problems(400, 404, 429),
      },
    }),
    (c) => {
      return c.json(exploreRoles(kb, c.req.valid('query')), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/paths',
      summary: 'The fastest route between two roles, through stepping-stone roles when that is faster',
      tags: ['Explore'],
      request: { query: PathRequestSchema },
      responses: { 200: json(PathSchema, 'The route and the direct move.'), ...problems(400, 404, 429) },
    }),
    (c) => {
      return c.json(getPath(kb, c.req.valid('query')), 200);
    },
  );

  planApi(api, deps);
  return api;
}
