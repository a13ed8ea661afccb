import type { Context } from 'hono';
import { AppError, httpStatusFor } from '../app/appError.ts';
import { ErrorPage } from '../web/views/errorPage.tsx';
import { UNAVAILABLE_RETRY_SECONDS } from './problem.ts';

const TITLES: Record<number, string> = {
  400: 'That request needs a fix',
  404: 'We could not find that',
  500: 'Something went wrong on our side',
  503: 'Saving is unavailable right now',
};

/**
 * Renders an expected failure as a page. `suggestionHref` turns a suggested id into a link for this route.
 */
export function errorPage(
  c: Context,
  error: unknown,
  kbVersion: string,
  suggestionHref: (id: string) => string = (id) => `/roles/${id}`,
) {
  if (!(error instanceof AppError)) throw error;
  const status = httpStatusFor[error.code] as 400 | 404 | 500 | 503;
  c.status(status);
  if (status === 503) c.header('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
  return c.html(
    <ErrorPage
      status={status}
      title={TITLES[status] ?? 'Error'}
      message={error.message}
      field={error.code === 'invalid-input' ? error.details.field : undefined}
      suggestions={(error.details.suggestions ?? []).map((s) => ({
        href: suggestionHref(s.id),
        label: s.title,
      }))}
      kbVersion={kbVersion}
    />,
  );
}
