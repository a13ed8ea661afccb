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
  throw new AppError('invalid-input', `--format must be one of ${allowed.join(', ')} (got "${value}")`, {
    field: '--format',
  });
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The two roles every pair command needs; the missing one is named. */
export function requireFromTo(values: { from?: string | undefined; to?: string | undefined }): {
  from: string;
  to: string;
} {
  if (!values.from || !values.to) {
    throw new AppError(
      'invalid-input',
      'both --from and --to are required, e.g. --from "Software Engineer" --to "ML Engineer"',
      {
        field: values.from ? 'to' : 'from',
      },
    );
  }
  return { from: values.from, to: values.to };
}
