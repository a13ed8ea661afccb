import { type ExploreAnswer, MAX_MONTHS_FILTER, unrecognisedText } from '../../app/exploreRoles.ts';
import type { RoleSummary } from '../../app/listRoles.ts';
import { salaryText } from '../../domain/guide/headlineText.ts';
import { guidePath, monthsText } from '../format.ts';
import { Layout } from '../layout.tsx';
import { HoursField } from './hoursField.tsx';
import { RoleDatalist, RoleField } from './roleDatalist.tsx';

/** O*NET's five job zones, by how much preparation they take. */
const JOB_ZONES: readonly (readonly [number, string])[] = [
  [1, '1 · little or none'],
  [2, '2 · some (high school, training)'],
  [3, '3 · medium (vocational training, associate degree)'],
  [4, '4 · considerable (usually a bachelor’s degree)'],
  [5, '5 · extensive (graduate degree)'],
];
const EDUCATION_CHOICES: readonly (readonly [string, string])[] = [
  ['high-school', 'High school diploma'],
  ['certificate', 'Post-secondary certificate'],
  ['associate', 'Associate’s degree'],
  ['bachelor', 'Bachelor’s degree'],
  ['master', 'Master’s degree'],
  ['doctorate', 'Doctoral or professional degree'],
];

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
        <details
          class="filters"
          open={Boolean(values.jobZone || values.education || values.minPay || values.minGrowth)}
        >
          <summary>More filters: preparation, education, pay, growth</summary>
          <div class="form-row">
            <div>
              <label for="jobZone">Preparation needed, at most</label>
              <select id="jobZone" name="jobZone">
                <option value="">Any</option>
                {JOB_ZONES.map(([zone, label]) => (
                  <option value={String(zone)} selected={values.jobZone === String(zone)}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="education">Education most people in the job have, at most</label>
              <select id="education" name="education">
                <option value="">Any</option>
                {EDUCATION_CHOICES.map(([value, label]) => (
                  <option value={value} selected={values.education === value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="minPay">Median pay at least (USD a year)</label>
              <input
                id="minPay"
                name="minPay"
                type="number"
                min="0"
                step="1000"
                value={values.minPay ?? ''}
              />
            </div>
            <div>
              <label for="minGrowth">Growth 2024–34 at least (%)</label>
              <input
                id="minGrowth"
                name="minGrowth"
                type="number"
                min="-100"
                max="500"
                value={values.minGrowth ?? ''}
              />
            </div>
          </div>
          <p class="muted">
            Preparation is O*NET's job zone; education is what most people in the occupation report the job
            requires. Roles without these figures are left out when you use the filter.
          </p>
        </details>
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
