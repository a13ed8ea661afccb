import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { catalogRoleSet } from '../catalog/catalogRoles.ts';
import { loadCatalog } from '../catalog/loadCatalog.ts';
import { loadCredentials } from '../catalog/loadCredentials.ts';
import type { KbEntities, KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { checkReferences } from './checkReferences.ts';
import { indexKnowledgeBase } from './nameSearch.ts';
import { type Problem, sortProblems } from './problem.ts';
import { readContent } from './readContent.ts';

export type KbLoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; problems: readonly Problem[] };

export interface LoadOptions {
  /**
   * Add a role for every occupation of `content/catalog` (issue 15) and give curated roles their occupation's
   * profile. The product does; tests of the curated content alone do not.
   */
  readonly catalog?: boolean;
}

/** Loads, validates and indexes `dir`. Any problem means no KB: the caller lists them all. */
export function loadKnowledgeBase(dir: string, options: LoadOptions = {}): KbLoadResult {
  const content = readContent(dir);
  const problems = [...content.problems, ...checkReferences(content)];
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const withCatalog = options.catalog ? addCatalog(dir, content.entities) : { entities: content.entities };
  if ('problems' in withCatalog) return { ok: false, problems: sortProblems(withCatalog.problems) };
  return { ok: true, kb: indexKnowledgeBase(withCatalog.entities, content.kbVersion) };
}

/** The curated entities plus the catalogue's roles and titles, when `dir` has a catalogue. */
function addCatalog(
  dir: string,
  entities: KbEntities,
): { entities: KbEntities } | { problems: readonly Problem[] } {
  const catalogDir = join(dir, 'catalog');
  if (!existsSync(catalogDir)) return { entities };
  const catalog = loadCatalog(catalogDir);
  if (!catalog.ok) return { problems: catalog.problems };
  const credentialsDir = join(dir, 'credentials');
  const credentials = existsSync(credentialsDir)
    ? loadCredentials(credentialsDir, catalog.catalog.occupation)
    : { ok: true as const, table: { credentials: [], byOccupation: new Map() } };
  if (!credentials.ok) return { problems: credentials.problems };
  const set = catalogRoleSet(entities, catalog.catalog, credentials.table);
  return {
    entities: {
      ...entities,
      roles: set.roles,
      skills: [...entities.skills, ...set.skills],
      titles: set.titles,
    },
  };
}
