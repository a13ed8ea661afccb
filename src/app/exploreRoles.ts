import { z } from 'zod';
import { explore } from '../domain/explore/explore.ts';
import { ExploreFiltersSchema, ExploreResultSchema } from '../domain/explore/exploreSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { AppError } from './appError.ts';
import {
  type PersonInput,
  parseKnownSkillsLenient,
  parsePersonInput,
  type UnrecognisedSkill,
} from './parsePersonInput.ts';
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

/** Recommendations, and the skill names that matched nothing (listed back, never a reason to refuse the rest). */
export const ExploreAnswerSchema = ExploreResultSchema.extend({
  unrecognised: z.array(z.object({ text: z.string(), suggestions: z.array(z.string()) })),
}).meta({ id: 'ExploreResult' });
export type ExploreAnswer = z.infer<typeof ExploreAnswerSchema>;

/** "we did not recognise 'vba' (did you mean VBA macros?)": one sentence for every surface. */
export function unrecognisedText(unrecognised: readonly UnrecognisedSkill[]): string {
  return `We did not recognise ${unrecognised
    .map((entry) =>
      entry.suggestions.length > 0
        ? `"${entry.text}" (did you mean ${entry.suggestions.join(', ')}?)`
        : `"${entry.text}"`,
    )
    .join('; ')}.`;
}

/** Recommendations for a role and/or known skills, with filters checked at the edge. */
export function exploreRoles(kb: KnowledgeBase, request: ExploreRequest): ExploreAnswer {
  const hasFrom = request.from !== undefined && request.from.trim() !== '';
  if (!hasFrom && (request.know === undefined || request.know === '')) {
    throw new AppError('invalid-input', 'give a current role (from) or known skills (know), or both', {
      field: 'from',
    });
  }
  const from = hasFrom ? resolveRole(kb, request.from as string, 'from') : undefined;
  const { known, unrecognised } = parseKnownSkillsLenient(kb, request.know);
  if (!from && Object.keys(known).length === 0) {
    throw new AppError(
      'invalid-input',
      `${unrecognisedText(unrecognised)} Name at least one skill we know, or a role.`,
      {
        field: 'know',
      },
    );
  }
  const person = parsePersonInput(kb, { ...request, know: known });
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
  return { ...explore(kb, from ? { from, person } : { person }, filters.data), unrecognised };
}
