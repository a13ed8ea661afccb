import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { checkReferences } from './checkReferences.ts';
import { indexKnowledgeBase } from './nameSearch.ts';
import { type Problem, sortProblems } from './problem.ts';
import { readContent } from './readContent.ts';

export type KbLoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; problems: readonly Problem[] };

/** Loads, validates and indexes `dir`. Any problem means no KB: the caller lists them all. */
export function loadKnowledgeBase(dir: string): KbLoadResult {
  const content = readContent(dir);
  const problems = [...content.problems, ...checkReferences(content)];
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, kb: indexKnowledgeBase(content.entities, content.kbVersion) };
}
