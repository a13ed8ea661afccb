import { buildGuide } from '../domain/guide/buildGuide.ts';
import type { Guide } from '../domain/guide/guideSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { AppError } from './appError.ts';
import { type PersonInput, parsePersonInput } from './parsePersonInput.ts';
import { resolveRole, resolveTarget } from './resolveRole.ts';

export interface GuideRequest extends PersonInput {
  readonly from: string;
  readonly to: string;
}

/** Resolves both roles, parses the person, and builds the guide. */
export function getGuide(kb: KnowledgeBase, request: GuideRequest): Guide {
  const source = resolveRole(kb, request.from, 'from');
  const target = resolveTarget(kb, request.to, 'to');
  if (source.id === target.id) {
    throw new AppError(
      'invalid-input',
      `"${request.from}" and "${request.to}" are the same role (${source.title}); pick a different target.`,
      { field: 'to' },
    );
  }
  return buildGuide(kb, source, target, parsePersonInput(kb, request));
}
