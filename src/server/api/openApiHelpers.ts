import type { Context } from 'hono';
import type { z } from 'zod';
import { requestProblems } from '../../app/parseRequest.ts';
import { problemResponse } from '../problem.ts';
import { ProblemSchema } from './apiSchemas.ts';

export const problemContent = { 'application/problem+json': { schema: ProblemSchema } };

export function problems(...statuses: (400 | 404 | 405 | 429 | 503)[]) {
  const descriptions = {
    400: 'Invalid input; `field` names the parameter at fault.',
    404: 'Unknown role, skill or plan; roles come with `suggestions`.',
    405: 'Method not allowed; see Allow.',
    429: 'Rate limit exceeded; see Retry-After.',
    503: 'The database cannot be reached; retry after Retry-After seconds.',
  };
  return Object.fromEntries(
    statuses.map((status) => [status, { description: descriptions[status], content: problemContent }]),
  );
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** Validation failures become 400 problem documents listing every failing field. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const errors = requestProblems(result.error).map(({ field, message }) => ({
    field: field ?? 'body',
    message,
  }));
  return problemResponse(c, 400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
    field: errors[0]?.field ?? 'body',
    errors,
  });
}
