import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { AppError } from '../app/appError.ts';
import {
  deletePlan,
  getPlan,
  type PlanContext,
  refreshPlan,
  savePlan,
  setPlanChecklist,
  setPlanItem,
} from '../app/plans.ts';
import { PlanPage } from '../web/views/planPage.tsx';
import type { AppDeps } from './deps.ts';
import { errorPage } from './errorResponse.tsx';
import { problem, problemResponse } from './problem.ts';

export const MAX_BODY_BYTES = 64 * 1024;

const PersonBody = z
  .object({
    know: z.union([z.string().max(8000), z.record(z.string(), z.union([z.number(), z.string()]))]).optional(),
    hours: z.union([z.number(), z.string()]).optional(),
    budget: z.string().optional(),
    salary: z.union([z.number(), z.string()]).optional(),
    start: z.string().optional(),
  })
  .strict();
const CreatePlanBody = z
  .object({ from: z.string().min(1).max(200), to: z.string().min(1).max(200), person: PersonBody.optional() })
  .strict();
const TickBody = z.object({ done: z.boolean() }).strict();

function invalidBody(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : 'body';
  return new AppError('invalid-input', issue?.message ?? 'invalid body', { field });
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError('invalid-input', 'the body must be a JSON object', { field: 'body' });
  }
}

/** Forms must come from this site; a cross-site POST is refused (no accounts, but no drive-by writes either). */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('Origin');
  return origin === undefined || origin === 'null'
    ? origin === undefined
    : origin === new URL(c.req.url).origin;
}

export function planRoutes(app: Hono, deps: AppDeps): void {
  const context = async (): Promise<PlanContext> => ({
    kb: deps.kb,
    plans: (await deps.store()).plans,
    ids: deps.ids,
    now: () => deps.clock.now(),
  });
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      problemResponse(c, 400, `request bodies are limited to ${MAX_BODY_BYTES} bytes`, { field: 'body' }),
  });
  const refuseCrossSite = (c: Context) =>
    errorPage(
      c,
      new AppError('invalid-input', 'This form must be sent from Pathway itself.', { field: 'origin' }),
      deps.kb.kbVersion,
    );

  app.post('/plans', limit, async (c) => {
    if (!sameOrigin(c)) return refuseCrossSite(c);
    const form = await c.req.parseBody();
    const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    try {
      const { id } = await savePlan(await context(), {
        from: text('from') ?? '',
        to: text('to') ?? '',
        know: text('know'),
        hours: text('hours'),
        budget: text('budget'),
        salary: text('salary'),
        start: text('start'),
      });
      return c.redirect(`/plans/${id}`, 303);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.get('/plans/:id', async (c) => {
    try {
      const plan = await getPlan(await context(), c.req.param('id'));
      c.header('Cache-Control', 'no-store');
      c.header('Referrer-Policy', 'no-referrer');
      return c.html(<PlanPage plan={plan} url={new URL(`/plans/${plan.id}`, c.req.url).toString()} />);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.post('/plans/:id/items', limit, async (c) => {
    if (!sameOrigin(c)) return refuseCrossSite(c);
    try {
      const form = await c.req.parseBody({ all: true });
      const done = form.done === undefined ? [] : Array.isArray(form.done) ? form.done : [form.done];
      await setPlanChecklist(
        await context(),
        c.req.param('id'),
        new Set(done.filter((v): v is string => typeof v === 'string')),
      );
      return c.redirect(`/plans/${c.req.param('id')}`, 303);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.post('/plans/:id/refresh', async (c) => {
    if (!sameOrigin(c)) return refuseCrossSite(c);
    try {
      await refreshPlan(await context(), c.req.param('id'));
      return c.redirect(`/plans/${c.req.param('id')}`, 303);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.post('/plans/:id/delete', async (c) => {
    if (!sameOrigin(c)) return refuseCrossSite(c);
    try {
      await deletePlan(await context(), c.req.param('id'));
      return c.redirect('/?deleted=plan', 303);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.post('/api/v1/plans', limit, async (c) => {
    try {
      const body = CreatePlanBody.safeParse(await readJson(c));
      if (!body.success) throw invalidBody(body.error);
      const { id } = await savePlan(await context(), {
        from: body.data.from,
        to: body.data.to,
        ...body.data.person,
      });
      const url = new URL(`/plans/${id}`, c.req.url).toString();
      c.header('Location', `/api/v1/plans/${id}`);
      return c.json({ id, url }, 201);
    } catch (error) {
      return problem(c, error);
    }
  });

  const planJson = (plan: Awaited<ReturnType<typeof getPlan>>) => ({
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
  });

  app.get('/api/v1/plans/:id', async (c) => {
    try {
      c.header('Cache-Control', 'no-store');
      return c.json(planJson(await getPlan(await context(), c.req.param('id'))));
    } catch (error) {
      return problem(c, error);
    }
  });

  app.put('/api/v1/plans/:id/items/:itemId', limit, async (c) => {
    try {
      const body = TickBody.safeParse(await readJson(c));
      if (!body.success) throw invalidBody(body.error);
      const plan = await setPlanItem(
        await context(),
        c.req.param('id'),
        c.req.param('itemId'),
        body.data.done,
      );
      const item = plan.items.find((entry) => entry.id === c.req.param('itemId'));
      return c.json({ id: item?.id, done: item?.done, progress: plan.progress });
    } catch (error) {
      return problem(c, error);
    }
  });

  app.delete('/api/v1/plans/:id', async (c) => {
    try {
      await deletePlan(await context(), c.req.param('id'));
      return c.body(null, 204);
    } catch (error) {
      return problem(c, error);
    }
  });
}
