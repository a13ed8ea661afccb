import { DEFAULT_PATH_STEPS, MAX_PATH_STEPS } from '../../app/getPath.ts';
import type { RoleSummary } from '../../app/listRoles.ts';
import type { PathResult } from '../../domain/path/pathSchema.ts';
import { guidePath, monthsText, usd } from '../format.ts';
import { Layout } from '../layout.tsx';
import { HoursField } from './hoursField.tsx';
import { RoleDatalist, RoleField } from './roleDatalist.tsx';

export function PathPage(props: {
  result?: PathResult | undefined;
  values: Record<string, string>;
  roles: readonly RoleSummary[];
  kbVersion: string;
}) {
  const { result, values } = props;
  return (
    <Layout
      meta={{
        title: 'Find the fastest route',
        description:
          'The fastest route from one role to another, directly or through stepping-stone roles, with the time and pay of every step.',
        kbVersion: props.kbVersion,
        canonicalPath: '/path',
      }}
    >
      <h1>Find the fastest route</h1>
      <form method="get" action="/path" class="card">
        <div class="form-row">
          <RoleField name="from" label="From" value={values.from} required />
          <RoleField name="to" label="To" value={values.to} required />
          <div>
            <label for="maxSteps">Most steps</label>
            <input
              id="maxSteps"
              name="maxSteps"
              type="number"
              min="1"
              max={String(MAX_PATH_STEPS)}
              value={values.maxSteps ?? String(DEFAULT_PATH_STEPS)}
            />
          </div>
          <HoursField value={values.hours} />
        </div>
        <button type="submit">Find route</button>
        <RoleDatalist roles={props.roles} />
      </form>
      {result ? (
        <section aria-labelledby="route-heading">
          <h2 id="route-heading">
            {result.from.title} → {result.to.title}: {monthsText(result.minMonths, result.maxMonths)}
          </h2>
          <p>{result.summary}</p>
          {result.routes.length > 1 ? (
            <>
              <h3>Ways there, soonest job in the field first</h3>
              <ol class="routes">
                {result.routes.map((route) => (
                  <li class="card">
                    <p>
                      <strong>
                        {route.direct
                          ? `Direct: ${result.from.title} → ${result.to.title}`
                          : `Via ${route.legs
                              .slice(0, -1)
                              .map((leg) => leg.to.title)
                              .join(' → ')}`}
                      </strong>{' '}
                      <span class="muted">
                        {monthsText(route.minMonths, route.maxMonths)} at {result.hoursPerWeek} h/week
                      </span>
                    </p>
                    <p>{route.trade}</p>
                    <ol class="legs">
                      {route.legs.map((leg) => (
                        <li>
                          <a href={guidePath(leg.from.id, leg.to.id)}>
                            {leg.from.title} → {leg.to.title}
                          </a>
                          : {monthsText(leg.minMonths, leg.maxMonths)}, {leg.difficulty.toLowerCase()}; median
                          pay {usd(leg.medianSalary)}
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
              <p class="muted">Median pay: BLS Occupational Employment and Wage Statistics, May 2025.</p>
              <h3>The fastest route, step by step</h3>
            </>
          ) : null}
          <ol>
            {result.steps.map((step) => (
              <li>
                <a href={guidePath(step.from.id, step.to.id)}>
                  {step.from.title} → {step.to.title}
                </a>
                : {step.totalWeeks} weeks ({monthsText(step.minMonths, step.maxMonths)},{' '}
                {step.difficulty.toLowerCase()}); main gaps {step.topGaps.map((gap) => gap.name).join(', ')}
              </li>
            ))}
          </ol>
          <p class="muted">
            Direct move: {result.direct.totalWeeks} weeks (
            {monthsText(result.direct.minMonths, result.direct.maxMonths)}).
          </p>
        </section>
      ) : null}
    </Layout>
  );
}
