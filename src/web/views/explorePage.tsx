import { type ExploreAnswer, unrecognisedText } from '../../app/exploreRoles.ts';
import type { RoleSummary } from '../../app/listRoles.ts';
import { salaryText } from '../../domain/guide/headlineText.ts';
import { guidePath, monthsText } from '../format.ts';
import { Layout } from '../layout.tsx';
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
    <Layout meta={{ title: 'Explore where you could go', kbVersion: props.kbVersion }}>
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
              max="120"
              value={values.maxMonths ?? ''}
            />
          </div>
          <div>
            <label for="hours">Hours per week</label>
            <input id="hours" name="hours" type="number" min="1" max="80" value={values.hours ?? '10'} />
          </div>
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
          <p class="muted">
            Score = {result.weights.match} × match + {result.weights.speed} × speed + {result.weights.salary}{' '}
            × salary + {result.weights.growth} × growth, each from 0 to 1.
          </p>
          <ol>
            {result.results.map((entry) => (
              <li>
                <strong>
                  {result.profile.from ? (
                    <a href={guidePath(result.profile.from.id, entry.role.id)}>{entry.role.title}</a>
                  ) : (
                    <a href={`/roles/${entry.role.id}`}>{entry.role.title}</a>
                  )}
                </strong>{' '}
                <span class="muted">score {entry.score}</span>
                <br />
                {entry.why} Timeline {monthsText(entry.timeline.minMonths, entry.timeline.maxMonths)}
                {entry.salaryChange ? `, pay ${salaryText(entry.salaryChange)}` : ''}.
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Layout>
  );
}
