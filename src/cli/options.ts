import { AppError } from '../app/appError.ts';

export type Format = 'text' | 'md' | 'json';

/** Parses --format against the formats a command supports. */
export function parseFormat<F extends Format>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new AppError('invalid-input', `must be one of ${allowed.join(', ')} (got "${value}")`, {
    field: 'format',
  });
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
