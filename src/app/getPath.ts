import { z } from 'zod';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { findPath } from '../domain/path/findPath.ts';
import type { PathResult } from '../domain/path/pathSchema.ts';
import { parsePersonInput } from './parsePersonInput.ts';
import { parseRequest, type RequestInput } from './parseRequest.ts';
import { KnownSkillsText, numberParam, PersonRequestSchema, roleName, wholeNumber } from './requestFields.ts';
import { resolveMove } from './resolveRole.ts';

export const MAX_PATH_STEPS = 4;
export const DEFAULT_PATH_STEPS = 3;

/** A multi-step path request (DESIGN §5.15). */
export const PathRequestSchema = z.object({
  from: roleName('Teacher'),
  to: roleName('Machine Learning Engineer'),
  maxSteps: numberParam(wholeNumber(1, MAX_PATH_STEPS).default(DEFAULT_PATH_STEPS)).meta({
    example: DEFAULT_PATH_STEPS,
  }),
  know: KnownSkillsText.optional(),
  hours: PersonRequestSchema.shape.hours,
});
export type PathRequest = RequestInput<typeof PathRequestSchema>;

export function getPath(kb: KnowledgeBase, input: PathRequest): PathResult {
  const request = parseRequest(PathRequestSchema, input);
  const { from, to } = resolveMove(kb, request);
  return findPath(kb, from, to, parsePersonInput(kb, request), { maxSteps: request.maxSteps });
}
