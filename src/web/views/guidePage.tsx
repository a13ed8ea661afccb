import type { Guide } from '../../domain/guide/guideSchema.ts';
import {
  certificationDetails,
  levelsText,
  pacesText,
  salaryText,
  whenText,
} from '../../domain/guide/headlineText.ts';
import { CoverageChart } from '../charts/coverageChart.tsx';
import { RoadmapChart } from '../charts/roadmapChart.tsx';
import { SalaryChart } from '../charts/salaryChart.tsx';
import { costText, guidePath, levelName, monthsText, signed, signedPct, usd } from '../format.ts';
import { Layout } from '../layout.tsx';
import { CardList } from './cardList.tsx';
import { Cite } from './cite.tsx';
import { PersonalizeForm } from './personalizeForm.tsx';
import { ResumeBox } from './resumeViews.tsx';
import { SavePlanForm } from './savePlanForm.tsx';
import { SourcesList } from './sourcesList.tsx';

export interface GuidePageProps {
  readonly guide: Guide;
  /** The query string of this (possibly personal) guide, reused by exports and links. */
  readonly query: string;
  readonly personalized: boolean;
  /** Placeholder the server replaces with the live view count, so the rest of the page can be cached. */
  readonly viewsMarker?: string;
  /** The typical plan's figures, to say what a personal plan changed. */
  readonly typical?: TypicalPlan | undefined;
}

export interface TypicalPlan {
  readonly minMonths: number;
  readonly maxMonths: number;
  readonly learningHours: number;
  readonly hoursPerWeek: number;
}

/** "3 skills you know, 20 h/week: 14–21 → 9–13 months (typical plan → yours)". */
function changeSummary(guide: Guide, typical: TypicalPlan): string {
  const known = Object.keys(guide.person.known).length;
  const changes = [
    known > 0 ? `${known} skill${known === 1 ? '' : 's'} you know` : '',
    guide.person.hoursPerWeek !== typical.hoursPerWeek ? `${guide.person.hoursPerWeek} h/week` : '',
    guide.person.budget === 'free' ? 'free resources only' : '',
    guide.person.currentSalary ? `your salary of ${usd(guide.person.currentSalary)}` : '',
  ].filter(Boolean);
  const { minMonths, maxMonths, learningHours } = guide.headline.timeline;
  return `Your plan (${changes.join(', ') || 'your inputs'}): ${monthsText(typical.minMonths, typical.maxMonths)} → ${monthsText(minMonths, maxMonths)}, ${typical.learningHours} → ${learningHours} hours of learning, compared with the typical plan.`;
}

export function GuidePage({ guide, query, personalized, viewsMarker, typical }: GuidePageProps) {
  const { headline } = guide;
  const base = guidePath(guide.from.id, guide.to.id);
  const exportHref = (ext: string) => `${base}.${ext}${query ? `?${query}` : ''}`;
  const inputs = [
    `${headline.timeline.hoursPerWeek} hours a week`,
    `${guide.person.budget === 'free' ? 'free resources only' : 'any budget'}`,
    guide.person.currentSalary
      ? `current salary ${usd(guide.person.currentSalary)}`
      : `the ${guide.from.title} median salary`,
    Object.keys(guide.person.known).length > 0
      ? `${Object.keys(guide.person.known).length} skill levels you gave`
      : `a typical ${guide.from.title}'s skills`,
    guide.person.startDate ? `start on ${guide.person.startDate}` : '',
  ].filter(Boolean);
  return (
    <Layout
      meta={{
        title: guide.title,
        description: `${guide.from.title} to ${guide.to.title}: ${monthsText(headline.timeline.minMonths, headline.timeline.maxMonths)}, ${headline.difficulty.toLowerCase()}, salary ${salaryText(headline.salaryChange)}.`,
        kbVersion: guide.kbVersion,
        canonicalPath: base,
      }}
    >
      <p class="muted">
        <a href={`/roles/${guide.from.id}`}>{guide.from.title}</a> →{' '}
        <a href={`/roles/${guide.to.id}`}>{guide.to.title}</a>
      </p>
      <h1>{guide.title}</h1>
      {guide.credential ? (
        <section class="notice" aria-labelledby="credential-heading" data-credential>
          <h2 id="credential-heading">First: {guide.credential.name}</h2>
          <p>
            About {guide.credential.months} months {guide.credential.partTime ? 'part-time' : 'full-time'} (
            {guide.credential.weeks} weeks), whatever your pace; the timeline below includes it.{' '}
            {guide.credential.note}
          </p>
        </section>
      ) : null}
      {guide.provenance.note ? (
        <p class="muted" data-provenance>
          {guide.provenance.note}
        </p>
      ) : null}
      {viewsMarker ? (
        <p class="muted" data-views>
          {viewsMarker}
        </p>
      ) : null}
      <p class="muted" id="inputs-used">
        {personalized ? 'Personal plan' : 'Typical plan'} computed for {inputs.join(', ')}.{' '}
        <a href="#personalize" class="no-print">
          Personalize
        </a>
      </p>
      {typical && personalized ? (
        <p class="notice" role="status" data-personal-change>
          {changeSummary(guide, typical)}
        </p>
      ) : null}
      <SavePlanForm guide={guide} />
      {/* Where people look: right under the headline inputs, open once the plan is personal. */}
      <details id="personalize" class="card no-print personalize" open={personalized}>
        <summary>
          <h2 id="personalize-heading">Personalize this plan</h2>
          <span class="muted"> your skills, hours a week, budget, salary and start date</span>
        </summary>
        <PersonalizeForm guide={guide} action={base} />
        <ResumeBox from={guide.from.id} to={guide.to.id} compact />
      </details>

      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading" class="visually-hidden">
          Headline figures
        </h2>
        <div class="stats">
          <div class="stat" data-stat="difficulty">
            <div class="label">Difficulty</div>
            <div class="value">{headline.difficulty}</div>
            <details>
              <summary>How we computed this</summary>
              {guide.notes.difficulty}
            </details>
          </div>
          <div class="stat" data-stat="timeline" data-total-weeks={String(headline.timeline.totalWeeks)}>
            <div class="label">Timeline</div>
            <div class="value">{monthsText(headline.timeline.minMonths, headline.timeline.maxMonths)}</div>
            <div class="muted" data-paces>
              {pacesText(headline.timeline)}
            </div>
            <details>
              <summary>How we computed this</summary>
              {guide.notes.timeline}
            </details>
          </div>
          <div class="stat" data-stat="salary">
            <div class="label">Salary change</div>
            <div class="value" data-typical-pct={String(headline.salaryChange.typicalPct)}>
              {signedPct(headline.salaryChange.typicalPct)} <span class="muted">typical</span>
            </div>
            <div class="muted">
              first role {signedPct(headline.salaryChange.minPct)} → established{' '}
              {signedPct(headline.salaryChange.maxPct)}
            </div>
            <details>
              <summary>How we computed this</summary>
              {guide.notes.salaryChange}{' '}
              <Cite sources={guide.sources} ids={headline.salaryChange.to.sourceIds} />
            </details>
          </div>
          <div class="stat" data-stat="demand">
            <div class="label">Demand</div>
            <div class="value">
              {signed(headline.demand.growthPct)}% <span class="muted">({headline.demand.period})</span>
            </div>
            <details>
              <summary>How we computed this</summary>
              {guide.notes.demand} {headline.demand.label}{' '}
              <Cite sources={guide.sources} ids={headline.demand.sourceIds} />. {headline.demand.text}
            </details>
          </div>
        </div>
        <p>
          Skill match: <strong>{guide.match.matched}</strong> of {guide.match.total} skills already at the
          job-ready level ({Math.round(guide.match.score * 100)}% overall).{' '}
          <span class="muted">{guide.notes.match}</span>
        </p>
      </section>

      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">Overview</h2>
        {guide.overview.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
        <div class="charts">
          <div class="card">
            <h3>Salary ranges</h3>
            <SalaryChart guide={guide} />
          </div>
          <div class="card">
            <h3>Skill coverage</h3>
            <CoverageChart guide={guide} />
          </div>
        </div>
      </section>

      <section aria-labelledby="transferable-heading">
        <h2 id="transferable-heading">Transferable skills</h2>
        <p class="muted">{guide.notes.transferableSkills}</p>
        {guide.transferableSkills.length > 0 ? (
          <ul class="items">
            {guide.transferableSkills.map((item) => (
              <li>
                <strong>
                  <a href={`/skills/${item.skill.id}`}>{item.skill.name}</a>
                </strong>{' '}
                <span class="muted">({levelName(item.level)})</span>: {item.appliesHow}
                {item.topics.length > 0 ? (
                  <span class="muted"> Already covers: {item.topics.join(', ')}.</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="learn-heading">
        <h2 id="learn-heading">Skills to learn</h2>
        <p class="muted">{guide.notes.skillsToLearn}</p>
        <div class="table-wrap">
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Priority</th>
                <th scope="col">Level</th>
                <th scope="col">Hours</th>
                <th scope="col">Weeks</th>
                <th scope="col">What to cover and how</th>
              </tr>
            </thead>
            <tbody>
              {guide.skillsToLearn.map((item) => (
                <tr data-skill={item.skill.id} data-optional={String(item.optional)}>
                  <td>
                    <a href={`/skills/${item.skill.id}`}>{item.skill.name}</a>
                  </td>
                  <td data-label="Priority">
                    <span class={`pill ${item.priority.split(' ')[0]?.toLowerCase()}`}>{item.priority}</span>
                    {item.optional ? <div class="muted">optional</div> : null}
                  </td>
                  <td data-label="Level">{levelsText(item)}</td>
                  <td data-label="Hours">
                    {item.hours}
                    {item.standaloneHours > item.hours ? (
                      <div class="muted">{item.standaloneHours} on its own</div>
                    ) : null}
                  </td>
                  <td data-label="Weeks" data-weeks>
                    {whenText(item)}
                  </td>
                  <td>
                    {item.topics.length > 0 ? (
                      <p class="topics">
                        <strong>What to cover:</strong> {item.topics.join(', ')}.
                      </p>
                    ) : null}
                    {item.resources.length > 0 ? (
                      <ul class="clean">
                        {item.resources.map((resource) => (
                          <li>
                            <a href={resource.url} rel="noopener">
                              {resource.title}
                            </a>{' '}
                            <span class="muted">
                              ({resource.provider}, {costText(resource.costUsd)}, ~{resource.hours} h)
                            </span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      item.howToLearn
                    )}
                    {item.sharedCourse ? (
                      <p class="muted">
                        {item.sharedCourse.resource.title} also covers{' '}
                        {item.sharedCourse.withSkills.map((skill) => skill.name).join(', ')}; its hours count
                        once.
                      </p>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {headline.timeline.optionalHours > 0 ? (
          <p class="muted" data-optional-hours>
            +{headline.timeline.optionalHours} h of optional extras, not in the timeline.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="roadmap-heading">
        <h2 id="roadmap-heading">Learning roadmap</h2>
        <div class="card">
          <RoadmapChart guide={guide} />
        </div>
        {guide.roadmap.map((phase) => (
          <div class="phase" data-phase={phase.kind} data-weeks={String(phase.weeks)}>
            <h3>
              {phase.index}. {phase.title}
            </h3>
            <p class="muted">
              Weeks {phase.startWeek}–{phase.startWeek + phase.weeks - 1} ({phase.weeks} weeks)
              {phase.startDate ? `, ${phase.startDate} to ${phase.endDate}` : ''}
            </p>
            <ul>
              {phase.tasks.map((task) => (
                <li>{task}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="reality-heading">
        <h2 id="reality-heading">Reality check</h2>
        <div class="cols">
          <CardList title="What you'll love" items={guide.realityCheck.love} />
          <CardList
            title="What you might miss"
            items={
              guide.realityCheck.miss.length > 0 ? guide.realityCheck.miss : [guide.notes.realityCheckMiss]
            }
          />
          <CardList title="Biggest challenges" items={guide.realityCheck.challenges} />
        </div>
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Start your journey</h2>
        <div class="cols">
          <CardList title="This week" items={guide.actionPlan.thisWeek} />
          <CardList title="This month" items={guide.actionPlan.thisMonth} />
          <CardList title="Next 90 days" items={guide.actionPlan.next90Days} />
        </div>
      </section>

      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading">Frequently asked questions</h2>
        {guide.faq.map((entry) => (
          <details>
            <summary>{entry.q}</summary>
            <p>{entry.a}</p>
          </details>
        ))}
      </section>

      {guide.certifications.length > 0 ? (
        <section aria-labelledby="certs-heading">
          <h2 id="certs-heading">Certifications</h2>
          <ul class="items">
            {guide.certifications.map((cert) => (
              <li>
                <a href={cert.url} rel="noopener">
                  {cert.name}
                </a>{' '}
                <span class="muted">{certificationDetails(cert)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="export-heading" class="no-print">
        <h2 id="export-heading">Export</h2>
        <div class="actions">
          <a class="button secondary" href={exportHref('md')} download>
            Markdown
          </a>
          <a class="button secondary" href={exportHref('json')} download>
            JSON
          </a>
          <a class="button secondary" href={exportHref('ics')} download>
            Calendar (.ics)
          </a>
          <span class="muted">For a PDF, print this page and choose "Save as PDF".</span>
        </div>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <SourcesList sources={guide.sources} />
      </section>
    </Layout>
  );
}
