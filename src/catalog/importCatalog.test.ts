import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCatalog } from './importCatalog.ts';
import { CatalogImportError } from './readTsv.ts';
import { serializeCatalog } from './serializeCatalog.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'onet-mini');
const scratch = mkdtempSync(join(tmpdir(), 'pathway-catalog-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the fixture to break on purpose. */
function fixtureCopy(name: string): string {
  const dir = join(scratch, name);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function importError(dataDir: string): CatalogImportError {
  try {
    importCatalog(dataDir);
  } catch (error) {
    if (error instanceof CatalogImportError) return error;
    throw error;
  }
  throw new Error('the import succeeded');
}

describe('importCatalog on the miniature fixture', () => {
  const progress: string[] = [];
  const { catalog, counts } = importCatalog(FIXTURE, (step) => progress.push(`${step.file} ${step.rows}`));
  const occupation = (code: string) => catalog.occupations.occupations.find((o) => o.code === code);

  it('reports each file it reads and counts what it joined', () => {
    expect(progress).toContain('onet/Skills.txt 16');
    expect(progress).toContain('bls/onet_soc_to_bls_code_exceptions.tsv 2');
    expect(counts).toMatchObject({
      occupations: 8,
      titles: { alternate: 7, short: 3, reported: 3 },
      ratingRows: 32,
      ratedOwn: 4,
      ratedBorrowed: 3,
      unrated: 1,
      wagesJoined: 7,
      withMedian: 6,
      projectionsJoined: 7,
      exceptionSocCodes: 2,
      exceptionOccupations: 2,
      unmatchedSocCodes: [],
    });
  });

  it('lends ratings from the closest rated relative and says so', () => {
    expect(occupation('15-1252.00')?.ratings).toEqual({
      kind: 'borrowed',
      borrowedFrom: '15-1299.08',
      rule: 'related-occupation',
    });
    expect(occupation('15-2051.00')?.ratings).toMatchObject({ borrowedFrom: '15-2041.00' });
    expect(occupation('15-1299.00')?.ratings).toMatchObject({ borrowedFrom: '15-1299.08', rule: 'same-soc' });
    expect(occupation('55-3016.00')?.ratings).toEqual({ kind: 'none' });
    expect(catalog.ratings.ratings.map((record) => record.code)).not.toContain('15-1252.00');
  });

  it('joins BLS figures through the exceptions table and keeps what BLS did not publish as null', () => {
    expect(occupation('13-1021.00')?.wages).toMatchObject({
      oewsCode: '13-1020',
      viaException: true,
      median: 74000,
    });
    expect(occupation('13-1021.00')?.projections).toMatchObject({ epCode: '13-1020', viaException: true });
    expect(occupation('27-2091.00')?.wages).toMatchObject({ median: null, p10: null, hourlyOnly: true });
    expect(occupation('15-1299.08')?.wages).toMatchObject({ p75: 140000, p90: null, topCoded: ['p90'] });
    expect(occupation('55-3016.00')).toMatchObject({ wages: null, projections: null });
    expect(occupation('15-1252.00')?.projections).toMatchObject({
      employment2024Thousands: 1895.5,
      changePct: 15.8,
      openingsThousands: 115.2,
    });
  });

  it('keeps facts in shared tables: elements in content-model order, ratings and technology by position', () => {
    expect(catalog.meta.elements.map((element) => element.id)).toEqual([
      '2.A.1.a',
      '2.B.3.e',
      '2.C.4.a',
      '2.C.10',
    ]);
    const stats = catalog.ratings.ratings.find((record) => record.code === '15-2041.00');
    expect(stats).toMatchObject({
      importance: [3.5, 3.75, 3.75, 3.5],
      suppressedLevel: [1],
      notRelevant: [],
    });
    expect(catalog.ratings.ratings.find((record) => record.code === '27-2091.00')?.notRelevant).toEqual([
      1, 2,
    ]);
    expect(catalog.technologies.technologies).toEqual([
      { name: 'Git', hot: true },
      { name: 'Python', hot: true },
      { name: 'R', hot: true },
      { name: 'Serato DJ', hot: false },
    ]);
    expect(occupation('15-1252.00')).toMatchObject({ technology: [0, 1], inDemand: [1] });
    expect(catalog.meta.educationLevels.map((level) => level.label)).toEqual([
      'Less than a High School Diploma',
      'High School Diploma',
      "Bachelor's Degree",
    ]);
    expect(occupation('15-2041.00')?.education).toEqual([0, 10.5, 89.5]);
    expect(catalog.meta.jobZones[3]).toEqual({
      zone: 4,
      name: 'Job Zone Four: Considerable Preparation Needed',
    });
  });

  it('reads literal quotes as text, removes exact duplicate titles and copies no O*NET sentence', () => {
    const titles = catalog.titles.titles.find((record) => record.code === '27-2091.00');
    expect(titles?.alternate).toEqual(['Club "Mix" DJ']);
    expect(catalog.titles.titles.find((record) => record.code === '15-1252.00')?.alternate).toEqual([
      'Application Developer',
      'Software Engineer',
    ]);
    const text = Object.values(serializeCatalog(catalog)).join('');
    expect(text).not.toMatch(/Made-up/);
  });

  it('gives byte-identical files on every run, with a trailing newline', () => {
    const again = serializeCatalog(importCatalog(FIXTURE).catalog);
    expect(again).toEqual(serializeCatalog(catalog));
    for (const text of Object.values(again)) expect(text.endsWith(']}\n') || text.endsWith('}\n')).toBe(true);
  });
});

describe('importCatalog errors name the file and line', () => {
  it('a missing folder or file', () => {
    expect(importError(join(scratch, 'nowhere')).message).toMatch(/nowhere: no such folder/);
    const dir = fixtureCopy('missing-file');
    rmSync(join(dir, 'onet', 'Technology Skills.txt'));
    expect(importError(dir).message).toBe(
      'onet/Technology Skills.txt: missing or unreadable (is this the shared data folder?)',
    );
  });

  it('a row with the wrong number of fields, a bad number, an unknown code, a missing column', () => {
    let dir = fixtureCopy('short-row');
    appendFileSync(join(dir, 'onet', 'Skills.txt'), '15-2041.00\t2.A.1.a\tReading Comprehension\n');
    expect(importError(dir).message).toBe('onet/Skills.txt:18: expected 10 tab-separated fields, found 3');
    dir = fixtureCopy('bad-number');
    appendFileSync(join(dir, 'onet', 'Job Zones.txt'), '55-3016.00\tfour\t08/2023\tAnalyst\n');
    expect(importError(dir).message).toBe('onet/Job Zones.txt:8: Job Zone must be a number (found "four")');
    dir = fixtureCopy('unknown-code');
    appendFileSync(
      join(dir, 'onet', 'Related Occupations.txt'),
      '15-2041.00\t99-9999.00\tSupplemental\t11\n',
    );
    expect(importError(dir).message).toBe(
      'onet/Related Occupations.txt:8: unknown O*NET-SOC code "99-9999.00"',
    );
    dir = fixtureCopy('bad-wage');
    const oews = join(dir, 'bls', 'oews_national_may2025.tsv');
    writeFileSync(
      oews,
      readFileSync(oews, 'utf8').replace('\t60000\t80000\t104000', '\t60000\tabout 80k\t104000'),
    );
    expect(importError(dir).message).toBe(
      'bls/oews_national_may2025.tsv:7: A_PCT25 must be a number or a BLS marker (found "about 80k")',
    );
    dir = fixtureCopy('no-column');
    writeFileSync(join(dir, 'onet', 'Job Zones.txt'), 'O*NET-SOC Code\tZone\n15-2041.00\t5\n');
    expect(importError(dir).message).toBe('onet/Job Zones.txt:1: missing column "Job Zone"');
  });

  it('another O*NET release', () => {
    const dir = fixtureCopy('other-release');
    writeFileSync(join(dir, 'onet', 'Read Me.txt'), 'O*NET 30.0 Database\n');
    expect(importError(dir).message).toBe(
      'onet/Read Me.txt:1: expected "O*NET 29.2 Database", found "O*NET 30.0 Database"',
    );
  });
});
