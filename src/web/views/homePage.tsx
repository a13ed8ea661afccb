import type { RoleSummary } from '../../app/listRoles.ts';
import type { PopularTransition } from '../../app/popularTransitions.ts';
import { guidePath, monthsText } from '../format.ts';
import { Layout } from '../layout.tsx';
import { ResumeBox } from './resumeViews.tsx';
import { RoleDatalist, RoleField } from './roleDatalist.tsx';

export function HomePage(props: {
  roles: readonly RoleSummary[];
  popular: readonly PopularTransition[];
  families: readonly { family: string; label: string; roles: readonly RoleSummary[] }[];
  kbVersion: string;
}) {
  return (
    <Layout
      meta={{
        title: 'Career transition guides',
        description:
          'How to move from the role you have to the one you want: what carries over, what to learn in what order, how long it takes and what it pays, every figure sourced.',
        kbVersion: props.kbVersion,
        canonicalPath: '/',
      }}
    >
      <h1>Where do you want your career to go?</h1>
      <p class="muted">
        Pick where you are and where you want to be. Pathway shows what carries over, what to learn in what
        order, how long it takes at your pace, and what it pays, with every figure sourced.
      </p>
      <form class="search card" method="get" action="/go" aria-label="Find a transition guide">
        <RoleField name="from" label="I am a…" required placeholder="Software Engineer" />
        <RoleField name="to" label="I want to become a…" required placeholder="Machine Learning Engineer" />
        <button type="submit">Show my guide</button>
        <RoleDatalist roles={props.roles} />
      </form>
      <p>
        Only know where you stand? <a href="/explore">Explore where you could go</a>.
      </p>
      <ResumeBox />
      <h2>Popular transitions</h2>
      <ul class="grid clean">
        {props.popular.map((item) => (
          <li class="card">
            <a href={guidePath(item.from.id, item.to.id)}>
              {item.from.title} → {item.to.title}
            </a>
            <div class="muted">
              {monthsText(item.minMonths, item.maxMonths)} at {item.hoursPerWeek} h/week ·{' '}
              {item.difficulty.toLowerCase()}
            </div>
            <div class="muted">Pay {item.pay}</div>
          </li>
        ))}
      </ul>
      <h2>Browse roles by family</h2>
      <p>
        These are the roles our editors reviewed. Pathway also answers for every U.S. occupation:{' '}
        <a href="/roles#occupations">browse all {props.roles.length.toLocaleString('en-US')} by job family</a>
        .
      </p>
      <div class="grid">
        {props.families.map((group) => (
          <section class="card" aria-label={group.label}>
            <h3>{group.label}</h3>
            <ul class="clean">
              {group.roles.map((role) => (
                <li>
                  <a href={`/roles/${role.id}`}>{role.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}
