import { z } from 'zod';
import { LevelSchema } from '../kb/schemas.ts';

export const MAX_KNOWN_SKILLS = 200;

/** Plans start in this century: calendars, week numbers and dates stay meaningful (no year 0000 or 9999). */
export const START_DATE_RANGE = { min: '2000-01-01', max: '2099-12-31' } as const;

/** Where the person's own budget limits the resources a plan picks: free ones only, or any. */
export const BudgetSchema = z.enum(['free', 'any'], { error: 'must be "free" or "any"' });
export type Budget = z.infer<typeof BudgetSchema>;

/** The hours a week a plan can be paced at. */
export const HOURS_PER_WEEK = { min: 1, max: 80 } as const;

export const HoursPerWeekSchema = z
  .number({ error: 'must be a number' })
  .min(HOURS_PER_WEEK.min, `must be at least ${HOURS_PER_WEEK.min}`)
  .max(HOURS_PER_WEEK.max, `must be at most ${HOURS_PER_WEEK.max}`);

export const CurrentSalarySchema = z
  .number({ error: 'must be a number' })
  .positive('must be a positive amount')
  .max(10_000_000, 'must be at most 10,000,000');

export const StartDateSchema = z.iso
  .date('must be a real calendar date written YYYY-MM-DD')
  .refine((date) => date >= START_DATE_RANGE.min && date <= START_DATE_RANGE.max, {
    message: `must be between ${START_DATE_RANGE.min} and ${START_DATE_RANGE.max}`,
  });

/** What a person tells us about themselves (DESIGN §5 inputs); skill ids are already resolved. */
export const PersonSchema = z.object({
  known: z
    .record(z.string(), LevelSchema)
    .refine((known) => Object.keys(known).length <= MAX_KNOWN_SKILLS, {
      message: `at most ${MAX_KNOWN_SKILLS} known skills`,
    })
    .default({}),
  hoursPerWeek: HoursPerWeekSchema.default(10),
  budget: BudgetSchema.default('any'),
  currentSalary: CurrentSalarySchema.optional(),
  startDate: StartDateSchema.optional(),
});

export type Person = z.infer<typeof PersonSchema>;

export const DEFAULT_PERSON: Person = PersonSchema.parse({});
