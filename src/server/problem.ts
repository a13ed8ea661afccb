import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { pino } from 'pino';
import { AppError, httpStatusFor } from '../app/appError.ts';
import { ErrorPage } from '../web/views/errorPage.tsx';
import type { AppDeps } from './deps.ts';
import { type RequestLogger, redactPath } from './middleware.ts';

/** Where a bug is logged when the app was given no logger (tests, embedding): one JSON line on stderr. */
let fallback: RequestLogger | undefined;
function fallbackLogger(): RequestLogger {
  fallback ??= pino({ level: 'error' }, pino.destination(2));
  return fallback;
}

// Every failure the server answers is rendered here: problem+json under /api, an error page elsewhere.

const PROBLEM_TITLES: Record<number, string> = {
  400: 'Invalid request',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Request body too large',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

const PAGE_TITLES: Record<number, string> = {
  400: 'That request needs a fix',
  404: 'We could not find that',
  500: 'Something went wrong on our side',
  503: 'Saving is unavailable right now',
};

/** Seconds a client should wait before retrying a request that failed because the database is away. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** An RFC 9457 problem document. */
export function problemResponse(
  c: Context,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  const body = {
    type: `https://pathway.invalid/problems/${status}`,
    title: PROBLEM_TITLES[status] ?? 'Error',
    status,
    detail,
    ...extra,
  };
  return c.body(JSON.stringify(body), status as 400, { 'Content-Type': 'application/problem+json' });
}

/** How a page shows its expected failures, where the plain error page linking role hubs is not enough. */
export interface FailureView {
  /** Where a "did you mean" suggestion for `field` leads (default: the role's hub). */
  readonly suggestionHref?: (id: string, field: string | undefined) => string;
  /** The page itself with the problem above its form, everything typed kept (for invalid input). */
  readonly inline?: (problem: string) => string | Promise<string>;
}

declare module 'hono' {
  interface ContextVariableMap {
    failureView: FailureView | undefined;
  }
}

/** Called by a page route before it does its work; the error handler reads it if the work fails. */
export function failureView(c: Context, view: FailureView): void {
  c.set('failureView', view);
}

export interface Failure {
  readonly status: number;
  readonly message: string;
  /** The page heading; by default the status's own. */
  readonly title?: string;
  /** The input at fault; pages name it for a 400 only. */
  readonly field?: string | undefined;
  readonly suggestions?: readonly { id: string; title: string }[] | undefined;
}

/** A failure as this request's surface shows it. */
export function failure(c: Context, kbVersion: string, failure: Failure): Response | Promise<Response> {
  const { status, message, field, suggestions } = failure;
  if (c.req.path.startsWith('/api/')) {
    return problemResponse(c, status, message, {
      ...(field ? { field } : {}),
      ...(suggestions ? { suggestions } : {}),
    });
  }
  const href = c.get('failureView')?.suggestionHref ?? ((id: string) => `/roles/${id}`);
  c.status(status as ContentfulStatusCode);
  return c.html(
    ErrorPage({
      status,
      title: failure.title ?? PAGE_TITLES[status] ?? 'Error',
      message,
      field: status === 400 ? field : undefined,
      suggestions: (suggestions ?? []).map((s) => ({ href: href(s.id, field), label: s.title })),
      kbVersion,
    }),
  );
}

/** An expected failure: its status from the app's one table, and a retry hint while the database is away. */
function appErrorResponse(c: Context, kbVersion: string, error: AppError): Response | Promise<Response> {
  if (error.code === 'unavailable') c.header('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
  const { field, suggestions } = error.details;
  const inline = c.get('failureView')?.inline;
  if (error.code === 'invalid-input' && inline) {
    c.status(400);
    return c.html(inline(`${field ? `${field}: ` : ''}${error.message}`));
  }
  return failure(c, kbVersion, {
    status: httpStatusFor[error.code],
    message: error.message,
    field,
    suggestions,
  });
}

/**
 * app.onError: an AppError is an expected failure and is shown as such; a request the framework refused before
 * any route ran (a body that is not JSON) is the sender's; anything else is a bug: logged, shown without internals.
 */
export function errorHandler(deps: Pick<AppDeps, 'kb' | 'logger'>): ErrorHandler {
  const { kbVersion } = deps.kb;
  return (error, c) => {
    if (error instanceof AppError) return appErrorResponse(c, kbVersion, error);
    if (error instanceof HTTPException && error.status < 500) {
      const title = PAGE_TITLES[400];
      return failure(c, kbVersion, { status: error.status, title, message: error.message, field: 'body' });
    }
    const entry = {
      path: redactPath(c.req.path),
      err: { type: error.name, message: error.message, stack: error.stack },
    };
    (deps.logger ?? fallbackLogger()).error(entry, 'unhandled error');
    return failure(c, kbVersion, { status: 500, message: 'The error has been logged. Please try again.' });
  };
}
