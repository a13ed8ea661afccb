import type { Context } from 'hono';
import { AppError, httpStatusFor } from '../app/appError.ts';

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Request body too large',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** Seconds a client should wait before retrying a request that failed because the database is away. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** An RFC 9457 problem document for an expected failure; anything else is rethrown to the error handler. */
export function problem(c: Context, error: unknown): Response {
  if (!(error instanceof AppError)) throw error;
  const status = httpStatusFor[error.code];
  if (status === 503) c.header('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
  return problemResponse(c, status, error.message, {
    ...(error.details.field ? { field: error.details.field } : {}),
    ...(error.details.suggestions ? { suggestions: error.details.suggestions } : {}),
  });
}

export function problemResponse(
  c: Context,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  const body = {
    type: `https://pathway.invalid/problems/${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...extra,
  };
  return c.body(JSON.stringify(body), status as 400, { 'Content-Type': 'application/problem+json' });
}
