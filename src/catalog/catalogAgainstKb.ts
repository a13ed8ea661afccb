import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { Catalog } from './catalog.ts';
import { CATALOG_FILES } from './catalogSchema.ts';
import type { CatalogProblem } from './loadCatalog.ts';
import { lineOfRecord } from './serializeCatalog.ts';

/**
 * Where the curated KB and the catalogue must agree: every O*NET code a role names is a catalogue occupation, a
 * source both cite under one id says the same thing in both (so a page cites one source, not two versions), and
 * every O*NET element belongs to exactly one skill (so an occupation's ratings become levels of KB skills).
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
  problems.push(...elementsAgainstSkills(kb, catalog, contentDir, metaFile));
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

function elementsAgainstSkills(
  kb: KnowledgeBase,
  catalog: Catalog,
  contentDir: string,
  metaFile: string,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const known = new Set(catalog.meta.elements.map((element) => element.id));
  const owners = new Map<string, string>();
  for (const skill of kb.skills) {
    const file = join(contentDir, 'skills', `${skill.id}.yaml`);
    for (const id of skill.onet) {
      const owner = owners.get(id);
      if (!known.has(id)) {
        problems.push({
          file,
          line: lineOnet(file, id),
          message: `O*NET element ${id} is not in the catalogue`,
        });
      } else if (owner) {
        problems.push({
          file,
          line: lineOnet(file, id),
          message: `O*NET element ${id} already belongs to skill ${owner}; an element belongs to exactly one skill`,
        });
      } else owners.set(id, skill.id);
    }
  }
  const metaText = readText(metaFile);
  catalog.meta.elements.forEach((element, index) => {
    if (owners.has(element.id)) return;
    problems.push({
      file: metaFile,
      line: lineOfRecord('meta', metaText, 'elements', index),
      message: `O*NET element ${element.id} (${element.name}) belongs to no skill: add it to one skill's onet list`,
    });
  });
  return problems;
}

/** The line under `onet:` that names the element (a whole id, so 2.C.1 does not match 2.C.1.a), else line 1. */
function lineOnet(file: string, id: string): number {
  const token = new RegExp(`(^|[\\s\\[,])${id.replaceAll('.', '\\.')}(?=[\\s\\],]|$)`);
  const lines = readText(file).split('\n');
  const start = lines.findIndex((line) => line.startsWith('onet:'));
  const index = start < 0 ? -1 : lines.findIndex((line, at) => at >= start && token.test(line));
  return index < 0 ? 1 : index + 1;
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
