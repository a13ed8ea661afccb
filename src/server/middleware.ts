import { createHash, randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { problemResponse } from './problem.ts';

/** What the server logs through; pino satisfies it, tests pass nothing. */
export interface RequestLogger {
  info(entry: Record<string, unknown>, message: string): void;
  warn(entry: Record<string, unknown>, message: string): void;
  error(entry: Record<string, unknown>, message: string): void;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const PLAN_ID_IN_PATH = /(\/plans\/)[^/]+/;

/** A path fit for a log: a plan's id is its only key, so it never reaches the log. */
export function redactPath(path: string): string {
  return path.replace(PLAN_ID_IN_PATH, '$1:id');
}

/**
 * Gives every request an id (kept from X-Request-Id when well-formed) and logs method, path, status and
 * duration. The query string is never logged (it can hold known skills and salaries), nor a plan's id.
 */
export function requestLog(logger: RequestLogger | undefined): MiddlewareHandler {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    logger?.info(
      {
        requestId,
        method: c.req.method,
        path: redactPath(c.req.path),
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
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

/**
 * For GET responses that depend only on the KB and the URL: a weak ETag of both, 304 on a match, and a
 * shared cache lifetime.
 */
export function kbEtag(kbVersion: string, maxAgeSeconds: number): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = new URL(c.req.url);
    const etag = `W/"${kbVersion}-${createHash('sha256').update(`${url.pathname}?${url.search}`).digest('hex').slice(0, 20)}"`;
    if (c.req.header('If-None-Match') === etag) {
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
