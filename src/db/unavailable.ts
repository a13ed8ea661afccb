import { AppError } from '../app/appError.ts';

/** Socket-level failures: the database cannot be reached or dropped the connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs that mean "the server is going away or not accepting work", not "your query is wrong". */
const SERVER_GONE = new Set(['57P01', '57P02', '57P03', '53300']);

const DROPPED =
  /connection terminated|terminating connection|timeout exceeded when trying to connect|connection is closed|client has encountered a connection error|not queryable/i;

/** True when an error says the database is unreachable for now, so a retry later can succeed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_GONE.has(code) || code.startsWith('08')))
    return true;
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return DROPPED.test(error.message);
}

export const UNAVAILABLE_MESSAGE =
  'Saving is unavailable right now: the database cannot be reached. Guides, hubs and every page that needs no saved data still work; try again in a minute.';

export function unavailableError(): AppError {
  return new AppError('unavailable', UNAVAILABLE_MESSAGE);
}

/** Rethrows a connection failure as the app's "unavailable" error; anything else as it was. */
export function mapUnavailable(error: unknown): never {
  throw isDatabaseUnavailable(error) ? unavailableError() : error;
}

/**
 * Wraps every async method of a repository so a lost database surfaces as `unavailable` (503), never as a
 * bug (500).
 */
export function guardRepository<T extends object>(repository: T): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(repository)) {
    guarded[name] =
      typeof value === 'function'
        ? (...args: unknown[]) =>
            (value as (...a: unknown[]) => Promise<unknown>)(...args).catch(mapUnavailable)
        : value;
  }
  return guarded as T;
}
