import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import type { Person } from './person.ts';
import { planTransition, type Transition } from './planTransition.ts';
import { costText, levelName, listText, monthsText, pctRange, usd, withArticle } from './words.ts';

type SalaryChange = { minPct: number; maxPct: number; baseline: number; baselineSource: string };

/** DESIGN §5.12: answers computed from the same model as the headline. */
export function faq(
  kb: KnowledgeBase,
  source: Role,
  target: Role,
  person: Person,
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
      `Most U.S. ${target.title} salaries fall between ${usd(target.salary.p25)} and ${usd(target.salary.p75)}, ` +
      `with a median of ${usd(target.salary.median)} (${listText(sourceNames)}). Against ${baselineText}, ` +
      `that is ${pctRange(salary.minPct, salary.maxPct)}.${target.salary.note ? ` ${target.salary.note}` : ''}`,
  });

  const paces = [5, 10, 20].map((hoursPerWeek) => {
    const at = planTransition(kb, source, target, { ...person, hoursPerWeek });
    return `${monthsText(at.minMonths, at.maxMonths)} at ${hoursPerWeek} hours a week`;
  });
  entries.push({
    q: 'Can I make this move part-time?',
    a:
      `Yes. The plan holds about ${Math.round(transition.assessment.learningHours)} hours of learning plus portfolio ` +
      `and job-search time, so it takes ${listText(paces)}. Consistency matters more than intensity.`,
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
            certs.map(
              (cert) => `${cert.name} (${cert.issuer}, ${costText(cert.costUsd)} as of ${cert.asOf})`,
            ),
          )}.`
        : `No certification is standard for ${target.title} roles; employers look at the projects and experience you can show.`,
  });

  const biggest = [...transition.assessment.gaps].sort(
    (a, b) => b.hours - a.hours || a.skill.localeCompare(b.skill),
  )[0];
  if (biggest) {
    const name = kb.skill.get(biggest.skill)?.name ?? biggest.skill;
    const known = { ...person.known, [biggest.skill]: biggest.toLevel };
    const faster = planTransition(kb, source, target, { ...person, known });
    entries.push({
      q: `What if I already know ${name}?`,
      a:
        `Tell the planner your level and it recomputes everything. Already at ${levelName(biggest.toLevel)} level in ` +
        `${name}, the plan shrinks from ${transition.plan.totalWeeks} to ${faster.plan.totalWeeks} weeks ` +
        `(${monthsText(faster.minMonths, faster.maxMonths)}) at ${person.hoursPerWeek} hours a week.`,
    });
  }
  return [...entries, ...target.faq];
}
