import type { Context, Hono } from 'hono';
import { AppError } from '../app/appError.ts';
import { deletePlan, getPlan, refreshPlan, savePlan, setPlanChecklist } from '../app/plans.ts';
import { PlanPage } from '../web/views/planPage.tsx';
import { type AppDeps, planContext } from './deps.ts';
import { errorPage } from './errorResponse.tsx';

/** Forms must come from this site; a cross-site POST is refused (no accounts, but no drive-by writes either). */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('Origin');
  return origin === undefined || origin === 'null'
    ? origin === undefined
    : origin === new URL(c.req.url).origin;
}

export function planRoutes(app: Hono, deps: AppDeps): void {
  const context = () => planContext(deps);
  const refuseCrossSite = (c: Context) =>
    errorPage(
      c,
      new AppError('invalid-input', 'This form must be sent from Pathway itself.', { field: 'origin' }),
      deps.kb.kbVersion,
    );

  app.post('/plans', async (c) => {
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

  app.post('/plans/:id/items', async (c) => {
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
}
