import { z } from 'zod';
import { LevelSchema } from '../kb/schemas.ts';

export const MAX_KNOWN_SKILLS = 200;

/** Plans start in this century: calendars, week numbers and dates stay meaningful (no year 0000 or 9999). */
export const START_DATE_RANGE = { min: '2000-01-01', max: '2099-12-31' } as const;

/** What a person tells us about themselves (DESIGN §5 inputs); skill ids are already resolved. */
export const PersonSchema = z.object({
  known: z
    .record(z.string(), LevelSchema)
    .refine((known) => Object.keys(known).length <= MAX_KNOWN_SKILLS, {
      message: `at most ${MAX_KNOWN_SKILLS} known skills`,
    })
    .default({}),
  hoursPerWeek: z.number().min(1, 'must be at least 1').max(80, 'must be at most 80').default(10),
  budget: z.enum(['free', 'any']).default('any'),
  currentSalary: z.number().positive('must be a positive amount').max(10_000_000).optional(),
  startDate: z.iso
    .date('must be a date written YYYY-MM-DD')
    .refine((date) => date >= START_DATE_RANGE.min && date <= START_DATE_RANGE.max, {
      message: `must be between ${START_DATE_RANGE.min} and ${START_DATE_RANGE.max}`,
    })
    .optional(),
});

export type Person = z.infer<typeof PersonSchema>;

export const DEFAULT_PERSON: Person = PersonSchema.parse({});
