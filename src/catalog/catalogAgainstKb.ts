import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { Catalog } from './catalog.ts';
import { CATALOG_FILES } from './catalogSchema.ts';
import type { CatalogProblem } from './loadCatalog.ts';
import { lineOfRecord } from './serializeCatalog.ts';

/**
 * Where the curated KB and the catalogue must agree: every O*NET code a role names is a catalogue occupation, and
 * a source both cite under one id says the same thing in both (so a page cites one source, not two versions).
 */
export function catalogAgainstKb(kb: KnowledgeBase, catalog: Catalog, contentDir: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const role of kb.roles) {
    for (const code of role.occupationCodes.flatMap((occupation) =>
      occupation.onet ? [occupation.onet] : [],
    )) {
      if (catalog.occupation.has(code)) continue;
      const file = join(contentDir, 'roles', `${role.id}.yaml`);
      problems.push({
        file,
        line: lineContaining(file, code),
        message: `O*NET code ${code} is not in the catalogue`,
      });
    }
  }
  const metaFile = join(contentDir, 'catalog', CATALOG_FILES.meta);
  catalog.meta.sources.forEach((source, index) => {
    const kbSource = kb.source.get(source.id);
    if (!kbSource) return;
    const differs = (['publisher', 'title', 'year', 'url'] as const).filter(
      (field) => kbSource[field] !== source[field],
    );
    if (differs.length === 0) return;
    problems.push({
      file: metaFile,
      line: lineOfRecord('meta', readText(metaFile), 'sources', index),
      message: `source ${source.id}: ${differs.join(', ')} differ from content/sources/${source.id}.yaml`,
    });
  });
  return problems;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function lineContaining(file: string, needle: string): number {
  const index = readText(file)
    .split('\n')
    .findIndex((line) => line.includes(needle));
  return index < 0 ? 1 : index + 1;
}
