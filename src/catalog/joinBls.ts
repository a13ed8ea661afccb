import type { Projections, WageField, Wages } from './catalogSchema.ts';
import { CatalogImportError, type TsvRow, type TsvTable } from './readTsv.ts';

export const OEWS_COLUMNS = [
  'OCC_CODE',
  'O_GROUP',
  'TOT_EMP',
  'A_MEAN',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
  'ANNUAL',
  'HOURLY',
] as const;
export const PROJECTIONS_COLUMNS = [
  'occ_code',
  'occ_type',
  'emp_2024_thousands',
  'emp_2034_thousands',
  'emp_change_2024_34_pct',
  'annual_openings_2024_34_thousands',
  'typical_entry_education',
  'work_experience_in_related_occ',
  'typical_on_the_job_training',
] as const;
export const EXCEPTIONS_COLUMNS = ['soc_code', 'oews_code', 'projections_code'] as const;

type OewsRow = TsvRow<(typeof OEWS_COLUMNS)[number]>;
type ProjectionsRow = TsvRow<(typeof PROJECTIONS_COLUMNS)[number]>;

/** Where BLS publishes no detailed row for a SOC code: the aggregate to use instead, or null for none. */
interface CodeException {
  readonly oewsCode: string | null;
  readonly projectionsCode: string | null;
}

export interface BlsTables {
  readonly oewsFile: string;
  readonly projectionsFile: string;
  /** OEWS rows by code; a code published at two levels keeps its `detailed` row first. */
  readonly oews: ReadonlyMap<string, readonly OewsRow[]>;
  readonly projections: ReadonlyMap<string, ProjectionsRow>;
  readonly exceptions: ReadonlyMap<string, CodeException>;
}

export interface BlsJoin {
  readonly wages: Wages | null;
  readonly projections: Projections | null;
  /** The direct join on the SOC code missed and the exceptions table said what to use. */
  readonly neededException: boolean;
  /** The direct join missed and the exceptions table does not list the code. */
  readonly unmatched: boolean;
}

export function indexBlsTables(
  oews: TsvTable<(typeof OEWS_COLUMNS)[number]>,
  projections: TsvTable<(typeof PROJECTIONS_COLUMNS)[number]>,
  exceptions: TsvTable<(typeof EXCEPTIONS_COLUMNS)[number]>,
): BlsTables {
  const oewsByCode = new Map<string, OewsRow[]>();
  for (const row of oews.rows) {
    const list = oewsByCode.get(row.values.OCC_CODE) ?? [];
    if (row.values.O_GROUP === 'detailed') list.unshift(row);
    else list.push(row);
    oewsByCode.set(row.values.OCC_CODE, list);
  }
  const projectionsByCode = new Map<string, ProjectionsRow>();
  for (const row of projections.rows) {
    if (projectionsByCode.has(row.values.occ_code)) {
      throw new CatalogImportError(projections.file, row.line, `code ${row.values.occ_code} appears twice`);
    }
    projectionsByCode.set(row.values.occ_code, row);
  }
  const exceptionsBySoc = new Map<string, CodeException>();
  for (const row of exceptions.rows) {
    const { soc_code, oews_code, projections_code } = row.values;
    for (const [code, table, label] of [
      [oews_code, oewsByCode, 'OEWS'],
      [projections_code, projectionsByCode, 'projections'],
    ] as const) {
      if (code !== '' && !table.has(code)) {
        throw new CatalogImportError(
          exceptions.file,
          row.line,
          `${label} code ${code} is not in the ${label} file`,
        );
      }
    }
    exceptionsBySoc.set(soc_code, { oewsCode: oews_code || null, projectionsCode: projections_code || null });
  }
  return {
    oewsFile: oews.file,
    projectionsFile: projections.file,
    oews: oewsByCode,
    projections: projectionsByCode,
    exceptions: exceptionsBySoc,
  };
}

/** OEWS and EP markers that mean "no number": `*` not available, `**` no employment, `#` top-coded, `—`. */
const MARKERS = new Set(['*', '**', '#', '', '—']);

function cell(file: string, row: TsvRow<string>, column: string): number | null {
  const text = (row.values as Record<string, string>)[column] ?? '';
  if (MARKERS.has(text)) return null;
  const value = Number(text.replaceAll(',', ''));
  if (!Number.isFinite(value)) {
    throw new CatalogImportError(
      file,
      row.line,
      `${column} must be a number or a BLS marker (found "${text}")`,
    );
  }
  return value;
}

const WAGE_COLUMNS: Readonly<Record<WageField, (typeof OEWS_COLUMNS)[number]>> = {
  mean: 'A_MEAN',
  p10: 'A_PCT10',
  p25: 'A_PCT25',
  median: 'A_MEDIAN',
  p75: 'A_PCT75',
  p90: 'A_PCT90',
};

function wagesFrom(file: string, row: OewsRow, viaException: boolean): Wages {
  const value = (field: WageField) => cell(file, row, WAGE_COLUMNS[field]);
  return {
    oewsCode: row.values.OCC_CODE,
    viaException,
    employment: cell(file, row, 'TOT_EMP'),
    mean: value('mean'),
    p10: value('p10'),
    p25: value('p25'),
    median: value('median'),
    p75: value('p75'),
    p90: value('p90'),
    topCoded: (Object.keys(WAGE_COLUMNS) as WageField[]).filter(
      (field) => row.values[WAGE_COLUMNS[field]] === '#',
    ),
    annualOnly: row.values.ANNUAL === 'TRUE',
    hourlyOnly: row.values.HOURLY === 'TRUE',
  };
}

function projectionsFrom(file: string, row: ProjectionsRow, viaException: boolean): Projections {
  const text = (value: string) => (MARKERS.has(value) ? null : value);
  return {
    epCode: row.values.occ_code,
    viaException,
    employment2024Thousands: cell(file, row, 'emp_2024_thousands'),
    employment2034Thousands: cell(file, row, 'emp_2034_thousands'),
    changePct: cell(file, row, 'emp_change_2024_34_pct'),
    openingsThousands: cell(file, row, 'annual_openings_2024_34_thousands'),
    entryEducation: text(row.values.typical_entry_education),
    relatedExperience: text(row.values.work_experience_in_related_occ),
    onTheJobTraining: text(row.values.typical_on_the_job_training),
  };
}

/**
 * BLS figures for a 2018 SOC code: the OEWS `detailed` row and the EP `Line item` row with the same code; where
 * either is missing, the aggregate the exceptions table names (or nothing, where it names none).
 */
export function joinBls(tables: BlsTables, soc: string): BlsJoin {
  const exception = tables.exceptions.get(soc);
  const oewsDirect = tables.oews.get(soc)?.find((row) => row.values.O_GROUP === 'detailed');
  const epDirect = tables.projections.get(soc);
  const epDirectRow = epDirect?.values.occ_type === 'Line item' ? epDirect : undefined;
  const missed = !oewsDirect || !epDirectRow;
  let wages: Wages | null = null;
  if (oewsDirect) wages = wagesFrom(tables.oewsFile, oewsDirect, false);
  else if (exception?.oewsCode) {
    const row = tables.oews.get(exception.oewsCode)?.[0] as OewsRow;
    wages = wagesFrom(tables.oewsFile, row, true);
  }
  let projections: Projections | null = null;
  if (epDirectRow) projections = projectionsFrom(tables.projectionsFile, epDirectRow, false);
  else if (exception?.projectionsCode) {
    const row = tables.projections.get(exception.projectionsCode) as ProjectionsRow;
    projections = projectionsFrom(tables.projectionsFile, row, true);
  }
  return {
    wages,
    projections,
    neededException: missed && exception !== undefined,
    unmatched: missed && exception === undefined,
  };
}
