import type { Context, Hono } from 'hono';
import { AppError } from '../app/appError.ts';
import { guideIcs } from '../app/formats/guideIcs.ts';
import { deletePlan, getPlan, refreshPlan, savePlan, setPlanChecklist } from '../app/plans.ts';
import { DeletePlanPage, PlanDeletedPage, PlanPage } from '../web/views/planPage.tsx';
import { type AppDeps, planContext, shareLink } from './deps.ts';
import { errorPage } from './errorResponse.tsx';
import { formField, formValues, readForm } from './forms.ts';
import { isSameOrigin } from './proxy.ts';

export function planRoutes(app: Hono, deps: AppDeps): void {
  const context = () => planContext(deps);
  const refuseCrossSite = (c: Context) =>
    errorPage(
      c,
      new AppError('invalid-input', 'This form must be sent from Pathway itself.', { field: 'origin' }),
      deps.kb.kbVersion,
    );

  app.post('/plans', async (c) => {
    if (!isSameOrigin(c, deps.proxy ?? {})) return refuseCrossSite(c);
    try {
      const form = await readForm(c);
      const text = (name: string) => formField(form, name);
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

  app.get('/plans/deleted', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.html(<PlanDeletedPage kbVersion={deps.kb.kbVersion} />);
  });

  app.get('/plans/:id', async (c) => {
    try {
      const plan = await getPlan(await context(), c.req.param('id'));
      c.header('Cache-Control', 'no-store');
      return c.html(<PlanPage plan={plan} url={shareLink(deps, `/plans/${plan.id}`)} />);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.post('/plans/:id/items', async (c) => {
    if (!isSameOrigin(c, deps.proxy ?? {})) return refuseCrossSite(c);
    try {
      const form = await readForm(c);
      const ids = (name: string) => formValues(form, name);
      await setPlanChecklist(await context(), c.req.param('id'), {
        done: ids('done'),
        ...(form.shown === undefined ? {} : { shown: ids('shown'), was: ids('was') }),
      });
      return c.redirect(`/plans/${c.req.param('id')}`, 303);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.post('/plans/:id/refresh', async (c) => {
    if (!isSameOrigin(c, deps.proxy ?? {})) return refuseCrossSite(c);
    try {
      await refreshPlan(await context(), c.req.param('id'));
      return c.redirect(`/plans/${c.req.param('id')}`, 303);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.get('/plans/:id/calendar.ics', async (c) => {
    try {
      const plan = await getPlan(await context(), c.req.param('id'));
      c.header('Cache-Control', 'no-store');
      c.header('Content-Type', 'text/calendar; charset=utf-8');
      c.header(
        'Content-Disposition',
        `attachment; filename="${plan.guide.from.id}-to-${plan.guide.to.id}.ics"`,
      );
      const start = plan.guide.person.startDate ?? plan.createdAt.slice(0, 10);
      return c.body(guideIcs(plan.guide, { start, scope: plan.id }));
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  // Deleting takes two steps: this page says what goes, and only its form deletes.
  app.get('/plans/:id/delete', async (c) => {
    try {
      const plan = await getPlan(await context(), c.req.param('id'));
      c.header('Cache-Control', 'no-store');
      return c.html(<DeletePlanPage plan={plan} />);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });

  app.post('/plans/:id/delete', async (c) => {
    if (!isSameOrigin(c, deps.proxy ?? {})) return refuseCrossSite(c);
    try {
      const id = c.req.param('id');
      if (formField(await readForm(c), 'confirm') !== 'yes') return c.redirect(`/plans/${id}/delete`, 303);
      await deletePlan(await context(), id);
      return c.redirect('/plans/deleted', 303);
    } catch (error) {
      return errorPage(c, error, deps.kb.kbVersion);
    }
  });
}
