import { join } from 'node:path';
import type { KnowledgeBase } from '../src/domain/kb/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { formatProblem } from '../src/kb/problem.ts';

export const CONTENT_DIR = join(import.meta.dirname, '..', 'content');

const cached = new Map<boolean, KnowledgeBase>();

/**
 * The bundled knowledge base, loaded once per test file; fails loudly with every problem listed. The curated
 * roles alone by default; with `catalog`, the product's KB with a role for every catalogue occupation.
 */
export function realKb(options: { catalog?: boolean } = {}): KnowledgeBase {
  const catalog = options.catalog ?? false;
  const hit = cached.get(catalog);
  if (hit) return hit;
  const result = loadKnowledgeBase(CONTENT_DIR, { catalog });
  if (!result.ok)
    throw new Error(`content/ is invalid:\n${result.problems.map((p) => formatProblem(p)).join('\n')}`);
  cached.set(catalog, result.kb);
  return result.kb;
}
