import type { RoleSummary } from '../../app/listRoles.ts';
import { signed, usd } from '../format.ts';
import { Layout } from '../layout.tsx';

export function RolesPage(props: {
  families: readonly { family: string; label: string; roles: readonly RoleSummary[] }[];
  groups: readonly { code: string; label: string; count: number }[];
  kbVersion: string;
}) {
  return (
    <Layout
      meta={{
        title: 'All roles',
        description:
          'The roles our editors reviewed, by family, with U.S. median pay and projected growth 2024–34, and every U.S. occupation by job family.',
        kbVersion: props.kbVersion,
        canonicalPath: '/roles',
      }}
    >
      <h1>All roles</h1>
      <p>
        The roles below were written and reviewed by our editors. Every other U.S. occupation has a page built
        from public occupation data: <a href="#occupations">browse them by job family</a>.
      </p>
      {props.families.map((group) => (
        <section aria-labelledby={`family-${group.family}`}>
          <h2 id={`family-${group.family}`}>{group.label}</h2>
          <RoleTable roles={group.roles} firstColumn="Role" />
        </section>
      ))}
      <section aria-labelledby="occupations">
        <h2 id="occupations">Every U.S. occupation, by job family</h2>
        <p class="muted">
          The 2018 Standard Occupational Classification's major groups. Pages for occupations without a
          reviewed role are built from O*NET and BLS data.
        </p>
        <ul class="grid clean">
          {props.groups.map((group) => (
            <li class="card">
              <a href={`/occupations/${group.code}`}>{group.label}</a>
              <div class="muted">
                {group.count} occupation{group.count === 1 ? '' : 's'}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}

/** One SOC major group: every occupation in it, reviewed roles marked. */
export function OccupationGroupPage(props: {
  code: string;
  label: string;
  roles: readonly RoleSummary[];
  kbVersion: string;
}) {
  return (
    <Layout
      meta={{
        title: `${props.label} occupations`,
        description: `Every U.S. occupation in the ${props.label} group (SOC ${props.code}), with median pay and projected growth 2024–34.`,
        kbVersion: props.kbVersion,
        canonicalPath: `/occupations/${props.code}`,
      }}
    >
      <p>
        <a href="/roles#occupations">All job families</a>
      </p>
      <h1>{props.label} occupations</h1>
      <p class="muted">
        SOC major group {props.code}. A reviewed role was written by our editors; the others are built from
        public occupation data (O*NET and BLS).
      </p>
      <RoleTable roles={props.roles} firstColumn="Occupation" withSoc />
    </Layout>
  );
}

/** Roles with their median pay and growth; with `withSoc`, their SOC code too and which ones are reviewed. */
function RoleTable(props: { roles: readonly RoleSummary[]; firstColumn: string; withSoc?: boolean }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{props.firstColumn}</th>
            {props.withSoc ? <th scope="col">SOC</th> : null}
            <th scope="col">Median pay</th>
            <th scope="col">Growth 2024–34</th>
          </tr>
        </thead>
        <tbody>
          {props.roles.map((role) => (
            <tr>
              <td>
                <a href={`/roles/${role.id}`}>{role.title}</a>
                {props.withSoc && role.reviewed ? <span class="muted"> · reviewed</span> : ''}
              </td>
              {props.withSoc ? <td>{role.soc}</td> : null}
              <td>{usd(role.medianSalary)}</td>
              <td>{signed(role.growthPct)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
