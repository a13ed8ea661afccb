import { z } from 'zod';
import { buildGuide } from '../domain/guide/buildGuide.ts';
import type { Guide } from '../domain/guide/guideSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { parsePersonInput } from './parsePersonInput.ts';
import { parseRequest, type RequestInput } from './parseRequest.ts';
import { PersonRequestSchema, roleName } from './requestFields.ts';
import { resolveMove } from './resolveRole.ts';

/** A guide request as the API, the CLI and the pages send it (DESIGN §2 names). */
export const GuideRequestSchema = z.object({
  from: roleName('Software Engineer'),
  to: roleName('Machine Learning Engineer'),
  ...PersonRequestSchema.shape,
});
export type GuideRequest = RequestInput<typeof GuideRequestSchema>;

/** Checks the request, resolves both roles and the person, and builds the guide. */
export function getGuide(kb: KnowledgeBase, input: GuideRequest): Guide {
  const request = parseRequest(GuideRequestSchema, input);
  const { from, to } = resolveMove(kb, request);
  return buildGuide(kb, from, to, parsePersonInput(kb, request));
}
