import { type ExploreAnswer, MAX_MONTHS_FILTER, unrecognisedText } from '../../app/exploreRoles.ts';
import type { RoleSummary } from '../../app/listRoles.ts';
import { salaryText } from '../../domain/guide/headlineText.ts';
import { guidePath, monthsText } from '../format.ts';
import { Layout } from '../layout.tsx';
import { HoursField } from './hoursField.tsx';
import { RoleDatalist, RoleField } from './roleDatalist.tsx';

export function ExplorePage(props: {
  result?: ExploreAnswer | undefined;
  /** A problem with the input, shown above the form with everything the person typed kept. */
  problem?: string | undefined;
  values: Record<string, string>;
  roles: readonly RoleSummary[];
  families: readonly { family: string; label: string }[];
  kbVersion: string;
}) {
  const { result, values } = props;
  return (
    <Layout
      meta={{
        title: 'Explore where you could go',
        description:
          'Roles you could move into from your current role or skills, ranked by skill match, time to get there, pay change and growth.',
        kbVersion: props.kbVersion,
        canonicalPath: '/explore',
      }}
    >
      <h1>Explore where you could go</h1>
      {props.problem ? (
        <p class="notice" role="alert">
          {props.problem}
        </p>
      ) : null}
      {result && result.unrecognised.length > 0 ? (
        <p class="notice" role="status">
          {unrecognisedText(result.unrecognised)} The recommendations use the other skills.
        </p>
      ) : null}
      <form method="get" action="/explore" class="card">
        <div class="form-row">
          <RoleField name="from" label="Current role" value={values.from} />
          <div>
            <label for="know">Skills you know, comma-separated</label>
            <input
              id="know"
              name="know"
              value={values.know ?? ''}
              placeholder="python, excel (advanced), sql: 3"
            />
          </div>
          <div>
            <label for="family">Family</label>
            <select id="family" name="family">
              <option value="">Any</option>
              {props.families.map((family) => (
                <option value={family.family} selected={values.family === family.family}>
                  {family.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="maxMonths">At most (months)</label>
            <input
              id="maxMonths"
              name="maxMonths"
              type="number"
              min="1"
              max={String(MAX_MONTHS_FILTER)}
              value={values.maxMonths ?? ''}
            />
          </div>
          <HoursField value={values.hours} />
        </div>
        <button type="submit">Show recommendations</button>
        <RoleDatalist roles={props.roles} />
      </form>
      {result ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {result.results.length} recommendations
            {result.profile.from ? ` for a ${result.profile.from.title}` : ''}
          </h2>
          <details>
            <summary>How we rank</summary>
            <p class="muted">
              Each role gets a score from four parts, each from 0 to 1: how much of its skills you have (×
              {result.weights.match}), how soon you could make the move (× {result.weights.speed}), the pay
              change (×
              {result.weights.salary}) and how fast the occupation grows (× {result.weights.growth}).
            </p>
          </details>
          {result.results.length === 0 ? (
            <p>No role passes these filters. Allow more months, or choose any family.</p>
          ) : (
            <ol class="results">
              {result.results.map((entry) => (
                <li>
                  <strong>
                    {result.profile.from ? (
                      <a href={guidePath(result.profile.from.id, entry.role.id)}>{entry.role.title}</a>
                    ) : (
                      <a href={`/roles/${entry.role.id}`}>{entry.role.title}</a>
                    )}
                  </strong>{' '}
                  {entry.salaryChange && entry.salaryChange.typicalPct < 0 ? (
                    <span class="flag">Pay cut</span>
                  ) : (
                    ''
                  )}{' '}
                  {entry.growth.pct < 0 ? <span class="flag">Declining</span> : ''}
                  <ul class="figures">
                    <li>
                      Time: {monthsText(entry.timeline.minMonths, entry.timeline.maxMonths)} at{' '}
                      {result.profile.hoursPerWeek} h/week, {entry.difficulty.toLowerCase()}
                    </li>
                    <li>
                      Pay:{' '}
                      {entry.salaryChange
                        ? salaryText(entry.salaryChange)
                        : 'enter your current role or salary to see the change'}
                    </li>
                    <li>
                      Growth: {entry.growth.pct >= 0 ? '+' : ''}
                      {entry.growth.pct}% projected ({entry.growth.label})
                    </li>
                    <li>
                      Skills: {Math.round(entry.match.score * 100)}% of what the role needs
                      {entry.topGaps.length > 0
                        ? `; biggest gaps ${entry.topGaps.map((gap) => gap.name).join(', ')}`
                        : ''}
                    </li>
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : (
        <p class="muted">
          For example, a teacher who knows Excel:{' '}
          <a href="/explore?from=Teacher&know=excel">roles that fit a Teacher with Excel</a>; or only skills:{' '}
          <a href="/explore?know=python%2C%20sql">python, sql</a>.
        </p>
      )}
    </Layout>
  );
}
