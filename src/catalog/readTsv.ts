import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A staged file that cannot be read as the importer expects; `file` is relative to the data folder. */
export class CatalogImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'CatalogImportError';
    this.file = file;
    this.line = line;
  }
}

/** One data row: its values by the columns asked for, and its line number in the file (the header is line 1). */
export interface TsvRow<C extends string> {
  readonly line: number;
  readonly values: Readonly<Record<C, string>>;
}

export interface TsvTable<C extends string> {
  readonly file: string;
  readonly rows: readonly TsvRow<C>[];
}

/**
 * Reads a tab-separated file with one header row. Quote handling is off on purpose: the staged files never quote
 * a field, and a few text fields contain a literal `"`. Every row must have as many fields as the header.
 */
export function readTsv<C extends string>(dataDir: string, file: string, columns: readonly C[]): TsvTable<C> {
  const path = join(dataDir, file);
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CatalogImportError(file, undefined, 'missing or unreadable (is this the shared data folder?)');
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = (lines[0] ?? '').replace(/\r$/, '').split('\t');
  const positions = columns.map((column) => {
    const position = header.indexOf(column);
    if (position < 0) throw new CatalogImportError(file, 1, `missing column "${column}"`);
    return position;
  });
  const rows: TsvRow<C>[] = [];
  for (let i = 1; i < lines.length; i++) {
    const fields = (lines[i] as string).replace(/\r$/, '').split('\t');
    if (fields.length !== header.length) {
      throw new CatalogImportError(
        file,
        i + 1,
        `expected ${header.length} tab-separated fields, found ${fields.length}`,
      );
    }
    const values = {} as Record<C, string>;
    columns.forEach((column, c) => {
      values[column] = fields[positions[c] as number] as string;
    });
    rows.push({ line: i + 1, values });
  }
  return { file, rows };
}

/** A decimal number in a staged file, or an import error naming the file, line and column. */
export function parseNumber(file: string, row: TsvRow<string>, column: string): number {
  const text = (row.values as Record<string, string>)[column] ?? '';
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new CatalogImportError(file, row.line, `${column} must be a number (found "${text}")`);
  }
  return value;
}
