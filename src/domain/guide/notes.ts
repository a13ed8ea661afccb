import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import { OWN_PRACTICE_SHARE } from './courses.ts';
import { DIFFICULTY_HOURS, RANGE_FACTORS, type SalaryChange } from './headline.ts';
import type { Person } from './person.ts';
import type { Transition } from './planTransition.ts';
import { JOB_SEARCH_WEEKS, PORTFOLIO_PROJECT_HOURS, PORTFOLIO_SHARE } from './roadmap.ts';
import { listText, monthsText, signedPct, thousands, usd, withArticle } from './words.ts';

/** "Software Developers (SOC 15-1252)". */
const occupation = (role: Role) =>
  `${role.occupationCodes.find((code) => code.soc === role.salary.soc)?.title ?? 'its occupation'} (SOC ${role.salary.soc})`;
const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * "How we computed this" for every headline figure and the sentences around the sections, written once here so
 * that no view or export restates the engine's constants.
 */
export function notes(
  kb: KnowledgeBase,
  source: Role,
  target: Role,
  person: Person,
  transition: Transition,
  salary: SalaryChange,
) {
  const { plan, assessment } = transition;
  const [easy, moderate, challenging] = DIFFICULTY_HOURS;
  const paces = transition.paces.map(
    (pace) => `${monthsText(pace.minMonths, pace.maxMonths)} at ${pace.hoursPerWeek} h/week`,
  );
  const shared = plan.orderedGaps.filter((gap) => gap.sharedCourse).length;
  const baseline = salary.baselineSource === 'your-salary' ? 'your salary' : `the ${source.title} median`;
  const sourceIds = target.salary.sourceIds.map((id) => kb.source.get(id)?.publisher ?? id);
  return {
    difficulty:
      `From ${thousands(plan.learningHours)} hours of required learning and practice: under ${thousands(easy)} is Easy, ` +
      `under ${thousands(moderate)} Moderate, under ${thousands(challenging)} Challenging, and more is Very challenging; ` +
      'one step harder when the role is two or more seniority steps above yours. Optional extras do not count.' +
      (plan.credential ? ' A required programme of a year or more makes a move Very challenging.' : ''),
    timeline:
      (plan.credential
        ? `${plan.credential.name} takes about ${plan.credential.months} months ${plan.credential.partTime ? 'part-time' : 'full-time'} (${plan.credential.weeks} weeks) whatever your pace. `
        : '') +
      `The roadmap adds up to ${plan.totalWeeks} weeks at ${person.hoursPerWeek} hours a week: the skills' hours are ` +
      `summed per phase before they become weeks, plus ${plan.portfolioHours} hours of portfolio work (about ` +
      `${pct(PORTFOLIO_SHARE)} of the learning, ${PORTFOLIO_PROJECT_HOURS.min}–${PORTFOLIO_PROJECT_HOURS.max} h` +
      `${plan.topUpHours > 0 ? `, plus ${plan.topUpHours} h sharpening skills you nearly have` : ''}) and ` +
      `${plan.phases.find((phase) => phase.kind === 'job-search')?.weeks ?? 0} weeks of job search (${JOB_SEARCH_WEEKS.sameField} when you stay in your field, ` +
      `${JOB_SEARCH_WEEKS.newField} when you change it, whatever your pace). The range runs from ${pct(RANGE_FACTORS.min)} to ${pct(RANGE_FACTORS.max)} ` +
      `of that in months: ${listText(paces)}.`,
    salaryChange:
      `${target.title} median pay of ${usd(target.salary.median)} against ${baseline} of ${usd(salary.baseline)} ` +
      `is a typical change of ${signedPct(salary.typicalPct)}. A first role at the 25th percentile ` +
      `(${usd(target.salary.p25)}) is ${signedPct(salary.minPct)}; an established one at the 75th ` +
      `(${usd(target.salary.p75)}) ${signedPct(salary.maxPct)}. These are the figures for ${occupation(target)}, the occupation ` +
      `BLS counts this role in (roles in the same occupation show the same pay). Source: ${listText([...new Set(sourceIds)])}; rounded to 5%.`,
    demand: `Projected employment change for the role's occupation over ${target.outlook.period}, in the BLS's words.`,
    match:
      `Each of the ${assessment.total} skills ${withArticle(target.title)} uses is compared with its job-ready level, ` +
      'the level a newcomer is hired at (core skills count three times, important ones twice).',
    transferableSkills:
      assessment.transferable.length > 0
        ? `Skills you hold at working level or above that ${withArticle(target.title)} uses, and how each applies.`
        : `None of the skills a typical ${source.title} holds at working level is one ${withArticle(target.title)} ` +
          'uses, so nothing carries over directly; your general work experience still counts in interviews.',
    skillsToLearn:
      `Each skill is taken to its job-ready level; the role grows you to the level its experienced people work at. ` +
      (shared > 0
        ? `Where one course closes several gaps its hours count once, and each skill keeps at least ` +
          `${pct(OWN_PRACTICE_SHARE)} of its own hours for practice. `
        : '') +
      (plan.optionalGaps.length > 0
        ? `Nice-to-have skills are optional: +${thousands(plan.optionalHours)} h of extras, outside the timeline.`
        : 'There are no optional extras for this move.'),
    realityCheckMiss: source.startingPoint
      ? 'You are not leaving a job behind, so there is nothing to miss; the challenges below matter more.'
      : 'Most of what you enjoy in your current role comes with you.',
  };
}
