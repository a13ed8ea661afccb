import type { z } from 'zod';
import { AppError } from './appError.ts';

/** What a surface hands a use case: any field may be missing or malformed; the use case's schema says which. */
export type RequestInput<S extends z.ZodType> = { [K in keyof z.input<S>]?: z.input<S>[K] | undefined };

export interface RequestProblem {
  /** The public parameter at fault (`hours`, `to`, …); none for the request as a whole. */
  readonly field: string | undefined;
  readonly message: string;
}

/** The public name of the field an issue is about: a JSON body groups the person's fields under `person`. */
function fieldOf(path: readonly PropertyKey[]): string | undefined {
  const [first, second] = path;
  const field = first === 'person' && second !== undefined ? second : first;
  return typeof field === 'string' ? field : undefined;
}

/** Every problem of a request that failed its schema, in the schema's own words. */
export function requestProblems(error: z.ZodError): RequestProblem[] {
  return error.issues.map((issue) => ({ field: fieldOf(issue.path), message: issue.message }));
}

/** Parses a request with its schema; a bad one is an invalid-input AppError naming the first field at fault. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [first] = requestProblems(result.error);
  throw new AppError('invalid-input', first?.message ?? 'the request is not valid', {
    ...(first?.field ? { field: first.field } : {}),
  });
}
