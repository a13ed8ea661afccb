import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { deletePlan, getPlan, type PlanView, savePlan, setPlanItem } from '../../app/plans.ts';
import { type AppDeps, planContext, shareLink } from '../deps.ts';
import {
  CreatedPlanSchema,
  CreatePlanBodySchema,
  PlanIdParamSchema,
  PlanItemParamSchema,
  PlanSchema,
  TickBodySchema,
  TickResultSchema,
} from './apiSchemas.ts';
import { json, problems } from './openApiHelpers.ts';

function planJson(plan: PlanView): z.infer<typeof PlanSchema> {
  return {
    id: plan.id,
    from: plan.from,
    to: plan.to,
    person: plan.person,
    kbVersion: plan.kbVersion,
    kbOutdated: plan.kbOutdated,
    guide: plan.guide,
    items: plan.items.map((item) => ({
      id: item.id,
      label: item.label,
      phase: item.phaseIndex,
      done: item.done,
    })),
    progress: plan.progress,
  };
}

/** Saved plans: create, read, tick items, delete. The id in the URL is the only key. */
export function planApi(api: OpenAPIHono, deps: AppDeps): void {
  const context = () => planContext(deps);

  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/plans',
      summary: 'Save a plan: computes the guide for the inputs and stores both under a new unguessable id',
      tags: ['Plans'],
      request: {
        body: { content: { 'application/json': { schema: CreatePlanBodySchema } }, required: true },
      },
      responses: {
        201: json(CreatedPlanSchema, 'The new plan and its URL.'),
        ...problems(400, 404, 429, 503),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { id } = await savePlan(await context(), { from: body.from, to: body.to, ...body.person });
      c.header('Location', `/api/v1/plans/${id}`);
      return c.json({ id, url: shareLink(deps, `/plans/${id}`) }, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans/{id}',
      summary: 'A saved plan with its guide, checklist items and progress',
      tags: ['Plans'],
      request: { params: PlanIdParamSchema },
      responses: { 200: json(PlanSchema, 'The plan.'), ...problems(404, 429, 503) },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(planJson(await getPlan(await context(), c.req.valid('param').id)), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/plans/{id}/items/{itemId}',
      summary: 'Tick or untick one checklist item',
      tags: ['Plans'],
      request: {
        params: PlanItemParamSchema,
        body: { content: { 'application/json': { schema: TickBodySchema } }, required: true },
      },
      responses: {
        200: json(TickResultSchema, 'The item and the plan’s progress.'),
        ...problems(400, 404, 429, 503),
      },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(await setPlanItem(await context(), id, itemId, c.req.valid('json').done), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/plans/{id}',
      summary: 'Delete a saved plan',
      tags: ['Plans'],
      request: { params: PlanIdParamSchema },
      responses: { 204: { description: 'Deleted.' }, ...problems(404, 429, 503) },
    }),
    async (c) => {
      await deletePlan(await context(), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
