import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import { certificationRef } from '../kb/refs.ts';
import type { Role } from '../kb/schemas.ts';
import type { SalaryChange } from './headline.ts';
import { certificationText } from './headlineText.ts';
import type { Person } from './person.ts';
import type { Transition } from './planTransition.ts';
import { levelName, listText, monthsText, signedPct, usd, withArticle } from './words.ts';

/** DESIGN §5.12: answers phrased from the same plan as the headline; nothing here computes a figure anew. */
export function faq(
  kb: KnowledgeBase,
  source: Role,
  target: Role,
  _person: Person,
  transition: Transition,
  salary: SalaryChange,
): { q: string; a: string }[] {
  const entries: { q: string; a: string }[] = [];
  const sourceNames = target.salary.sourceIds.map((id) => {
    const s = kb.source.get(id);
    return s ? `${s.publisher}, ${s.year}` : id;
  });
  const baselineText =
    salary.baselineSource === 'your-salary'
      ? `your current ${usd(salary.baseline)}`
      : `the ${usd(salary.baseline)} median for ${withArticle(source.title)}`;
  entries.push({
    q: `What salary can I expect as ${withArticle(target.title)}?`,
    a:
      `The median U.S. ${target.title} salary is ${usd(target.salary.median)}, and the middle half earns between ` +
      `${usd(target.salary.p25)} (25th percentile) and ${usd(target.salary.p75)} (75th) (${listText(sourceNames)}). ` +
      `Against ${baselineText}, the typical change is ${signedPct(salary.typicalPct)}; a first role near the 25th ` +
      `percentile is ${signedPct(salary.minPct)}, and an established one near the 75th ${signedPct(salary.maxPct)}.` +
      `${target.salary.note ? ` ${target.salary.note}` : ''}`,
  });

  const { plan } = transition;
  const { skillHours, portfolioHours } = plan;
  const jobSearchWeeks = plan.phases.find((phase) => phase.kind === 'job-search')?.weeks ?? 0;
  const paces = transition.paces.map(
    (pace) => `${monthsText(pace.minMonths, pace.maxMonths)} at ${pace.hoursPerWeek} hours a week`,
  );
  entries.push({
    q: 'Can I make this move part-time?',
    a:
      `Yes. The plan holds about ${skillHours} hours on the skills to learn, ${portfolioHours} hours of portfolio ` +
      `projects and about ${jobSearchWeeks} weeks of job search, so it takes ${listText(paces)}. ` +
      'Consistency matters more than intensity.',
  });

  entries.push({
    q: target.entry.degreeExpected ? 'Do I need a degree?' : 'Do I need a degree or a PhD?',
    a: `${target.entry.degreeExpected ? 'Usually, yes. ' : 'Not necessarily. '}${target.entry.education} ${target.entry.experience}`,
  });

  const certs = target.certifications.flatMap((id) => kb.certification.get(id) ?? []);
  entries.push({
    q: 'Which certifications are worth it?',
    a:
      certs.length > 0
        ? `Certifications support a portfolio but do not replace it. Relevant ones: ${listText(
            certs.map((cert) => certificationText(certificationRef(cert))),
          )}.`
        : `No certification is standard for ${target.title} roles; employers look at the projects and experience you can show.`,
  });

  const known = transition.ifKnown;
  if (known) {
    const name = kb.skill.get(known.skill)?.name ?? known.skill;
    entries.push({
      q: `What if I already know ${name}?`,
      a:
        `Tell the planner your level and it recomputes everything. Already at ${levelName(known.level)} level in ` +
        `${name}, the plan shrinks from ${plan.totalWeeks} to ${known.totalWeeks} weeks ` +
        `(${monthsText(known.minMonths, known.maxMonths)}) at ${known.hoursPerWeek} hours a week.`,
    });
  }
  return [...entries, ...target.faq];
}
