import type { Guide } from './guideSchema.ts';
import { levelName, monthsText, signedPct, usd } from './words.ts';

type Headline = Guide['headline'];
type Learn = Guide['skillsToLearn'][number];

/** "+5% typical (first role −25%, established +25%)": the typical change leads, the range sits beside it. */
export function salaryText(
  salary: Pick<Headline['salaryChange'], 'typicalPct' | 'minPct' | 'maxPct'>,
): string {
  return `${signedPct(salary.typicalPct)} typical (first role ${signedPct(salary.minPct)}, established ${signedPct(salary.maxPct)})`;
}

/** "8-13 months at 10 h/week · 4-7 at 20 h/week": the person's pace first, then the others. */
export function pacesText(timeline: Pick<Headline['timeline'], 'paces' | 'hoursPerWeek'>): string {
  const own = timeline.paces.find((pace) => pace.hoursPerWeek === timeline.hoursPerWeek);
  const others = timeline.paces.filter((pace) => pace !== own);
  const short = (pace: (typeof others)[number]) =>
    pace.minMonths === pace.maxMonths ? `${pace.minMonths}` : `${pace.minMonths}-${pace.maxMonths}`;
  return [
    ...(own ? [`${monthsText(own.minMonths, own.maxMonths)} at ${own.hoursPerWeek} h/week`] : []),
    ...others.map((pace) => `${short(pace)} at ${pace.hoursPerWeek} h/week`),
  ].join(' · ');
}

/** "none → working (job-ready; the role grows you to advanced)". */
export function levelsText(item: Pick<Learn, 'fromLevel' | 'toLevel' | 'roleLevel'>): string {
  const grows = item.roleLevel > item.toLevel ? `; the role grows you to ${levelName(item.roleLevel)}` : '';
  return `${levelName(item.fromLevel)} → ${levelName(item.toLevel)} (job-ready${grows})`;
}

/** "under a week", "1 week", "3 weeks". */
export function weeksText(weeks: number): string {
  return weeks === 0 ? 'under a week' : `${weeks} week${weeks === 1 ? '' : 's'}`;
}

/** When a skill gets learned: its weeks in the plan, inside a credential programme, or optional. */
export function whenText(item: Pick<Learn, 'weeks' | 'optional' | 'taughtIn'>): string {
  if (item.optional) return `optional (${weeksText(item.weeks)} if you add it)`;
  if (item.taughtIn) return `taught in ${item.taughtIn}`;
  return weeksText(item.weeks);
}

type CertFields = Pick<
  Guide['certifications'][number],
  'name' | 'issuer' | 'costUsd' | 'asOf' | 'priceEstimate' | 'experienceYears'
>;

/** "ISC2, $749 as of 2026-11-24; needs 5 years of work experience before it is granted, so plan it for later". */
export function certificationDetails(cert: CertFields): string {
  const price = cert.costUsd === 0 ? 'free' : `${cert.priceEstimate ? 'about ' : ''}${usd(cert.costUsd)}`;
  const wait = cert.experienceYears
    ? `; needs ${cert.experienceYears} year${cert.experienceYears === 1 ? '' : 's'} of work experience before it is granted, so plan it for later`
    : '';
  return `${cert.issuer}, ${price} as of ${cert.asOf}${cert.priceEstimate ? ' (an estimate)' : ''}${wait}`;
}

/** "CISSP (ISC2, $749 as of 2026-11-24; needs 5 years …)". */
export function certificationText(cert: CertFields): string {
  return `${cert.name} (${certificationDetails(cert)})`;
}
