import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  CATALOG_FILE_SCHEMAS,
  CATALOG_FORMAT,
  type CatalogFiles,
  type OccupationRecord,
} from './catalogSchema.ts';
import { catalogProvenance } from './catalogSources.ts';
import { closestRatedRelative, type RelativeCandidate } from './closestRatedRelative.ts';
import { EXCEPTIONS_COLUMNS, indexBlsTables, joinBls, OEWS_COLUMNS, PROJECTIONS_COLUMNS } from './joinBls.ts';
import { readEducation, readJobZones, readRelated, readTechnology } from './onetFacts.ts';
import { type OccupationTitles, type ReadTable, readOccupations, readTitles } from './onetTables.ts';
import { codePointOrder } from './ordering.ts';
import { readRatings } from './readRatings.ts';
import { CatalogImportError, readTsv } from './readTsv.ts';

/** One staged file read, for progress on a terminal. */
export interface ImportProgress {
  readonly file: string;
  readonly rows: number;
}

export interface ImportCounts {
  readonly occupations: number;
  readonly titles: { readonly alternate: number; readonly short: number; readonly reported: number };
  /** Skill and knowledge rating rows read, and how occupations came by their ratings. */
  readonly ratingRows: number;
  readonly ratedOwn: number;
  readonly ratedBorrowed: number;
  readonly unrated: number;
  /** Occupations joined to an OEWS wage row, and those with a published median among them. */
  readonly wagesJoined: number;
  readonly withMedian: number;
  readonly projectionsJoined: number;
  /** SOC codes (and their occupations) whose direct BLS join missed and the exceptions table resolved. */
  readonly exceptionSocCodes: number;
  readonly exceptionOccupations: number;
  /** SOC codes with no BLS row that the exceptions table does not list either. */
  readonly unmatchedSocCodes: readonly string[];
  readonly technologies: number;
  readonly technologyLinks: number;
}

export interface ImportResult {
  readonly catalog: CatalogFiles;
  readonly counts: ImportCounts;
}

const ONET_VERSION_LINE = 'O*NET 29.2 Database';

/**
 * Reads the staged O*NET and BLS files in `dataDir` and derives the catalogue: facts only (codes, titles, ratings,
 * technology names, job zones, education shares, related occupations, wages, projections), no O*NET sentences.
 * The same files always give the same value. Throws CatalogImportError naming the file (and line) at fault.
 */
export function importCatalog(
  dataDir: string,
  onProgress?: (progress: ImportProgress) => void,
): ImportResult {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new CatalogImportError(dataDir, undefined, 'no such folder');
  }
  checkOnetVersion(dataDir);
  const read: ReadTable = (file, columns) => {
    const table = readTsv(dataDir, file, columns);
    onProgress?.({ file, rows: table.rows.length });
    return table;
  };
  const titles = readOccupations(read);
  const otherTitles = readTitles(read, titles);
  const ratings = readRatings(read, titles);
  const technology = readTechnology(read, titles);
  const related = readRelated(read, titles);
  const jobZones = readJobZones(read, titles);
  const education = readEducation(read, titles);
  const bls = indexBlsTables(
    read('bls/oews_national_may2025.tsv', OEWS_COLUMNS),
    read('bls/projections_2024_34.tsv', PROJECTIONS_COLUMNS),
    read('bls/onet_soc_to_bls_code_exceptions.tsv', EXCEPTIONS_COLUMNS),
  );

  const codes = [...titles.keys()].sort(codePointOrder);
  const joins = new Map(codes.map((code) => [code.slice(0, 7), joinBls(bls, code.slice(0, 7))]));
  const candidate = (code: string): RelativeCandidate => ({
    code,
    related: related.get(code) ?? [],
    employment: joins.get(code.slice(0, 7))?.wages?.employment ?? null,
  });
  const rated = codes.filter((code) => ratings.records.has(code)).map(candidate);
  const hasRatings = (code: string) => ratings.records.has(code);

  const occupations: OccupationRecord[] = codes.map((code) => {
    const soc = code.slice(0, 7);
    const join = joins.get(soc) as ReturnType<typeof joinBls>;
    const borrowed = hasRatings(code) ? null : closestRatedRelative(candidate(code), rated, hasRatings);
    const uses = technology.byCode.get(code);
    const shares = education.byCode.get(code);
    return {
      code,
      title: titles.get(code) as string,
      soc,
      jobZone: jobZones.byCode.get(code) ?? null,
      education: shares ? [...shares] : null,
      related: [...(related.get(code) ?? [])],
      ratings: hasRatings(code)
        ? { kind: 'own' }
        : borrowed
          ? { kind: 'borrowed', ...borrowed }
          : { kind: 'none' },
      technology: [...(uses?.technology ?? [])],
      inDemand: [...(uses?.inDemand ?? [])],
      wages: join.wages,
      projections: join.projections,
    };
  });

  const catalog = validated({
    meta: {
      format: CATALOG_FORMAT,
      ...catalogProvenance(),
      elements: ratings.elements,
      educationLevels: education.levels,
      jobZones: jobZones.zones,
    },
    occupations: { occupations },
    ratings: { ratings: [...ratings.records.values()] },
    titles: { titles: codes.map((code) => ({ code, ...(otherTitles.get(code) as OccupationTitles) })) },
    technologies: { technologies: technology.names },
  } as CatalogFiles);

  const exceptionSocs = [...joins].filter(([, join]) => join.neededException).map(([soc]) => soc);
  const count = (test: (occupation: OccupationRecord) => boolean) => occupations.filter(test).length;
  const sum = (key: 'alternate' | 'short' | 'reported') =>
    catalog.titles.titles.reduce((total, record) => total + record[key].length, 0);
  return {
    catalog,
    counts: {
      occupations: occupations.length,
      titles: { alternate: sum('alternate'), short: sum('short'), reported: sum('reported') },
      ratingRows: ratings.rows,
      ratedOwn: count((o) => o.ratings.kind === 'own'),
      ratedBorrowed: count((o) => o.ratings.kind === 'borrowed'),
      unrated: count((o) => o.ratings.kind === 'none'),
      wagesJoined: count((o) => o.wages !== null),
      withMedian: count((o) => o.wages?.median != null),
      projectionsJoined: count((o) => o.projections !== null),
      exceptionSocCodes: exceptionSocs.length,
      exceptionOccupations: count((o) => exceptionSocs.includes(o.soc)),
      unmatchedSocCodes: [...joins].filter(([, join]) => join.unmatched).map(([soc]) => soc),
      technologies: technology.names.length,
      technologyLinks: technology.rows,
    },
  };
}

function checkOnetVersion(dataDir: string): void {
  const file = 'onet/Read Me.txt';
  let firstLine = '';
  try {
    firstLine = (readFileSync(join(dataDir, file), 'utf8').split('\n')[0] ?? '').trim();
  } catch {
    throw new CatalogImportError(file, undefined, 'missing or unreadable (is this the shared data folder?)');
  }
  if (firstLine !== ONET_VERSION_LINE) {
    throw new CatalogImportError(file, 1, `expected "${ONET_VERSION_LINE}", found "${firstLine}"`);
  }
}

/** Runs the importer's value through the committed schemas (which also fixes every object's key order). */
function validated(catalog: CatalogFiles): CatalogFiles {
  const entries = Object.entries(CATALOG_FILE_SCHEMAS).map(([key, schema]) => {
    const result = (schema as z.ZodType).safeParse(catalog[key as keyof CatalogFiles]);
    if (!result.success) {
      const issue = result.error.issues[0] as z.core.$ZodIssue;
      throw new CatalogImportError(`derived ${key}`, undefined, `${issue.path.join('.')}: ${issue.message}`);
    }
    return [key, result.data];
  });
  return Object.fromEntries(entries) as CatalogFiles;
}
