import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import { problemResponse } from './problem.ts';

/** What the server logs through; pino satisfies it, tests pass nothing. */
export interface RequestLogger {
  info(entry: Record<string, unknown>, message: string): void;
  warn(entry: Record<string, unknown>, message: string): void;
  error(entry: Record<string, unknown>, message: string): void;
}

const PLAN_ID_IN_PATH = /(\/plans\/)[^/]+/;

/** A path fit for a log: a plan's id is its only key, so it never reaches the log. */
export function redactPath(path: string): string {
  return path.replace(PLAN_ID_IN_PATH, '$1:id');
}

const assignRequestId = requestId({ limitLength: 64 });

/**
 * Gives every request an id (hono's request-id: kept from X-Request-Id when well-formed, else a UUID) and logs
 * method, path, status and duration. The query string is never logged (it can hold known skills and salaries),
 * nor a plan's id.
 */
export function requestLog(logger: RequestLogger | undefined): MiddlewareHandler {
  return (c, next) =>
    assignRequestId(c, async () => {
      const started = performance.now();
      await next();
      logger?.info(
        {
          requestId: c.get('requestId'),
          method: c.req.method,
          path: redactPath(c.req.path),
          status: c.res.status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    });
}

/** Fixed-window rate limit per client; `perMinute` 0 turns it off. `refuse` renders the 429 (default: a problem). */
export function rateLimit(
  perMinute: number,
  clientKey: (c: Context) => string,
  now: () => number,
  refuse: (c: Context, message: string) => Response | Promise<Response> = (c, message) =>
    problemResponse(c, 429, message),
): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const time = now();
    const key = clientKey(c);
    let window = windows.get(key);
    if (!window || time - window.start >= 60_000) {
      if (windows.size > 10_000)
        for (const [k, w] of windows) if (time - w.start >= 60_000) windows.delete(k);
      window = { start: time, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    c.header('RateLimit-Limit', String(perMinute));
    c.header('RateLimit-Remaining', String(Math.max(0, perMinute - window.count)));
    if (window.count > perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.start + 60_000 - time) / 1000));
      c.header('Retry-After', String(retryAfter));
      return refuse(c, `at most ${perMinute} requests a minute; retry in ${retryAfter} s`);
    }
    return next();
  };
}

/** The weak ETag of a response that depends only on the KB (its version) and `key` (path and query). */
export function kbEtagOf(kbVersion: string, key: string): string {
  return `W/"${kbVersion}-${createHash('sha256').update(key).digest('hex').slice(0, 20)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** If-None-Match against `etag` by weak comparison (a gzipped copy's W/ tag still matches), lists and `*`. */
export function clientHas(c: Context, etag: string): boolean {
  const header = c.req.header('If-None-Match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * The one conditional-GET step: sets ETag and Cache-Control and, when the client already has this
 * representation, returns the 304 to send instead of the body.
 */
export function notModified(c: Context, etag: string, cacheControl: string): Response | undefined {
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  return clientHas(c, etag) ? c.body(null, 304) : undefined;
}

/** For GET responses that depend only on the KB and the URL: `kbEtagOf` both, 304 on a match, shared caching. */
export function kbEtag(kbVersion: string, maxAgeSeconds: number): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = new URL(c.req.url);
    const etag = kbEtagOf(kbVersion, `${url.pathname}?${url.search}`);
    if (clientHas(c, etag)) {
      c.header('ETag', etag);
      return c.body(null, 304);
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', `public, max-age=${maxAgeSeconds}`);
    }
  };
}
