import { AppError } from './appError.ts';

/** The longest role or skill name any surface accepts; real titles are far shorter (the longest is 45). */
export const MAX_NAME_LENGTH = 200;

/** Refuses an over-long name before any lookup or fuzzy search spends time on it. */
export function checkNameLength(name: string, field: string, what: 'role' | 'skill'): void {
  if (name.length > MAX_NAME_LENGTH) {
    throw new AppError(
      'invalid-input',
      `a ${what} name is at most ${MAX_NAME_LENGTH} characters (this one has ${name.length.toLocaleString('en-US')})`,
      { field },
    );
  }
}
