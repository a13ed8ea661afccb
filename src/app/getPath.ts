import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { findPath } from '../domain/path/findPath.ts';
import type { PathResult } from '../domain/path/pathSchema.ts';
import { AppError } from './appError.ts';
import { type PersonInput, parsePersonInput } from './parsePersonInput.ts';
import { resolveRole, resolveTarget } from './resolveRole.ts';

export interface PathRequest extends PersonInput {
  readonly from: string;
  readonly to: string;
  readonly maxSteps?: string | number | undefined;
}

export const MAX_PATH_STEPS = 4;

export function getPath(kb: KnowledgeBase, request: PathRequest): PathResult {
  const from = resolveRole(kb, request.from, 'from');
  const to = resolveTarget(kb, request.to, 'to');
  if (from.id === to.id) {
    throw new AppError(
      'invalid-input',
      `"${request.from}" and "${request.to}" are the same role (${from.title}).`,
      {
        field: 'to',
      },
    );
  }
  const raw = request.maxSteps === undefined || request.maxSteps === '' ? 3 : Number(request.maxSteps);
  if (!Number.isInteger(raw) || raw < 1 || raw > MAX_PATH_STEPS) {
    throw new AppError('invalid-input', `must be a whole number from 1 to ${MAX_PATH_STEPS}`, {
      field: 'maxSteps',
    });
  }
  return findPath(kb, from, to, parsePersonInput(kb, request), { maxSteps: raw });
}
