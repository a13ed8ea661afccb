import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { type Catalog, createCatalog } from './catalog.ts';
import { checkCatalogReferences } from './catalogReferences.ts';
import {
  CATALOG_FILE_SCHEMAS,
  CATALOG_FILES,
  type CatalogFileKey,
  type CatalogFiles,
} from './catalogSchema.ts';
import { lineOfRecord, serializeCatalog } from './serializeCatalog.ts';

/** One thing wrong with the committed catalogue, pointing at the file and line (the same shape as KB problems). */
export interface CatalogProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export type CatalogLoadResult =
  | { ok: true; catalog: Catalog; bytes: number }
  | { ok: false; problems: readonly CatalogProblem[] };

export interface LoadCatalogOptions {
  /** Also require each file to be exactly what the importer writes (kb check does; start-up need not). */
  readonly canonical?: boolean;
}

const REGENERATE = 'run `pathway catalog import <shared-data-dir>` to regenerate it';

/** Reads, validates and indexes the catalogue in `dir` (content/catalog). Any problem means no catalogue. */
export function loadCatalog(dir: string, options: LoadCatalogOptions = {}): CatalogLoadResult {
  const problems: CatalogProblem[] = [];
  const texts = {} as Record<CatalogFileKey, string>;
  const values = {} as Record<CatalogFileKey, unknown>;
  let bytes = 0;
  for (const key of Object.keys(CATALOG_FILES) as CatalogFileKey[]) {
    const file = join(dir, CATALOG_FILES[key]);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      problems.push({ file, line: 1, message: `missing; ${REGENERATE}` });
      continue;
    }
    bytes += Buffer.byteLength(text);
    texts[key] = text;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        line: jsonErrorLine(text, error),
        message: `not valid JSON: ${(error as Error).message}`,
      });
      continue;
    }
    const result = (CATALOG_FILE_SCHEMAS[key] as z.ZodType).safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 20)) {
        const [topKey, index] = issue.path as (string | number)[];
        const path = issue.path.map(String).join('.');
        problems.push({
          file,
          line: lineOfRecord(key, text, topKey, index),
          message: `${path || '(file)'}: ${issue.message}`,
        });
      }
      continue;
    }
    values[key] = result.data;
  }
  if (problems.length > 0) return { ok: false, problems };
  const files = values as unknown as CatalogFiles;
  for (const issue of checkCatalogReferences(files)) {
    const file = join(dir, CATALOG_FILES[issue.file]);
    problems.push({
      file,
      line: lineOfRecord(issue.file, texts[issue.file], issue.key, issue.index),
      message: issue.message,
    });
  }
  if (options.canonical) problems.push(...canonicalProblems(dir, files, texts));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalog: createCatalog(files), bytes };
}

/** A file that parses but is not byte for byte what the importer writes was edited by hand. */
function canonicalProblems(
  dir: string,
  files: CatalogFiles,
  texts: Record<CatalogFileKey, string>,
): CatalogProblem[] {
  const expected = serializeCatalog(files);
  return (Object.keys(CATALOG_FILES) as CatalogFileKey[]).flatMap((key) => {
    if (expected[key] === texts[key]) return [];
    const want = expected[key].split('\n');
    const have = texts[key].split('\n');
    const line = have.findIndex((text, i) => text !== want[i]);
    return [
      {
        file: join(dir, CATALOG_FILES[key]),
        line: (line < 0 ? have.length : line) + 1,
        message: `not as the importer writes it (edited by hand?); ${REGENERATE}`,
      },
    ];
  });
}

function jsonErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : 1;
}
