import { z } from 'zod';
import { explore } from '../domain/explore/explore.ts';
import { EducationLevelSchema, ExploreResultSchema } from '../domain/explore/exploreSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { AppError } from './appError.ts';
import { parseKnownSkillsLenient, parsePersonInput, type UnrecognisedSkill } from './parsePersonInput.ts';
import { parseRequest, type RequestInput } from './parseRequest.ts';
import {
  FamilyParam,
  KnownSkillsText,
  numberBetween,
  numberParam,
  PersonRequestSchema,
  roleName,
  textParam,
  wholeNumber,
} from './requestFields.ts';
import { resolveRole } from './resolveRole.ts';

/** The longest timeline the explore filter accepts, in months. */
export const MAX_MONTHS_FILTER = 120;

const FROM_OR_KNOW = 'give a current role (from) or known skills (know), or both';

/** Recommendations for where someone stands: a current role, known skills or both, and optional filters. */
export const ExploreRequestSchema = z
  .object({
    from: textParam(roleName('Data Analyst', FROM_OR_KNOW).optional()).meta({
      description: 'Current role; give this, know, or both.',
      example: 'Data Analyst',
    }),
    family: FamilyParam,
    maxMonths: numberParam(wholeNumber(1, MAX_MONTHS_FILTER).optional()).meta({ example: 24 }),
    minSalaryChange: numberParam(numberBetween(-100, 500).optional()).meta({
      description: 'Minimum median pay change, %.',
    }),
    jobZone: numberParam(wholeNumber(1, 5).optional()).meta({
      description: 'O*NET job zone at most: 1 little preparation, 3 medium, 5 extensive.',
      example: 3,
    }),
    education: textParam(
      EducationLevelSchema.optional().meta({
        description: 'Education most people in the job report, at most.',
      }),
    ),
    minPay: numberParam(numberBetween(0, 1_000_000).optional()).meta({
      description: 'Median pay at least, USD a year.',
    }),
    minGrowth: numberParam(numberBetween(-100, 500).optional()).meta({
      description: 'Projected employment growth 2024–34 at least, %.',
    }),
    limit: numberParam(wholeNumber(1, 100).default(10)),
    ...PersonRequestSchema.shape,
    know: textParam(KnownSkillsText.optional()),
  })
  .refine((request) => request.from !== undefined || request.know !== undefined, {
    path: ['from'],
    message: FROM_OR_KNOW,
  });
export type ExploreRequest = RequestInput<typeof ExploreRequestSchema>;

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

/** Recommendations for a role and/or known skills; names that match no skill are listed back. */
export function exploreRoles(kb: KnowledgeBase, input: ExploreRequest): ExploreAnswer {
  const request = parseRequest(ExploreRequestSchema, input);
  const from = request.from === undefined ? undefined : resolveRole(kb, request.from, 'from');
  const { known, unrecognised } = parseKnownSkillsLenient(kb, request.know);
  if (!from && Object.keys(known).length === 0) {
    throw new AppError(
      'invalid-input',
      `${unrecognisedText(unrecognised)} Name at least one skill we know, or a role.`,
      { field: 'know' },
    );
  }
  const person = parsePersonInput(kb, { ...request, know: known });
  const filters = {
    family: request.family,
    maxMonths: request.maxMonths,
    minSalaryChangePct: request.minSalaryChange,
    maxJobZone: request.jobZone,
    maxEducation: request.education,
    minMedianPay: request.minPay,
    minGrowthPct: request.minGrowth,
    limit: request.limit,
  };
  return { ...explore(kb, from ? { from, person } : { person }, filters), unrecognised };
}
