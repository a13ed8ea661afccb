import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../domain/kb/normalizeName.ts';
import { importCatalog } from './importCatalog.ts';
import { type CatalogLoadResult, loadCatalog } from './loadCatalog.ts';
import { titleKey } from './titleKey.ts';
import { writeCatalog } from './writeCatalog.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'onet-mini');
const scratch = mkdtempSync(join(tmpdir(), 'pathway-catalog-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const imported = importCatalog(FIXTURE).catalog;

/** The fixture's catalogue written to a fresh folder, with one file changed by `edit`. */
function catalogWith(name: string, file?: string, edit?: (text: string) => string): string {
  const dir = join(scratch, name);
  writeCatalog(dir, imported);
  if (file && edit) writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function problems(result: CatalogLoadResult): string[] {
  if (result.ok) throw new Error('the catalogue loaded');
  return result.problems.map(
    (problem) => `${problem.file.split('/').pop()}:${problem.line}: ${problem.message}`,
  );
}

describe('loadCatalog', () => {
  const loaded = loadCatalog(catalogWith('valid'), { canonical: true });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const { catalog } = loaded;

  it('indexes occupations by O*NET code and SOC code', () => {
    expect(catalog.occupations).toHaveLength(8);
    expect(catalog.occupation.get('15-2041.00')?.title).toBe('Statisticians');
    expect(catalog.occupationsBySoc.get('15-1299')?.map((occupation) => occupation.code)).toEqual([
      '15-1299.00',
      '15-1299.08',
    ]);
    expect(loaded.bytes).toBeGreaterThan(1000);
  });

  it('gives borrowed ratings the lender’s values, flagged with where they come from', () => {
    const developers = catalog.occupation.get('15-1252.00')?.ratings;
    const architects = catalog.occupation.get('15-1299.08')?.ratings;
    expect(developers).toMatchObject({ borrowedFrom: '15-1299.08', rule: 'related-occupation' });
    expect(architects).toMatchObject({ borrowedFrom: null, rule: null });
    expect(developers?.level).toBe(architects?.level);
    expect(catalog.occupation.get('55-3016.00')?.ratings).toBeNull();
  });

  it('resolves every title form to its occupations, once per occupation', () => {
    const lookup = (title: string) =>
      catalog.titleIndex.get(titleKey(title))?.map((entry) => `${entry.code} ${entry.kind}`);
    expect(lookup('software engineer')).toEqual(['15-1252.00 alternate']);
    expect(lookup('SOFTWARE DEVELOPERS')).toEqual(['15-1252.00 primary']);
    expect(lookup('DJ')).toEqual(['27-2091.00 short']);
    expect(lookup('Solutions Architect')).toEqual(['15-1299.08 reported']);
    expect(catalog.titles).toHaveLength(20);
  });

  it('links technology names with their hot and in-demand flags', () => {
    const developers = catalog.occupation.get('15-1252.00');
    expect(developers?.technology.map((technology) => technology.name)).toEqual(['Git', 'Python']);
    expect(developers?.inDemand.map((technology) => `${technology.name} ${technology.hot}`)).toEqual([
      'Python true',
    ]);
  });

  it('is immutable', () => {
    const occupation = catalog.occupation.get('15-2041.00') as { title: string };
    expect(() => {
      occupation.title = 'Changed';
    }).toThrow(TypeError);
    expect(Object.isFrozen(catalog.titles[0])).toBe(true);
  });

  it('makes the same key as normalizeName for titles, ASCII or not', () => {
    for (const title of [
      'Café Owner',
      'C++ / C# Developer',
      'Über\tDriver',
      '  Chief (CEO)  ',
      'Ångström Lab Tech',
    ])
      expect(titleKey(title)).toBe(normalizeName(title));
  });
});

describe('loadCatalog problems point at the file and line', () => {
  it('invalid JSON and schema errors', () => {
    const broken = catalogWith('json', 'occupations.json', (text) =>
      text.replace('"code":"15-1252.00",', '"code":'),
    );
    expect(problems(loadCatalog(broken))).toEqual([
      expect.stringMatching(/^occupations\.json:3: not valid JSON/),
    ]);
    const zone = catalogWith('zone', 'occupations.json', (text) =>
      text.replace(
        '"title":"Statisticians","soc":"15-2041","jobZone":5',
        '"title":"Statisticians","soc":"15-2041","jobZone":9',
      ),
    );
    expect(problems(loadCatalog(zone))).toEqual([
      expect.stringMatching(/^occupations\.json:6: occupations\.4\.jobZone: Too big/),
    ]);
    const ratings = catalogWith('ratings', 'ratings.json', (text) =>
      text.replace('"importance":[4,', '"importance":[9,'),
    );
    expect(problems(loadCatalog(ratings))).toEqual([
      'ratings.json:3: ratings.1.importance: must be a list of numbers from 1 to 5',
    ]);
  });

  it('references to occupations, elements and technologies that do not exist', () => {
    const dir = catalogWith('references', 'occupations.json', (text) =>
      text
        .replace('"related":["15-1299.08","15-2051.00"]', '"related":["15-1299.08","99-9999.00"]')
        .replace('"borrowedFrom":"15-2041.00"', '"borrowedFrom":"15-1252.00"')
        .replace('"technology":[3]', '"technology":[7]'),
    );
    expect(problems(loadCatalog(dir))).toEqual([
      'occupations.json:3: 15-1252.00: related occupation 99-9999.00 is not another catalogue occupation',
      'occupations.json:7: 15-2051.00: borrows ratings from 15-1252.00, which has no ratings of its own',
      'occupations.json:8: 27-2091.00: technology 7 is not in technologies.json',
    ]);
    const short = catalogWith('short-ratings', 'ratings.json', (text) =>
      text.replace('"level":[5,5.5,5.5,5]', '"level":[5]'),
    );
    expect(problems(loadCatalog(short))).toEqual([
      'ratings.json:4: 15-2041.00: needs 4 importance and level values, one per element',
    ]);
  });

  it('sources and attribution that are not the code’s, a missing file, a hand-edited file', () => {
    const meta = catalogWith('meta', 'catalog.json', (text) =>
      text.replace(
        '"figureSources": {\n    "titles": [\n      "onet-29-2"',
        '"figureSources": {\n    "titles": [\n      "onet-30"',
      ),
    );
    expect(problems(loadCatalog(meta))).toEqual([
      expect.stringMatching(/^catalog\.json:\d+: titles cites unknown source "onet-30"$/),
      expect.stringMatching(
        /^catalog\.json:\d+: figureSources differs from src\/catalog\/catalogSources\.ts/,
      ),
    ]);
    const missing = catalogWith('missing');
    rmSync(join(missing, 'titles.json'));
    expect(problems(loadCatalog(missing))).toEqual([
      expect.stringMatching(/^titles\.json:1: missing; run `pathway catalog import/),
    ]);
    const edited = catalogWith('edited', 'technologies.json', (text) =>
      text.replace('{"name":"R",', '{"name": "R",'),
    );
    expect(loadCatalog(edited).ok).toBe(true);
    expect(problems(loadCatalog(edited, { canonical: true }))).toEqual([
      expect.stringMatching(/^technologies\.json:4: not as the importer writes it/),
    ]);
  });
});
