import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { catalogAgainstKb } from './catalogAgainstKb.ts';
import { type CatalogStats, catalogStats } from './catalogStats.ts';
import { type CatalogProblem, loadCatalog } from './loadCatalog.ts';

export type CatalogCheck =
  | { readonly present: false }
  | {
      readonly present: true;
      readonly problems: readonly CatalogProblem[];
      readonly stats: CatalogStats | null;
    };

/**
 * What `kb check` adds for `<contentDir>/catalog`: the files as the importer writes them, every reference and
 * source resolved, and (with a valid KB) the roles' O*NET codes and shared sources in agreement. A content folder
 * without a catalogue (a test fixture) has nothing to check.
 */
export function checkCatalog(contentDir: string, kb?: KnowledgeBase): CatalogCheck {
  const dir = join(contentDir, 'catalog');
  if (!existsSync(dir)) return { present: false };
  const loaded = loadCatalog(dir, { canonical: true });
  if (!loaded.ok) return { present: true, problems: loaded.problems, stats: null };
  const problems = kb ? catalogAgainstKb(kb, loaded.catalog, contentDir) : [];
  return { present: true, problems, stats: problems.length === 0 ? catalogStats(loaded.catalog) : null };
}
