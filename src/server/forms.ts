import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../app/appError.ts';
import type { AppDeps } from './deps.ts';
import { isSameOrigin } from './proxy.ts';

export type FormBody = Record<string, string | File | (string | File)[]>;

/** The submitted form; a body that does not parse as the form it claims to be is the sender's error (400). */
export async function readForm(c: Context): Promise<FormBody> {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new AppError('invalid-input', 'The form could not be read: the request body is malformed.', {
      field: 'body',
    });
  }
}

/** A form field's single text value. */
export function formField(form: FormBody, name: string): string | undefined {
  const value = form[name];
  return typeof value === 'string' ? value : undefined;
}

/** Every text value a form field was sent with (checkbox groups). */
export function formValues(form: FormBody, name: string): Set<string> {
  const value = form[name];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return new Set(list.filter((v): v is string => typeof v === 'string'));
}

/**
 * For every form route: a form must come from this site (no accounts, but no drive-by writes either); a
 * cross-site POST gets a 400 page naming the origin.
 */
export function sameSiteForms(deps: Pick<AppDeps, 'proxy'>): MiddlewareHandler {
  return async (c, next) => {
    if (!isSameOrigin(c, deps.proxy ?? {})) {
      throw new AppError('invalid-input', 'This form must be sent from Pathway itself.', { field: 'origin' });
    }
    await next();
  };
}
