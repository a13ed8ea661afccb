import { z } from 'zod';
import { explore } from '../domain/explore/explore.ts';
import { ExploreFiltersSchema, type ExploreResult } from '../domain/explore/exploreSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { AppError } from './appError.ts';
import { type PersonInput, parsePersonInput } from './parsePersonInput.ts';
import { resolveRole } from './resolveRole.ts';

export interface ExploreRequest extends PersonInput {
  readonly from?: string | undefined;
  readonly family?: string | undefined;
  readonly maxMonths?: string | number | undefined;
  readonly minSalaryChange?: string | number | undefined;
  readonly limit?: string | number | undefined;
}

const numeric = (value: string | number | undefined) =>
  value === undefined || value === '' ? undefined : typeof value === 'number' ? value : Number(value.trim());

const FIELD_NAMES: Record<string, string> = { minSalaryChangePct: 'minSalaryChange' };

/** Recommendations for a role and/or known skills, with filters checked at the edge. */
export function exploreRoles(kb: KnowledgeBase, request: ExploreRequest): ExploreResult {
  const hasFrom = request.from !== undefined && request.from.trim() !== '';
  if (!hasFrom && (request.know === undefined || request.know === '')) {
    throw new AppError('invalid-input', 'give a current role (from) or known skills (know), or both', {
      field: 'from',
    });
  }
  const from = hasFrom ? resolveRole(kb, request.from as string, 'from') : undefined;
  const person = parsePersonInput(kb, request);
  const filters = ExploreFiltersSchema.safeParse({
    family: request.family === '' ? undefined : request.family,
    maxMonths: numeric(request.maxMonths),
    minSalaryChangePct: numeric(request.minSalaryChange),
    limit: numeric(request.limit),
  });
  if (!filters.success) {
    const issue = filters.error.issues[0];
    const field = String(issue?.path[0] ?? 'filters');
    const message = Number.isNaN(numeric(request[field as 'maxMonths']))
      ? 'must be a number'
      : (issue?.message ?? '');
    throw new AppError('invalid-input', message || z.prettifyError(filters.error), {
      field: FIELD_NAMES[field] ?? field,
    });
  }
  return explore(kb, from ? { from, person } : { person }, filters.data);
}
