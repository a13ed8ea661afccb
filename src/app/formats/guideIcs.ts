import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Guide } from '../../domain/guide/guideSchema.ts';
import { addDays, levelName } from '../../domain/guide/words.ts';

const dateArray = (iso: string): DateArray => {
  const [year, month, day] = iso.split('-').map(Number);
  return [year ?? 1970, month ?? 1, day ?? 1];
};

/** One all-day event per roadmap phase and one per skill milestone, from the guide's start date. */
export function guideIcs(guide: Guide): string {
  const start = guide.person.startDate;
  if (!start) throw new Error('guideIcs needs a guide computed with a start date');
  const slug = `${guide.from.id}-to-${guide.to.id}`;
  const events: EventAttributes[] = [];
  for (const phase of guide.roadmap) {
    const first = addDays(start, (phase.startWeek - 1) * 7);
    const endExclusive = addDays(start, (phase.startWeek - 1 + phase.weeks) * 7);
    events.push({
      uid: `${slug}-phase-${phase.index}@pathway`,
      title: `Phase ${phase.index}: ${phase.title}`,
      description: phase.tasks.join('\n'),
      start: dateArray(first),
      end: dateArray(endExclusive),
      productId: 'pathway/guide',
      calName: guide.title,
    });
    let week = phase.startWeek;
    for (const skillId of phase.skills) {
      const item = guide.skillsToLearn.find((entry) => entry.skill.id === skillId);
      if (!item || phase.kind === 'portfolio') continue;
      week += item.weeks;
      const day = addDays(start, (week - 1) * 7 - 1);
      events.push({
        uid: `${slug}-milestone-${skillId}@pathway`,
        title: `Milestone: ${item.skill.name} at ${levelName(item.toLevel)} level`,
        description: item.howToLearn,
        start: dateArray(day),
        end: dateArray(addDays(day, 1)),
        productId: 'pathway/guide',
        calName: guide.title,
      });
    }
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('could not build the calendar');
  return value;
}
