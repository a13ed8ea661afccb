import type { CatalogMeta, ELEMENT_DOMAINS, RatingsRecord } from './catalogSchema.ts';
import { CODE, knownCode, type ReadTable } from './onetTables.ts';
import { codePointOrder, elementIdOrder } from './ordering.ts';
import { CatalogImportError, parseNumber } from './readTsv.ts';

export interface Ratings {
  readonly elements: CatalogMeta['elements'];
  readonly records: ReadonlyMap<string, RatingsRecord>;
  readonly rows: number;
}

type ElementDomain = (typeof ELEMENT_DOMAINS)[number];

const RATING_COLUMNS = [
  CODE,
  'Element ID',
  'Element Name',
  'Scale ID',
  'Data Value',
  'Recommend Suppress',
  'Not Relevant',
] as const;

/** Skill and knowledge importance (IM) and level (LV) for every rated occupation, as arrays over one element list. */
export function readRatings(read: ReadTable, known: ReadonlyMap<string, string>): Ratings {
  const files = [
    { file: 'onet/Skills.txt', domain: 'skill' },
    { file: 'onet/Knowledge.txt', domain: 'knowledge' },
  ] as const;
  const tables = files.map(({ file }) => read(file, RATING_COLUMNS));
  const names = new Map<string, { name: string; domain: ElementDomain }>();
  tables.forEach((table, t) => {
    for (const row of table.rows) {
      const id = row.values['Element ID'];
      const domain = (files[t] as (typeof files)[number]).domain;
      if (!names.has(id)) names.set(id, { name: row.values['Element Name'].trim(), domain });
    }
  });
  const ids = [...names.keys()].sort(elementIdOrder);
  const position = new Map(ids.map((id, i) => [id, i]));
  const elements = ids.map((id) => ({ id, ...(names.get(id) as { name: string; domain: ElementDomain }) }));
  const values = new Map<
    string,
    { importance: (number | undefined)[]; level: (number | undefined)[]; line: number; file: string }
  >();
  const flags = new Map<
    string,
    { suppressedImportance: number[]; suppressedLevel: number[]; notRelevant: number[] }
  >();
  let rows = 0;
  for (const table of tables) {
    for (const row of table.rows) {
      rows++;
      const code = knownCode(known, table.file, row, row.values[CODE]);
      const element = position.get(row.values['Element ID']) as number;
      const scale = row.values['Scale ID'];
      if (scale !== 'IM' && scale !== 'LV')
        throw new CatalogImportError(table.file, row.line, `unexpected Scale ID "${scale}"`);
      const entry = values.get(code) ?? { importance: [], level: [], line: row.line, file: table.file };
      values.set(code, entry);
      const target = scale === 'IM' ? entry.importance : entry.level;
      if (target[element] !== undefined) {
        throw new CatalogImportError(
          table.file,
          row.line,
          `a second ${scale} rating of ${row.values['Element ID']} for ${code}`,
        );
      }
      target[element] = parseNumber(table.file, row, 'Data Value');
      const flag = flags.get(code) ?? { suppressedImportance: [], suppressedLevel: [], notRelevant: [] };
      flags.set(code, flag);
      if (row.values['Recommend Suppress'] === 'Y')
        (scale === 'IM' ? flag.suppressedImportance : flag.suppressedLevel).push(element);
      if (scale === 'LV' && row.values['Not Relevant'] === 'Y') flag.notRelevant.push(element);
    }
  }
  const records = new Map<string, RatingsRecord>();
  for (const code of [...values.keys()].sort(codePointOrder)) {
    const entry = values.get(code) as NonNullable<ReturnType<typeof values.get>>;
    const missing = ids.find((_, i) => entry.importance[i] === undefined || entry.level[i] === undefined);
    if (missing)
      throw new CatalogImportError(entry.file, entry.line, `${code} has no IM or LV rating of ${missing}`);
    const flag = flags.get(code) as NonNullable<ReturnType<typeof flags.get>>;
    const ascending = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
    records.set(code, {
      code,
      importance: entry.importance as number[],
      level: entry.level as number[],
      suppressedImportance: ascending(flag.suppressedImportance),
      suppressedLevel: ascending(flag.suppressedLevel),
      notRelevant: ascending(flag.notRelevant),
    });
  }
  return { elements, records, rows };
}
