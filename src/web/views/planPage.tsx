import type { PlanView } from '../../app/plans.ts';
import { salaryText } from '../../domain/guide/headlineText.ts';
import { guidePath, monthsText } from '../format.ts';
import { Layout } from '../layout.tsx';

const STATUS_TEXT = {
  'not started': 'Not started yet',
  'on track': 'On track',
  ahead: 'Ahead of plan',
  behind: 'Behind plan',
  complete: 'Complete',
} as const;

export function PlanPage({ plan, url }: { plan: PlanView; url: string }) {
  const { guide, progress } = plan;
  const query = new URLSearchParams(plan.person as Record<string, string>).toString();
  return (
    <Layout
      meta={{
        title: `Your plan: ${guide.from.title} to ${guide.to.title}`,
        kbVersion: plan.currentKbVersion,
      }}
    >
      <h1>
        Your plan: {guide.from.title} → {guide.to.title}
      </h1>
      <div class="notice">
        <p>
          <strong>This link is the key to your plan.</strong> Anyone who has it can see and change it, and
          there is no other way back to it, so keep it somewhere safe.
        </p>
        <label for="plan-link">Plan link</label>
        <div class="actions">
          <input id="plan-link" readonly value={url} size={60} />
          <button type="button" class="secondary" data-copy="plan-link" hidden>
            Copy link
          </button>
        </div>
      </div>
      {plan.kbOutdated ? (
        <form method="post" action={`/plans/${plan.id}/refresh`} class="notice">
          <p>
            The knowledge base has been updated since you saved this plan (version {plan.kbVersion} →{' '}
            {plan.currentKbVersion}
            ). This page shows the plan as you saved it. Updating recomputes it with the same inputs and keeps
            your ticks on items that still exist.
          </p>
          <button type="submit">Update to the new guide</button>
        </form>
      ) : null}

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress</h2>
        <p>
          <strong data-progress-overall>
            {progress.done} of {progress.total} done ({progress.pct}%)
          </strong>{' '}
          ·{' '}
          <span data-progress-status>
            {STATUS_TEXT[progress.status]}
            {progress.status === 'behind' ? ` by about ${progress.behindWeeks} weeks` : ''}
          </span>{' '}
          · week {progress.weeksElapsed} of {guide.headline.timeline.totalWeeks} at{' '}
          {guide.headline.timeline.hoursPerWeek} hours a week
        </p>
        <progress max="100" value={String(progress.pct)} aria-label="Overall progress" data-progress-bar>
          {progress.pct}%
        </progress>
        <p class="muted">
          Saved plan: {monthsText(guide.headline.timeline.minMonths, guide.headline.timeline.maxMonths)},{' '}
          {guide.headline.difficulty.toLowerCase()}, salary {salaryText(guide.headline.salaryChange)}.{' '}
          <a href={guidePath(guide.from.id, guide.to.id, query)}>Open the full guide</a>
        </p>
      </section>

      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">Checklist</h2>
        <form method="post" action={`/plans/${plan.id}/items`} data-plan={plan.id}>
          {guide.roadmap.map((phase) => {
            const phaseProgress = progress.phases.find((p) => p.index === phase.index);
            const items = plan.items.filter((item) => item.phaseIndex === phase.index);
            return (
              <fieldset class="phase">
                <legend>
                  <strong>
                    {phase.index}. {phase.title}
                  </strong>{' '}
                  <span class="muted" data-phase-progress={String(phase.index)}>
                    {phaseProgress?.done ?? 0}/{phaseProgress?.total ?? 0} ({phaseProgress?.pct ?? 0}%)
                  </span>
                </legend>
                <p class="muted">
                  Weeks {phase.startWeek}–{phase.startWeek + phase.weeks - 1}
                  {phase.startDate ? `, ${phase.startDate} to ${phase.endDate}` : ''}
                </p>
                <ul class="clean">
                  {items.map((item) => (
                    <li>
                      {/* What this page showed, and what was done then: saving writes only what changed here. */}
                      <input type="hidden" name="shown" value={item.id} />
                      {item.done ? <input type="hidden" name="was" value={item.id} /> : ''}
                      <label>
                        <input
                          type="checkbox"
                          name="done"
                          value={item.id}
                          checked={item.done}
                          data-item={item.id}
                        />{' '}
                        {item.label}
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
          <button type="submit" data-save-progress>
            Save progress
          </button>
        </form>
      </section>

      <section aria-labelledby="delete-heading" class="no-print">
        <h2 id="delete-heading">Delete this plan</h2>
        <form method="post" action={`/plans/${plan.id}/delete`}>
          <button type="submit" class="secondary">
            Delete permanently
          </button>
        </form>
      </section>
    </Layout>
  );
}
