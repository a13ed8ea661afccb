import { certificationDetails } from '../../domain/guide/headlineText.ts';
import type { Hub } from '../../domain/hub/hubSchema.ts';
import { guidePath, monthsText, signed, usd } from '../format.ts';
import { Layout } from '../layout.tsx';
import { CardList } from './cardList.tsx';
import { Cite } from './cite.tsx';
import { SourcesList } from './sourcesList.tsx';

export function HubPage({ hub }: { hub: Hub }) {
  const { summary } = hub;
  return (
    <Layout
      meta={{
        title: hub.title,
        kbVersion: hub.kbVersion,
        canonicalPath: `/roles/${hub.role.id}`,
        description: summary.text,
      }}
    >
      <h1>{hub.title}</h1>
      <p>{summary.text}</p>
      <div class="stats">
        <div class="stat">
          <div class="label">Median pay</div>
          <div class="value">
            {usd(summary.salary.median)}
            <Cite sources={hub.sources} ids={summary.salary.sourceIds} />
          </div>
          <div class="muted">
            Middle half {usd(summary.salary.p25)}–{usd(summary.salary.p75)}
          </div>
        </div>
        <div class="stat">
          <div class="label">Growth {summary.outlook.period}</div>
          <div class="value">
            {signed(summary.outlook.growthPct)}%<Cite sources={hub.sources} ids={summary.outlook.sourceIds} />
          </div>
          <div class="muted">{summary.outlook.label}</div>
        </div>
        <div class="stat">
          <div class="label">Occupation code</div>
          <div class="value">{summary.occupationCodes.map((code) => `SOC ${code.soc}`).join(', ')}</div>
          <div class="muted">{summary.occupationCodes.map((code) => code.title).join('; ')}</div>
        </div>
      </div>
      {summary.salary.note ? <p class="muted">{summary.salary.note}</p> : null}
      {hub.role.provenance ? (
        <p class="muted" data-provenance>
          {hub.role.provenance}
        </p>
      ) : null}
      <p>
        {summary.demand.text}
        <Cite sources={hub.sources} ids={summary.demand.sourceIds} />
      </p>

      {hub.role.startingPoint ? null : (
        <>
          <h2>Transitioning into {hub.role.title}</h2>
          <p>
            Realistic timeline from the closest backgrounds:{' '}
            <strong>
              {monthsText(hub.into.realisticTimeline.minMonths, hub.into.realisticTimeline.maxMonths)}
            </strong>{' '}
            at {hub.into.realisticTimeline.hoursPerWeek} hours a week. {hub.into.entry.education}{' '}
            {hub.into.entry.experience}
          </p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Timeline</th>
                  <th scope="col">Match</th>
                  <th scope="col">Gaps of this background</th>
                </tr>
              </thead>
              <tbody>
                {hub.into.sources.map((source) => (
                  <tr>
                    <td>
                      <a href={guidePath(source.role.id, hub.role.id)}>{source.role.title}</a>
                    </td>
                    <td>{monthsText(source.timeline.minMonths, source.timeline.maxMonths)}</td>
                    <td>{Math.round(source.match.score * 100)}%</td>
                    <td>{source.topGaps.map((gap) => gap.name).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="cols">
            <div class="card">
              <h3>Skills that transfer</h3>
              <ul>
                {hub.into.skillsThatTransfer.map((item) => (
                  <li>
                    <a href={`/skills/${item.skill.id}`}>{item.skill.name}</a>{' '}
                    <span class="muted">
                      ({item.sources} of {hub.into.sources.length} backgrounds)
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <div class="card">
              <h3>Gaps to fill</h3>
              <ul>
                {hub.into.gapsToFill.map((item) => (
                  <li>
                    <a href={`/skills/${item.skill.id}`}>{item.skill.name}</a>{' '}
                    <span class="muted">(missing in {item.missingIn})</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </>
      )}

      <h2>
        {hub.role.startingPoint ? 'Roles you can start toward' : `Transitioning out of ${hub.role.title}`}
      </h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">To</th>
              <th scope="col">Median pay</th>
              <th scope="col">Change</th>
              <th scope="col">Timeline</th>
              <th scope="col">Match</th>
            </tr>
          </thead>
          <tbody>
            {hub.outOf.map((entry) => (
              <tr>
                <td>
                  <a href={guidePath(hub.role.id, entry.role.id)}>{entry.role.title}</a>
                </td>
                <td>{usd(entry.medianSalary)}</td>
                <td>{signed(entry.salaryChangePct)}%</td>
                <td>{monthsText(entry.timeline.minMonths, entry.timeline.maxMonths)}</td>
                <td>{Math.round(entry.match.score * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {hub.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related occupations</h2>
          <p class="muted">The occupations O*NET lists as most related to this one, most related first.</p>
          <ul class="clean">
            {hub.related.map((other) => (
              <li>
                <a href={`/roles/${other.id}`}>{other.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>Transferable skills analysis</h2>
      <ul class="items">
        {hub.transferableSkills.map((item) => (
          <li>
            <strong>{item.skill.name}</strong>: {item.usage}
            {item.paysOffIn.length > 0 ? (
              <span class="muted"> Pays off in {item.paysOffIn.map((role) => role.title).join(', ')}.</span>
            ) : null}
          </li>
        ))}
      </ul>

      <h2>Certifications</h2>
      {hub.certifications.length > 0 ? (
        <ul class="items">
          {hub.certifications.map((cert) => (
            <li>
              <a href={cert.url} rel="noopener">
                {cert.name}
              </a>{' '}
              <span class="muted">{certificationDetails(cert)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No certification is standard for this role; projects and experience carry more weight.</p>
      )}
      {hub.retiredCertifications.length > 0 ? (
        <p class="notice">
          Retired, do not pursue:{' '}
          {hub.retiredCertifications
            .map(
              (cert) =>
                `${cert.name} (retired ${cert.retiredOn ?? ''}${cert.successor ? `; replaced by ${cert.successor.name}` : ''})`,
            )
            .join('; ')}
          .
        </p>
      ) : null}

      <h2>Resume positioning</h2>
      <div class="cols">
        <CardList title="Moving in" items={hub.resumeTips.into} />
        <CardList title="Moving on" items={hub.resumeTips.outOf} />
      </div>

      <h2>Frequently asked questions</h2>
      {hub.faq.map((entry) => (
        <details>
          <summary>{entry.q}</summary>
          <p>{entry.a}</p>
        </details>
      ))}

      <h2>Sources</h2>
      <SourcesList sources={hub.sources} />
    </Layout>
  );
}
