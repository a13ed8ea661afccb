import type { CatalogMeta } from './catalogSchema.ts';
import { CODE, knownCode, listFor, type ReadTable } from './onetTables.ts';
import { codePointOrder } from './ordering.ts';
import { CatalogImportError, parseNumber } from './readTsv.ts';

export interface Technology {
  /** Every technology name once, in code-point order, with O*NET's "Hot Technology" flag. */
  readonly names: readonly { name: string; hot: boolean }[];
  /** Per occupation: positions in `names`, and the subset flagged "In Demand" for it. */
  readonly byCode: ReadonlyMap<string, { technology: readonly number[]; inDemand: readonly number[] }>;
  readonly rows: number;
}

/** Technology names (product examples) per occupation; the UNSPSC commodity columns are not kept. */
export function readTechnology(read: ReadTable, known: ReadonlyMap<string, string>): Technology {
  const table = read('onet/Technology Skills.txt', [CODE, 'Example', 'Hot Technology', 'In Demand']);
  const hot = new Map<string, boolean>();
  for (const row of table.rows) {
    const name = row.values.Example.trim();
    if (name === '') throw new CatalogImportError(table.file, row.line, 'empty Example');
    // "Hot" describes the technology across all occupations; any row saying so marks the name.
    hot.set(name, (hot.get(name) ?? false) || row.values['Hot Technology'] === 'Y');
  }
  const names = [...hot.keys()].sort(codePointOrder);
  const position = new Map(names.map((name, i) => [name, i]));
  const uses = new Map<string, Set<number>>();
  const inDemand = new Map<string, Set<number>>();
  for (const row of table.rows) {
    const code = knownCode(known, table.file, row, row.values[CODE]);
    const at = position.get(row.values.Example.trim()) as number;
    const set = uses.get(code) ?? new Set<number>();
    uses.set(code, set.add(at));
    if (row.values['In Demand'] === 'Y')
      inDemand.set(code, (inDemand.get(code) ?? new Set<number>()).add(at));
  }
  const ascending = (set: Set<number> | undefined) => [...(set ?? [])].sort((a, b) => a - b);
  return {
    names: names.map((name) => ({ name, hot: hot.get(name) as boolean })),
    byCode: new Map(
      [...uses.keys()].map((code) => [
        code,
        { technology: ascending(uses.get(code)), inDemand: ascending(inDemand.get(code)) },
      ]),
    ),
    rows: table.rows.length,
  };
}

/** Related occupations per occupation, in O*NET's Index order (1 = most related). */
export function readRelated(
  read: ReadTable,
  known: ReadonlyMap<string, string>,
): ReadonlyMap<string, readonly string[]> {
  const table = read('onet/Related Occupations.txt', [CODE, 'Related O*NET-SOC Code', 'Index']);
  const ranked = new Map<string, { code: string; index: number }[]>();
  for (const row of table.rows) {
    const code = knownCode(known, table.file, row, row.values[CODE]);
    const related = knownCode(known, table.file, row, row.values['Related O*NET-SOC Code']);
    listFor(ranked, code).push({ code: related, index: parseNumber(table.file, row, 'Index') });
  }
  return new Map(
    [...ranked].map(([code, list]) => [
      code,
      list.sort((a, b) => a.index - b.index || codePointOrder(a.code, b.code)).map((entry) => entry.code),
    ]),
  );
}

export interface JobZones {
  readonly zones: CatalogMeta['jobZones'];
  readonly byCode: ReadonlyMap<string, number>;
}

/** Job Zone (1–5) per occupation, and each zone's short name (the reference's descriptive columns are not kept). */
export function readJobZones(read: ReadTable, known: ReadonlyMap<string, string>): JobZones {
  const table = read('onet/Job Zones.txt', [CODE, 'Job Zone']);
  const byCode = new Map<string, number>();
  for (const row of table.rows) {
    byCode.set(knownCode(known, table.file, row, row.values[CODE]), parseNumber(table.file, row, 'Job Zone'));
  }
  const reference = read('onet/Job Zone Reference.txt', ['Job Zone', 'Name']);
  const zones = reference.rows
    .map((row) => ({ zone: parseNumber(reference.file, row, 'Job Zone'), name: row.values.Name.trim() }))
    .sort((a, b) => a.zone - b.zone);
  return { zones, byCode };
}

export interface Education {
  readonly levels: CatalogMeta['educationLevels'];
  /** Percent of respondents per category, in `levels` order. */
  readonly byCode: ReadonlyMap<string, readonly number[]>;
}

const REQUIRED_EDUCATION = { element: '2.D.1', scale: 'RL' } as const;

/**
 * The "Required Level of Education" distribution. Category labels keep only their short name: the text before
 * " - " ("Post-Secondary Certificate - awarded for training…" → "Post-Secondary Certificate").
 */
export function readEducation(read: ReadTable, known: ReadonlyMap<string, string>): Education {
  const categories = read('onet/Education, Training, and Experience Categories.txt', [
    'Element ID',
    'Scale ID',
    'Category',
    'Category Description',
  ]);
  const levels = categories.rows
    .filter(
      (row) =>
        row.values['Element ID'] === REQUIRED_EDUCATION.element &&
        row.values['Scale ID'] === REQUIRED_EDUCATION.scale,
    )
    .map((row) => ({
      category: parseNumber(categories.file, row, 'Category'),
      label: (row.values['Category Description'].split(' - ')[0] as string).trim(),
    }))
    .sort((a, b) => a.category - b.category);
  const position = new Map(levels.map((level, i) => [level.category, i]));
  const table = read('onet/Education, Training, and Experience.txt', [
    CODE,
    'Element ID',
    'Scale ID',
    'Category',
    'Data Value',
  ]);
  const shares = new Map<string, { values: (number | undefined)[]; line: number }>();
  for (const row of table.rows) {
    if (
      row.values['Element ID'] !== REQUIRED_EDUCATION.element ||
      row.values['Scale ID'] !== REQUIRED_EDUCATION.scale
    )
      continue;
    const code = knownCode(known, table.file, row, row.values[CODE]);
    const at = position.get(parseNumber(table.file, row, 'Category'));
    if (at === undefined) throw new CatalogImportError(table.file, row.line, `unknown education category`);
    const entry = shares.get(code) ?? { values: [], line: row.line };
    shares.set(code, entry);
    entry.values[at] = parseNumber(table.file, row, 'Data Value');
  }
  const byCode = new Map<string, readonly number[]>();
  for (const [code, entry] of shares) {
    if (levels.some((_, i) => entry.values[i] === undefined)) {
      throw new CatalogImportError(table.file, entry.line, `${code} lacks some education categories`);
    }
    byCode.set(code, entry.values as number[]);
  }
  return { levels, byCode };
}
