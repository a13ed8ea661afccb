import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { DateArray, EventAttributes } from 'ics';
import type { Guide } from '../../domain/guide/guideSchema.ts';
import { addDays, levelName } from '../../domain/guide/words.ts';

/**
 * `ics` and the validator it brings are loaded with the first calendar rather than when the server starts
 * (about 30 ms of start-up that most processes never use back).
 */
let ics: typeof import('ics') | undefined;
const calendarLibrary = () => {
  ics ??= createRequire(import.meta.url)('ics') as typeof import('ics');
  return ics;
};

const dateArray = (iso: string): DateArray => {
  const [year, month, day] = iso.split('-').map(Number);
  return [year ?? 2000, month ?? 1, day ?? 1];
};

/** A short fingerprint of what makes this calendar this person's: the inputs behind the guide and the KB. */
function personalScope(guide: Guide): string {
  const inputs = JSON.stringify([guide.person, guide.kbVersion]);
  return createHash('sha256').update(inputs).digest('hex').slice(0, 12);
}

export interface IcsOptions {
  /** The first day of the plan; default the guide's start date. */
  readonly start?: string;
  /** What keeps these events apart from other calendars' (a saved plan's id); default the inputs' fingerprint. */
  readonly scope?: string;
}

/**
 * The plan's milestones as one-day events: the day each phase starts (with its tasks), the day each skill
 * should reach its job-ready level, and the day the plan ends. Event ids carry the scope, so two plans or two
 * personalisations of one move never overwrite each other in a calendar.
 */
export function guideIcs(guide: Guide, options: IcsOptions = {}): string {
  const start = options.start ?? guide.person.startDate;
  if (!start) throw new Error('guideIcs needs a start date');
  const uid = (what: string) =>
    `${guide.from.id}-to-${guide.to.id}-${options.scope ?? personalScope(guide)}-${what}@pathway`;
  const day = (iso: string) => ({ start: dateArray(iso), end: dateArray(addDays(iso, 1)) });
  const common = { productId: 'pathway/guide', calName: guide.title } as const;
  const events: EventAttributes[] = [];
  for (const phase of guide.roadmap) {
    events.push({
      ...common,
      uid: uid(`phase-${phase.index}`),
      title: `Start phase ${phase.index}: ${phase.title} (${phase.weeks} week${phase.weeks === 1 ? '' : 's'})`,
      description: phase.tasks.join('\n'),
      ...day(addDays(start, (phase.startWeek - 1) * 7)),
    });
    let week = phase.startWeek;
    for (const skillId of phase.skills) {
      const item = guide.skillsToLearn.find((entry) => entry.skill.id === skillId);
      if (!item || phase.kind === 'portfolio') continue;
      week += item.weeks;
      events.push({
        ...common,
        uid: uid(`milestone-${skillId}`),
        title: `Milestone: ${item.skill.name} at ${levelName(item.toLevel)} level`,
        description: item.howToLearn,
        ...day(addDays(start, (week - 1) * 7 - 1)),
      });
    }
  }
  events.push({
    ...common,
    uid: uid('end'),
    title: `Plan ends: ready to work as ${guide.to.title}`,
    description: `The end of the ${guide.headline.timeline.totalWeeks}-week plan at ${guide.headline.timeline.hoursPerWeek} hours a week.`,
    ...day(addDays(start, guide.headline.timeline.totalWeeks * 7 - 1)),
  });
  const { error, value } = calendarLibrary().createEvents(events);
  if (error || !value) throw error ?? new Error('could not build the calendar');
  return value;
}
