import type { SkillDetail } from '../../app/getSkill.ts';
import { costText, levelName } from '../format.ts';
import { Layout } from '../layout.tsx';

export function SkillPage({ detail, kbVersion }: { detail: SkillDetail; kbVersion: string }) {
  const { skill } = detail;
  return (
    <Layout
      meta={{
        title: skill.name,
        kbVersion,
        canonicalPath: `/skills/${skill.id}`,
        description: skill.description,
      }}
    >
      <h1>{skill.name}</h1>
      <p>{skill.description}</p>
      <p class="muted">
        Hours from zero: {skill.hoursToLevel.map((hours, i) => `${levelName(i + 1)} ${hours} h`).join(' · ')}
      </p>
      {detail.prerequisites.length > 0 ? (
        <p>
          Learn first:{' '}
          {detail.prerequisites.map((p, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/skills/${p.id}`}>{p.name}</a>
            </>
          ))}
        </p>
      ) : null}
      <h2>Roles that use it</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Level needed</th>
              <th scope="col">Importance</th>
            </tr>
          </thead>
          <tbody>
            {detail.roles.map((entry) => (
              <tr>
                <td>
                  <a href={`/roles/${entry.id}`}>{entry.title}</a>
                </td>
                <td>{levelName(entry.level)}</td>
                <td>{entry.importance}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Start this week</h2>
      <ul>
        {skill.firstSteps.map((step) => (
          <li>{step}</li>
        ))}
      </ul>
      <h2>Resources</h2>
      <ul class="items">
        {detail.resources.map((resource) => (
          <li>
            <a href={resource.url} rel="noopener">
              {resource.title}
            </a>{' '}
            <span class="muted">
              {resource.provider}, {resource.kind}, {resource.level}, {costText(resource.costUsd)}, ~
              {resource.hours} h (as of {resource.asOf})
            </span>
          </li>
        ))}
      </ul>
      {detail.related.length > 0 ? (
        <>
          <h2>Related skills</h2>
          <ul>
            {detail.related.map((related) => (
              <li>
                <a href={`/skills/${related.id}`}>{related.name}</a>{' '}
                <span class="muted">({Math.round(related.transfer * 100)}% of your level carries over)</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
