import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../kb/loadKnowledgeBase.ts';
import { validFixtureFiles, writeFixture } from '../kb/testing/fixtureKb.ts';
import { catalogAgainstKb } from './catalogAgainstKb.ts';
import { importCatalog } from './importCatalog.ts';
import { loadCatalog } from './loadCatalog.ts';
import { writeCatalog } from './writeCatalog.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'onet-mini');
const imported = importCatalog(FIXTURE).catalog;

/** The fixture KB with `onet:` lines appended to the named skills, checked against the fixture's catalogue. */
function problemsWith(onet: Record<string, string>): string[] {
  const files = validFixtureFiles();
  for (const [skill, ids] of Object.entries(onet)) files[`skills/${skill}.yaml`] += `onet: ${ids}\n`;
  const fixture = writeFixture(files);
  try {
    writeCatalog(join(fixture.dir, 'catalog'), imported);
    const kb = loadKnowledgeBase(fixture.dir);
    const catalog = loadCatalog(join(fixture.dir, 'catalog'));
    if (!kb.ok || !catalog.ok) throw new Error('the fixture did not load');
    return catalogAgainstKb(kb.kb, catalog.catalog, fixture.dir).map(
      (problem) => `${problem.file.split('/').slice(-2).join('/')}:${problem.line}: ${problem.message}`,
    );
  } finally {
    fixture.cleanup();
  }
}

describe('catalogAgainstKb: O*NET elements and skills', () => {
  it('accepts a KB in which every element belongs to exactly one skill', () => {
    // The fixture's elements: Reading Comprehension, Programming, Mathematics and Transportation.
    expect(problemsWith({ alpha: '[2.A.1.a, 2.B.3.e]', beta: '[2.C.4.a]', gamma: '[2.C.10]' })).toEqual([]);
  });

  it('points at the skill line naming an unknown element or one another skill already holds', () => {
    expect(
      problemsWith({ alpha: '[2.A.1.a, 2.B.3.e]', beta: '[2.C.4.a, 2.C.4.b]', gamma: '[2.C.10, 2.B.3.e]' }),
    ).toEqual([
      'skills/beta.yaml:12: O*NET element 2.C.4.b is not in the catalogue',
      'skills/gamma.yaml:12: O*NET element 2.B.3.e already belongs to skill alpha; an element belongs to exactly one skill',
    ]);
  });

  it('lists every element no skill holds at its line in catalog.json', () => {
    const problems = problemsWith({ alpha: '[2.A.1.a]', beta: '[2.C.4.a]' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^catalog\/catalog\.json:\d+: O\*NET element 2\.B\.3\.e \(Programming\) belongs to no skill/,
    );
    expect(problems[1]).toMatch(/O\*NET element 2\.C\.10 \(Transportation\) belongs to no skill/);
  });
});
