import type { RoleSummary } from '../../app/listRoles.ts';
import { signed, usd } from '../format.ts';
import { Layout } from '../layout.tsx';

export function RolesPage(props: {
  families: readonly { family: string; label: string; roles: readonly RoleSummary[] }[];
  kbVersion: string;
}) {
  return (
    <Layout
      meta={{
        title: 'All roles',
        description:
          'Every role Pathway covers, by family, with U.S. median pay and projected growth 2024–34.',
        kbVersion: props.kbVersion,
        canonicalPath: '/roles',
      }}
    >
      <h1>All roles</h1>
      {props.families.map((group) => (
        <section aria-labelledby={`family-${group.family}`}>
          <h2 id={`family-${group.family}`}>{group.label}</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Median pay</th>
                  <th scope="col">Growth 2024–34</th>
                </tr>
              </thead>
              <tbody>
                {group.roles.map((role) => (
                  <tr>
                    <td>
                      <a href={`/roles/${role.id}`}>{role.title}</a>
                    </td>
                    <td>{usd(role.medianSalary)}</td>
                    <td>{signed(role.growthPct)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </Layout>
  );
}
