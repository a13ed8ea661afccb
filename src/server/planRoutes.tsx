import type { Context, Hono } from 'hono';
import { guideIcs } from '../app/formats/guideIcs.ts';
import { deletePlan, getPlan, type PlanView, refreshPlan, savePlan, setPlanChecklist } from '../app/plans.ts';
import { DeletePlanPage, PlanDeletedPage, PlanPage } from '../web/views/planPage.tsx';
import { type AppDeps, planContext, shareLink } from './deps.ts';
import { formField, formValues, readForm, sameSiteForms } from './forms.ts';

export function planRoutes(app: Hono, deps: AppDeps): void {
  const context = () => planContext(deps);
  const sameSite = sameSiteForms(deps);
  /** A page about one saved plan: loads it (404 page when there is none) and is never cached. */
  const withPlan =
    (render: (c: Context, plan: PlanView) => Response | Promise<Response>) => async (c: Context) => {
      const plan = await getPlan(await context(), c.req.param('id') ?? '');
      c.header('Cache-Control', 'no-store');
      return render(c, plan);
    };

  app.post('/plans', sameSite, async (c) => {
    const form = await readForm(c);
    const text = (name: string) => formField(form, name);
    const { id } = await savePlan(await context(), {
      from: text('from'),
      to: text('to'),
      know: text('know'),
      hours: text('hours'),
      budget: text('budget'),
      salary: text('salary'),
      start: text('start'),
    });
    return c.redirect(`/plans/${id}`, 303);
  });

  app.get('/plans/deleted', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.html(<PlanDeletedPage kbVersion={deps.kb.kbVersion} />);
  });

  app.get(
    '/plans/:id',
    withPlan((c, plan) => c.html(<PlanPage plan={plan} url={shareLink(deps, `/plans/${plan.id}`)} />)),
  );

  app.post('/plans/:id/items', sameSite, async (c) => {
    const form = await readForm(c);
    const ids = (name: string) => formValues(form, name);
    await setPlanChecklist(await context(), c.req.param('id'), {
      done: ids('done'),
      ...(form.shown === undefined ? {} : { shown: ids('shown'), was: ids('was') }),
    });
    return c.redirect(`/plans/${c.req.param('id')}`, 303);
  });

  app.post('/plans/:id/refresh', sameSite, async (c) => {
    await refreshPlan(await context(), c.req.param('id'));
    return c.redirect(`/plans/${c.req.param('id')}`, 303);
  });

  app.get(
    '/plans/:id/calendar.ics',
    withPlan((c, plan) => {
      c.header('Content-Type', 'text/calendar; charset=utf-8');
      c.header(
        'Content-Disposition',
        `attachment; filename="${plan.guide.from.id}-to-${plan.guide.to.id}.ics"`,
      );
      const start = plan.guide.person.startDate ?? plan.createdAt.slice(0, 10);
      return c.body(guideIcs(plan.guide, { start, scope: plan.id }));
    }),
  );

  // Deleting takes two steps: this page says what goes, and only its form deletes.
  app.get(
    '/plans/:id/delete',
    withPlan((c, plan) => c.html(<DeletePlanPage plan={plan} />)),
  );

  app.post('/plans/:id/delete', sameSite, async (c) => {
    const id = c.req.param('id');
    if (formField(await readForm(c), 'confirm') !== 'yes') return c.redirect(`/plans/${id}/delete`, 303);
    await deletePlan(await context(), id);
    return c.redirect('/plans/deleted', 303);
  });
}
