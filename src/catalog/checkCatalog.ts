import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { Catalog } from './catalog.ts';
import { catalogAgainstKb } from './catalogAgainstKb.ts';
import { type CatalogStats, catalogStats } from './catalogStats.ts';
import { type CredentialStats, credentialStats } from './credentialStats.ts';
import { type CatalogProblem, loadCatalog } from './loadCatalog.ts';
import { loadCredentials } from './loadCredentials.ts';

export type CatalogCheck =
  | { readonly present: false }
  | {
      readonly present: true;
      readonly problems: readonly CatalogProblem[];
      readonly stats: CatalogStats | null;
      /** Null when there is no `credentials/` folder or something is wrong. */
      readonly credentials: CredentialStats | null;
    };

/**
 * What `kb check` adds for `<contentDir>/catalog`: the files as the importer writes them, every reference and
 * source resolved, and (with a valid KB) the roles' O*NET codes and shared sources in agreement; then the curated
 * credentials in `<contentDir>/credentials` against it. A content folder without a catalogue (a test fixture) has
 * nothing to check.
 */
export function checkCatalog(contentDir: string, kb?: KnowledgeBase): CatalogCheck {
  const dir = join(contentDir, 'catalog');
  const credentialsDir = join(contentDir, 'credentials');
  if (!existsSync(dir)) {
    if (!existsSync(credentialsDir)) return { present: false };
    const message = 'the credentials name catalogue occupations, but there is no catalog/ folder beside them';
    return {
      present: true,
      problems: [{ file: credentialsDir, line: 1, message }],
      stats: null,
      credentials: null,
    };
  }
  const loaded = loadCatalog(dir, { canonical: true });
  if (!loaded.ok) return { present: true, problems: loaded.problems, stats: null, credentials: null };
  const credentials = checkCredentials(credentialsDir, loaded.catalog);
  const problems = [...(kb ? catalogAgainstKb(kb, loaded.catalog, contentDir) : []), ...credentials.problems];
  const valid = problems.length === 0;
  return {
    present: true,
    problems,
    stats: valid ? catalogStats(loaded.catalog) : null,
    credentials: valid ? credentials.stats : null,
  };
}

function checkCredentials(
  dir: string,
  catalog: Catalog,
): { problems: readonly CatalogProblem[]; stats: CredentialStats | null } {
  if (!existsSync(dir)) return { problems: [], stats: null };
  const loaded = loadCredentials(dir, catalog.occupation);
  return loaded.ok
    ? { problems: [], stats: credentialStats(loaded.table) }
    : { problems: loaded.problems, stats: null };
}
