import type { Guide } from '../../domain/guide/guideSchema.ts';

/** "Save this plan": posts the guide's inputs so the server stores them with the computed guide. */
export function SavePlanForm({ guide }: { guide: Guide }) {
  const known = Object.entries(guide.person.known)
    .map(([skill, level]) => `${skill}:${level}`)
    .join(',');
  const fields: [string, string][] = [
    ['from', guide.from.id],
    ['to', guide.to.id],
    ['know', known],
    ['hours', String(guide.person.hoursPerWeek)],
    ['budget', guide.person.budget],
    ['salary', guide.person.currentSalary === undefined ? '' : String(guide.person.currentSalary)],
    ['start', guide.person.startDate ?? ''],
  ];
  return (
    <form method="post" action="/plans" class="no-print">
      {fields
        .filter(([, value]) => value !== '')
        .map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
      <button type="submit">Save this plan</button>{' '}
      <span class="muted">and tick off tasks as you go; you get a private link, no account needed.</span>
    </form>
  );
}
