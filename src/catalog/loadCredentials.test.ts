import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_FAMILIES } from './credentialSchema.ts';
import { credentialStats } from './credentialStats.ts';
import { loadCatalog } from './loadCatalog.ts';
import { type CredentialLoadResult, loadCredentials } from './loadCredentials.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const scratch = mkdtempSync(join(tmpdir(), 'pathway-credentials-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const KNOWN = new Set(['29-1141.00', '47-2111.00']);

const NURSE = `id: rn-adn
name: Associate degree in nursing and NCLEX-RN licence
family: health
kind: licence
required: required-by-law
occupations:
  - 29-1141.00
programme:
  minMonths: 24
  maxMonths: 36
  fullTime: true
  estimate: false
prerequisites: high school diploma
note: Every state licenses registered nurses after a national exam.
sources:
  - publisher: U.S. Bureau of Labor Statistics
    title: Occupational Outlook Handbook, Registered Nurses
    year: 2025
    url: https://www.bls.gov/ooh/healthcare/registered-nurses.htm
`;

const ELECTRICIAN = `id: electrician-apprenticeship
name: Electrician apprenticeship and journeyman licence
family: trades
kind: apprenticeship
required: required-by-law
occupations: [47-2111.00]
programme: { minMonths: 48, maxMonths: 60, fullTime: true, paid: true, estimate: false }
prerequisites: high school diploma
experienceMonths: 48
note: Apprentices are paid while they learn on the job.
sources:
  - publisher: U.S. Bureau of Labor Statistics
    title: Occupational Outlook Handbook, Electricians
    year: 2025
    url: https://www.bls.gov/ooh/construction-and-extraction/electricians.htm
`;

/** A fresh folder holding `files` (name → YAML text). */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

function problems(result: CredentialLoadResult): string[] {
  if (result.ok) throw new Error('the credentials loaded');
  return result.problems.map(
    (problem) => `${problem.file.split('/').pop()}:${problem.line}: ${problem.message}`,
  );
}

describe('loadCredentials', () => {
  it('loads valid files and indexes them by occupation', () => {
    const result = loadCredentials(
      folder('valid', { 'rn-adn.yaml': NURSE, 'electrician.yaml': ELECTRICIAN, 'README.md': '# not YAML' }),
      KNOWN,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.table.credentials.map((credential) => credential.id)).toEqual([
      'electrician-apprenticeship',
      'rn-adn',
    ]);
    expect(result.table.byOccupation.get('29-1141.00')?.[0]?.programme).toMatchObject({
      minMonths: 24,
      maxMonths: 36,
    });
    expect(credentialStats(result.table)).toMatchObject({ credentials: 2, occupationsWithCredential: 2 });
    expect(Object.isFrozen(result.table.credentials[0]?.programme)).toBe(true);
  });

  it('names an occupation code the catalogue does not have, at its line', () => {
    const result = loadCredentials(
      folder('unknown-code', {
        'rn-adn.yaml': NURSE.replace('  - 29-1141.00', '  - 29-1141.00\n  - 29-9999.00'),
      }),
      KNOWN,
    );
    expect(problems(result)).toEqual(['rn-adn.yaml:8: occupation 29-9999.00 is not in the catalogue']);
  });

  it('rejects a programme whose minimum is above its maximum', () => {
    const result = loadCredentials(
      folder('min-above-max', { 'rn-adn.yaml': NURSE.replace('minMonths: 24', 'minMonths: 40') }),
      KNOWN,
    );
    expect(problems(result)).toEqual([
      'rn-adn.yaml:9: programme: minMonths (40) is more than maxMonths (36)',
    ]);
  });

  it('requires at least one source', () => {
    const withoutSources = `${NURSE.slice(0, NURSE.indexOf('sources:'))}sources: []\n`;
    const result = loadCredentials(folder('no-source', { 'rn-adn.yaml': withoutSources }), KNOWN);
    expect(problems(result)).toEqual(['rn-adn.yaml:15: sources: needs at least one source']);
  });

  it('rejects an id used twice, pointing at the second file', () => {
    const result = loadCredentials(
      folder('duplicate-id', {
        'a.yaml': NURSE,
        'b.yaml': ELECTRICIAN.replace('id: electrician-apprenticeship', 'id: rn-adn'),
      }),
      KNOWN,
    );
    expect(problems(result)).toEqual(['b.yaml:1: id rn-adn is also used by a.yaml']);
  });

  it('reports bad YAML, unknown fields and wrong kinds as file:line, every one at once', () => {
    const result = loadCredentials(
      folder('broken', {
        'bad.yaml': NURSE.replace('  minMonths: 24', '  minMonths: [24'),
        'strict.yaml': ELECTRICIAN.replace('kind: apprenticeship', 'kind: diploma').replace(
          'experienceMonths: 48',
          'experienceMonths: 48\nsalary: 1',
        ),
      }),
      KNOWN,
    );
    const found = problems(result);
    expect(found.some((problem) => /^bad\.yaml:\d+: YAML syntax: /.test(problem))).toBe(true);
    expect(found).toContain(
      'strict.yaml:4: kind: Invalid option: expected one of "licence"|"degree"|"apprenticeship"|"certification"|"exam"',
    );
    expect(
      found.some(
        (problem) =>
          problem.startsWith('strict.yaml:1: (file): Unrecognized key') && problem.includes('salary'),
      ),
    ).toBe(true);
  });

  it('keeps the experience an apprenticeship gives inside the apprenticeship', () => {
    const result = loadCredentials(
      folder('experience', {
        'electrician.yaml': ELECTRICIAN.replace('experienceMonths: 48', 'experienceMonths: 72'),
      }),
      KNOWN,
    );
    expect(problems(result)).toEqual([
      'electrician.yaml:9: experienceMonths (72) is earned inside the apprenticeship, so it cannot exceed maxMonths (60)',
    ]);
  });
});

describe('the committed credential table', () => {
  const catalog = loadCatalog(join(CONTENT, 'catalog'));
  if (!catalog.ok) throw new Error('the committed catalogue does not load');
  const result = loadCredentials(join(CONTENT, 'credentials'), catalog.catalog.occupation);

  it('loads, covers at least 30 occupations and every family issue 15 names', () => {
    if (!result.ok) throw new Error(problems(result).join('\n'));
    const stats = credentialStats(result.table);
    expect(stats.occupationsWithCredential).toBeGreaterThanOrEqual(30);
    for (const family of CREDENTIAL_FAMILIES) expect(stats.byFamily[family], family).toBeGreaterThan(0);
  });

  it('gates the occupations the issue lists (nurses, lawyers, electricians, teachers, accountants)', () => {
    if (!result.ok) throw new Error(problems(result).join('\n'));
    for (const code of ['29-1141.00', '23-1011.00', '47-2111.00', '25-2031.00', '13-2011.00'])
      expect(result.table.byOccupation.get(code)?.length, code).toBeGreaterThan(0);
  });
});
