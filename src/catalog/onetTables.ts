import { codePointOrder } from './ordering.ts';
import { CatalogImportError, type TsvTable } from './readTsv.ts';

/** Reads one staged file (and reports it as read); the importer passes a reader bound to the data folder. */
export type ReadTable = <C extends string>(file: string, columns: readonly C[]) => TsvTable<C>;

export const CODE = 'O*NET-SOC Code';
const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** Every O*NET-SOC code with its title; the description column is never read (no O*NET sentences are kept). */
export function readOccupations(read: ReadTable): ReadonlyMap<string, string> {
  const table = read('onet/Occupation Data.txt', [CODE, 'Title']);
  const titles = new Map<string, string>();
  for (const row of table.rows) {
    const code = row.values[CODE];
    if (!ONET_CODE.test(code))
      throw new CatalogImportError(table.file, row.line, `bad O*NET-SOC code "${code}"`);
    if (titles.has(code)) throw new CatalogImportError(table.file, row.line, `code ${code} appears twice`);
    titles.set(code, row.values.Title.trim());
  }
  return titles;
}

/** The code of a row in a per-occupation file, which must name a known occupation. */
export function knownCode(
  known: ReadonlyMap<string, unknown>,
  file: string,
  row: { line: number },
  code: string,
) {
  if (!known.has(code)) throw new CatalogImportError(file, row.line, `unknown O*NET-SOC code "${code}"`);
  return code;
}

export function listFor<T>(map: Map<string, T[]>, code: string): T[] {
  const list = map.get(code) ?? [];
  map.set(code, list);
  return list;
}

export interface OccupationTitles {
  readonly alternate: readonly string[];
  readonly short: readonly string[];
  readonly reported: readonly string[];
}

/** Alternate, short and reported titles per occupation, each list sorted and without exact duplicates. */
export function readTitles(
  read: ReadTable,
  known: ReadonlyMap<string, string>,
): ReadonlyMap<string, OccupationTitles> {
  const alternate = new Map<string, string[]>();
  const short = new Map<string, string[]>();
  const reported = new Map<string, string[]>();
  const alternates = read('onet/Alternate Titles.txt', [CODE, 'Alternate Title', 'Short Title']);
  for (const row of alternates.rows) {
    const code = knownCode(known, alternates.file, row, row.values[CODE]);
    listFor(alternate, code).push(row.values['Alternate Title'].trim());
    const shortTitle = row.values['Short Title'].trim();
    if (shortTitle !== 'n/a' && shortTitle !== '') listFor(short, code).push(shortTitle);
  }
  const samples = read('onet/Sample of Reported Titles.txt', [CODE, 'Reported Job Title']);
  for (const row of samples.rows) {
    const code = knownCode(known, samples.file, row, row.values[CODE]);
    listFor(reported, code).push(row.values['Reported Job Title'].trim());
  }
  const distinct = (list: readonly string[] | undefined) =>
    [...new Set((list ?? []).filter((title) => title !== ''))].sort(codePointOrder);
  return new Map(
    [...known.keys()].map((code) => [
      code,
      {
        alternate: distinct(alternate.get(code)),
        short: distinct(short.get(code)),
        reported: distinct(reported.get(code)),
      },
    ]),
  );
}
