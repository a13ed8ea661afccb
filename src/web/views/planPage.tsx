import type { PlanView } from '../../app/plans.ts';
import { salaryText } from '../../domain/guide/headlineText.ts';
import type { PlanStatus } from '../../domain/plan/planProgress.ts';
import { costText, guidePath, monthsText } from '../format.ts';
import { Layout } from '../layout.tsx';

const STATUS_TEXT: Record<PlanStatus, string> = {
  'not started': 'Not started yet',
  'on track': 'On track',
  ahead: 'Ahead of plan',
  behind: 'Behind plan',
  complete: 'Complete',
};

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
          <input id="plan-link" class="plan-link" readonly value={url} />
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
          · week {Math.min(progress.weeksElapsed + 1, guide.headline.timeline.totalWeeks)} of{' '}
          {guide.headline.timeline.totalWeeks} at {guide.headline.timeline.hoursPerWeek} hours a week
        </p>
        <progress max="100" value={String(progress.pct)} aria-label="Overall progress" data-progress-bar>
          {progress.pct}%
        </progress>
        <p class="muted">
          Saved plan: {monthsText(guide.headline.timeline.minMonths, guide.headline.timeline.maxMonths)},{' '}
          {guide.headline.difficulty.toLowerCase()}, salary {salaryText(guide.headline.salaryChange)}.{' '}
          <a href={guidePath(guide.from.id, guide.to.id, query)}>Open the full guide</a> ·{' '}
          <a href={`/plans/${plan.id}/calendar.ics`}>Add the milestones to your calendar</a>
        </p>
      </section>

      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">Checklist</h2>
        <form method="post" action={`/plans/${plan.id}/items`} data-plan={plan.id} class="checklist">
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
                      {item.resources.length > 0 ? (
                        <p class="muted item-resources">
                          Learn with{' '}
                          {item.resources.map((resource, i) => (
                            <>
                              {i > 0 ? ' or ' : ''}
                              <a href={resource.url} rel="noopener">
                                {resource.title}
                              </a>{' '}
                              ({resource.provider}, {costText(resource.costUsd)})
                            </>
                          ))}
                        </p>
                      ) : null}
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
        <p>
          Deleting removes the plan and its ticks for good; you are asked to confirm first.{' '}
          <a class="button danger" href={`/plans/${plan.id}/delete`}>
            Delete this plan…
          </a>
        </p>
      </section>
    </Layout>
  );
}

/** The second step of deleting: says what goes, and deletes only from here. */
export function DeletePlanPage({ plan }: { plan: PlanView }) {
  return (
    <Layout meta={{ title: 'Delete this plan?', kbVersion: plan.currentKbVersion }}>
      <h1>Delete this plan?</h1>
      <p>
        Your plan{' '}
        <strong>
          {plan.guide.from.title} → {plan.guide.to.title}
        </strong>
        , with its {plan.progress.done} ticked item{plan.progress.done === 1 ? '' : 's'}, will be deleted for
        good. Nobody can bring it back, and its link will stop working.
      </p>
      <form method="post" action={`/plans/${plan.id}/delete`} class="actions">
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="danger">
          Yes, delete the plan
        </button>
        <a class="button secondary" href={`/plans/${plan.id}`}>
          No, keep it
        </a>
      </form>
    </Layout>
  );
}

/** Where a deletion ends. */
export function PlanDeletedPage({ kbVersion }: { kbVersion: string }) {
  return (
    <Layout meta={{ title: 'Plan deleted', kbVersion }}>
      <h1>Your plan was deleted</h1>
      <p>The plan and its ticks are gone, and its link no longer opens anything.</p>
      <p>
        <a href="/">Start a new plan</a>
      </p>
    </Layout>
  );
}
