import { join } from 'node:path';
import type { KnowledgeBase } from '../src/domain/kb/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { formatProblem } from '../src/kb/problem.ts';

export const CONTENT_DIR = join(import.meta.dirname, '..', 'content');

let cached: KnowledgeBase | undefined;

/** The bundled knowledge base, loaded once per test file; fails loudly with every problem listed. */
export function realKb(): KnowledgeBase {
  if (cached) return cached;
  const result = loadKnowledgeBase(CONTENT_DIR);
  if (!result.ok)
    throw new Error(`content/ is invalid:\n${result.problems.map((p) => formatProblem(p)).join('\n')}`);
  cached = result.kb;
  return cached;
}
