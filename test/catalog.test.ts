import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_FILES } from '../src/catalog/catalogSchema.ts';
import { importCatalog } from '../src/catalog/importCatalog.ts';
import { loadCatalog } from '../src/catalog/loadCatalog.ts';
import { titleKey } from '../src/catalog/titleKey.ts';
import { writeCatalog } from '../src/catalog/writeCatalog.ts';
import { bufferIo, type Io } from '../src/cli/io.ts';
import { runCli } from '../src/cli/runCli.ts';
import { loadConfig } from '../src/config/loadConfig.ts';
import { normalizeName } from '../src/domain/kb/normalizeName.ts';
import { validFixtureFiles, writeFixture } from '../src/kb/testing/fixtureKb.ts';
import { CONTENT_DIR } from './realKb.ts';

const repoRoot = join(import.meta.dirname, '..');
const SHARED_DATA = join(repoRoot, '..', 'shared', 'data');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'onet-mini');
const COMMITTED = join(CONTENT_DIR, 'catalog');
const shared = existsSync(join(SHARED_DATA, 'onet', 'Occupation Data.txt'));
if (!shared)
  console.log(
    'skipping the catalogue re-import check: no staged data in ../shared/data beside the repository',
  );

const config = loadConfig({ PATHWAY_CONTENT_DIR: CONTENT_DIR });
const scratch = mkdtempSync(join(tmpdir(), 'pathway-catalog-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(argv: string[], io: Io & { stdout(): string; stderr(): string } = bufferIo()) {
  const code = await runCli(argv, io, config);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('pathway catalog import', () => {
  it('writes the catalogue and ends with its counts; progress per file only on a terminal', async () => {
    const out = join(scratch, 'piped');
    const piped = await run(['catalog', 'import', FIXTURE, '--out', out]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toMatch(/read onet/);
    expect(piped.stdout).toMatch(/^occupations\s+8$/m);
    expect(piped.stdout).toMatch(/^titles\s+21 \(8 primary, 7 alternate, 3 short, 3 reported\)$/m);
    expect(piped.stdout).toMatch(
      /^ratings\s+32 rows: 4 occupations rated, 3 borrow from a rated relative, 1 without$/m,
    );
    expect(piped.stdout).toMatch(/^wages joined\s+7 occupations \(6 with a median\)$/m);
    expect(piped.stdout).toMatch(
      /^code exceptions\s+2 SOC codes \(2 occupations\) needed the exceptions table$/m,
    );
    for (const name of Object.values(CATALOG_FILES)) expect(existsSync(join(out, name))).toBe(true);

    const terminal = await run(['catalog', 'import', FIXTURE, '--out', join(scratch, 'tty')], {
      ...bufferIo(),
      isTty: true,
    });
    expect(terminal.stdout).toMatch(/read onet\/Occupation Data\.txt\s+8 rows/);
    expect(terminal.stdout).toMatch(/read bls\/onet_soc_to_bls_code_exceptions\.tsv\s+2 rows/);
  });

  it('exits 2 with a clear message for a missing folder, a missing argument or a malformed row', async () => {
    const missing = await run(['catalog', 'import', join(scratch, 'no-such-folder')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^catalog import: .*no-such-folder: no such folder\n$/);
    const noArgument = await run(['catalog', 'import']);
    expect(noArgument.code).toBe(2);
    expect(noArgument.stderr).toMatch(/usage: pathway catalog import <shared-data-dir>/);

    const broken = join(scratch, 'broken');
    cpSync(FIXTURE, broken, { recursive: true });
    const zones = join(broken, 'onet', 'Job Zones.txt');
    writeFileSync(zones, `${readFileSync(zones, 'utf8')}15-1299.00\t4\n`);
    const malformed = await run(['catalog', 'import', broken, '--out', join(scratch, 'unused')]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toBe(
      'catalog import: onet/Job Zones.txt:8: expected 4 tab-separated fields, found 2\n',
    );
    expect(existsSync(join(scratch, 'unused'))).toBe(false);
  });
});

describe('the committed catalogue', () => {
  it('catalog stats: ≥ 900 occupations with wages, ≥ 60,000 resolvable titles, every figure sourced', async () => {
    const result = await run(['catalog', 'stats', '--format', 'json']);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(stats.occupations).toBe(1016);
    expect(stats.withWages).toBeGreaterThanOrEqual(900);
    expect(stats.titlesResolvable).toBeGreaterThanOrEqual(60_000);
    expect(stats.figuresSourced).toBe(stats.figures);
    expect(stats.ratingsOwn + stats.ratingsBorrowed + stats.ratingsNone).toBe(stats.occupations);
    expect(stats.ratingsOwn).toBe(879);
    expect(stats.committedBytes).toBeLessThan(10_000_000);
    const text = await run(['catalog', 'stats']);
    expect(text.stdout).toMatch(/^withWages\s+\d{3,}$/m);
  });

  it('flags borrowed ratings (Software Developers, Data Scientists) and carries the attribution', () => {
    const loaded = loadCatalog(COMMITTED);
    if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
    const { catalog } = loaded;
    expect(catalog.occupation.get('15-1252.00')?.ratings?.borrowedFrom).toBe('15-1299.08');
    expect(catalog.occupation.get('15-2051.00')?.ratings?.borrowedFrom).toBe('15-2041.00');
    expect(catalog.occupation.get('15-2051.00')?.wages?.median).toBe(120230);
    expect(catalog.meta.attribution.onet).toMatch(/modified from O\*NET 29\.2 \(USDOL\/ETA\).*CC BY 4\.0/);
    expect(catalog.meta.attribution.bls).toMatch(/U\.S\. Bureau of Labor Statistics/);
    expect(catalog.titleIndex.get(titleKey('Software Engineer'))?.map((entry) => entry.code)).toContain(
      '15-1252.00',
    );
    const differ = catalog.titles.filter((entry) => titleKey(entry.title) !== normalizeName(entry.title));
    expect(differ).toEqual([]);
  });

  it.skipIf(!shared)('is exactly what importing ../shared/data writes, byte for byte', () => {
    const out = join(scratch, 'reimport');
    writeCatalog(out, importCatalog(SHARED_DATA).catalog);
    for (const name of Object.values(CATALOG_FILES)) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(COMMITTED, name))), name).toBe(true);
    }
  });

  it.skipIf(!shared)('copies no O*NET description or task statement', () => {
    const sentences = ['Occupation Data.txt', 'Task Statements.txt'].flatMap((file) =>
      readFileSync(join(SHARED_DATA, 'onet', file), 'utf8')
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[2] as string),
    );
    const committed = Object.values(CATALOG_FILES)
      .map((name) => readFileSync(join(COMMITTED, name), 'utf8'))
      .join('\n');
    const strings = new Set(committed.match(/"(?:[^"\\]|\\.)*"/g));
    expect(sentences.length).toBeGreaterThan(19_000);
    expect(sentences.filter((sentence) => strings.has(JSON.stringify(sentence)))).toEqual([]);
  });
});

describe('pathway kb check validates the catalogue too', () => {
  it('passes a valid one, and lists catalogue problems as file:line with the KB’s', async () => {
    const files = validFixtureFiles();
    // Every O*NET element of the fixture catalogue belongs to one skill.
    files['skills/alpha.yaml'] += 'onet: [2.A.1.a, 2.B.3.e, 2.C.4.a, 2.C.10]\n';
    const fixture = writeFixture(files);
    try {
      writeCatalog(join(fixture.dir, 'catalog'), importCatalog(FIXTURE).catalog);
      const valid = await run(['kb', 'check', '--dir', fixture.dir]);
      expect(valid.stderr).toBe('');
      expect(valid.stdout).toMatch(
        /Catalogue \(O\*NET 29\.2, OEWS May 2025, EP 2024–34\) is valid: 8 occupations/,
      );

      const occupations = join(fixture.dir, 'catalog', 'occupations.json');
      writeFileSync(
        occupations,
        readFileSync(occupations, 'utf8').replace(
          '"borrowedFrom":"15-2041.00"',
          '"borrowedFrom":"15-2099.00"',
        ),
      );
      const role = join(fixture.dir, 'roles', 'widget-engineer.yaml');
      writeFileSync(role, readFileSync(role, 'utf8').replace('onet: 15-1252.00', 'onet: 15-1252.07'));
      const broken = await run(['kb', 'check', '--dir', fixture.dir]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(
        /catalog\/occupations\.json:7: 15-2051\.00: borrows ratings from 15-2099\.00/,
      );
      expect(broken.stderr).toMatch(/1 problem found/);

      writeFileSync(occupations, readFileSync(occupations, 'utf8').replace('"15-2099.00"', '"15-2041.00"'));
      const wrongCode = await run(['kb', 'check', '--dir', fixture.dir]);
      expect(wrongCode.stderr).toMatch(
        /roles\/widget-engineer\.yaml:\d+: O\*NET code 15-1252\.07 is not in the catalogue/,
      );
    } finally {
      fixture.cleanup();
    }
  });
});
