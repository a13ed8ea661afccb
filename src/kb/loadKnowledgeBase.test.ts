import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './loadKnowledgeBase.ts';
import type { Problem } from './problem.ts';
import { roleYaml, skillYaml, validFixtureFiles, writeFixture } from './testing/fixtureKb.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function load(overrides: Record<string, string | null>) {
  const files = validFixtureFiles();
  for (const [path, text] of Object.entries(overrides)) {
    if (text === null) delete files[path];
    else files[path] = text;
  }
  const fixture = writeFixture(files);
  cleanups.push(fixture.cleanup);
  return { result: loadKnowledgeBase(fixture.dir), dir: fixture.dir };
}

function problemsOf(overrides: Record<string, string | null>): { problems: readonly Problem[]; dir: string } {
  const { result, dir } = load(overrides);
  if (result.ok) throw new Error('expected the fixture to be invalid');
  return { problems: result.problems, dir };
}

function expectProblem(
  overrides: Record<string, string | null>,
  file: string,
  line: number,
  message: RegExp,
): void {
  const { problems, dir } = problemsOf(overrides);
  const match = problems.find((problem) => message.test(problem.message));
  expect(
    match,
    `no problem matching ${message} in:\n${problems.map((p) => p.message).join('\n')}`,
  ).toBeDefined();
  expect(match?.file).toBe(join(dir, file));
  expect(match?.line).toBe(line);
}

const role = 'roles/widget-engineer.yaml';

describe('loadKnowledgeBase on a valid fixture', () => {
  it('loads and indexes every entity', () => {
    const { result } = load({});
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.kb.roles).toHaveLength(1);
    expect(result.kb.skills).toHaveLength(8);
    expect(result.kb.resourcesBySkill.get('alpha')?.map((r) => r.id)).toEqual(['free-guide', 'paid-book']);
    expect(Object.isFrozen(result.kb.roles[0])).toBe(true);
  });
});

describe('validator rules, each with file and line', () => {
  it('reports YAML syntax errors', () => {
    expectProblem(
      { 'skills/alpha.yaml': 'name: Alpha\ncategory: a: b\nfoo: 1\n' },
      'skills/alpha.yaml',
      2,
      /YAML syntax/,
    );
  });

  it('reports duplicate keys as YAML errors', () => {
    expectProblem(
      { 'skills/alpha.yaml': `${skillYaml('alpha')}name: Again\n` },
      'skills/alpha.yaml',
      12,
      /YAML syntax/,
    );
  });

  it('reports schema violations at the offending field', () => {
    const text = roleYaml().replace('seniority: mid', 'seniority: wizard');
    expectProblem({ [role]: text }, role, 4, /seniority/);
  });

  it('reports unknown fields', () => {
    const text = roleYaml().replace('seniority: mid', 'seniority: mid\ncolour: blue');
    expectProblem({ [role]: text }, role, 5, /unknown field "colour"/);
  });

  it('reports unknown skill ids referenced by a role', () => {
    const text = roleYaml().replace('  - skill: gamma', '  - skill: gamma-ray');
    expectProblem({ [role]: text }, role, 36, /unknown skill id "gamma-ray"/);
  });

  it('reports unknown trait, certification and source ids', () => {
    const traits = roleYaml().replace('love: [love-a,', 'love: [love-z,');
    expectProblem({ [role]: traits }, role, 61, /unknown trait id "love-z"/);
    const certs = roleYaml({ certifications: '[no-such-cert]' });
    expectProblem({ [role]: certs }, role, 84, /unknown certification id "no-such-cert"/);
    const sources = roleYaml().replace(
      '  sourceIds: [test-source]\noutlook',
      '  sourceIds: [nobody]\noutlook',
    );
    expectProblem({ [role]: sources }, role, 18, /unknown source id "nobody"/);
  });

  it('reports a challenge trait without challenge text', () => {
    expectProblem(
      { 'traits/hard-a.yaml': 'love: You get to build widgets.\nmiss: Building widgets with friends.\n' },
      role,
      62,
      /trait "hard-a" has no challenge text/,
    );
  });

  it('reports duplicate aliases across roles', () => {
    const second = roleYaml({ title: 'Gadget Engineer', aliases: '[Gadgeteer, "we"]' });
    expectProblem(
      { 'roles/zeta-engineer.yaml': second },
      'roles/zeta-engineer.yaml',
      2,
      /already the name or alias/,
    );
  });

  it('reports an id that does not match its file name', () => {
    expectProblem(
      { 'skills/alpha.yaml': `id: alfa\n${skillYaml('alpha')}` },
      'skills/alpha.yaml',
      1,
      /does not match/,
    );
  });

  it('prints prerequisite cycles', () => {
    const { problems } = problemsOf({ 'skills/alpha.yaml': skillYaml('alpha', ['beta']) });
    expect(problems.map((p) => p.message)).toContain('prerequisite cycle: alpha → beta → alpha');
    expect(problems.find((p) => p.message.startsWith('prerequisite cycle'))?.line).toBe(5);
  });

  it('reports hoursToLevel that decreases', () => {
    const text = skillYaml('alpha').replace('[5, 20, 80, 300, 900]', '[5, 20, 80, 60, 900]');
    expectProblem(
      { 'skills/alpha.yaml': text },
      'skills/alpha.yaml',
      4,
      /hoursToLevel must not decrease: level 4/,
    );
  });

  it('reports salary percentiles out of order', () => {
    const text = roleYaml().replace('p25: 100000', 'p25: 140000');
    expectProblem({ [role]: text }, role, 12, /p25 ≤ median ≤ p75/);
  });

  it('reports a figure without a source', () => {
    const text = roleYaml().replace('  sourceIds: [test-source]\noutlook', '  sourceIds: []\noutlook');
    expectProblem({ [role]: text }, role, 18, /salary.sourceIds: a figure needs at least one source/);
  });

  it('reports a resource or certification without asOf', () => {
    const resource =
      validFixtureFiles()['resources/free-guide.yaml']?.replace('asOf: 2026-11-24\n', '') ?? '';
    expectProblem({ 'resources/free-guide.yaml': resource }, 'resources/free-guide.yaml', 1, /asOf/);
    const cert =
      validFixtureFiles()['certifications/widget-cert.yaml']?.replace('asOf: 2026-11-24\n', '') ?? '';
    expectProblem({ 'certifications/widget-cert.yaml': cert }, 'certifications/widget-cert.yaml', 1, /asOf/);
  });

  it('reports a retired certification that a role still recommends', () => {
    const cert =
      validFixtureFiles()['certifications/widget-cert.yaml']?.replace(
        'status: active',
        'status: retired\nretiredOn: 2026-03-31',
      ) ?? '';
    expectProblem(
      { 'certifications/widget-cert.yaml': cert },
      role,
      84,
      /certification "widget-cert" is retired/,
    );
  });

  it('reports malformed URLs', () => {
    const text =
      validFixtureFiles()['resources/free-guide.yaml']?.replace('https://example.org/guide', 'not a url') ??
      '';
    expectProblem({ 'resources/free-guide.yaml': text }, 'resources/free-guide.yaml', 3, /url/);
  });

  it('reports a core skill with no free resource', () => {
    const text = validFixtureFiles()['resources/free-guide.yaml']?.replace('costUsd: 0', 'costUsd: 40') ?? '';
    expectProblem({ 'resources/free-guide.yaml': text }, role, 28, /core skill "alpha" has no free resource/);
  });

  it('reports a core skill taught only in a language the role does not use', () => {
    const files = validFixtureFiles();
    const inIota = (path: string) => (files[path] ?? '').replace('\nskills:', '\nlanguage: iota\nskills:');
    expectProblem(
      {
        'skills/iota.yaml': skillYaml('iota'),
        'resources/free-guide.yaml': inIota('resources/free-guide.yaml'),
        'resources/paid-book.yaml': inIota('resources/paid-book.yaml'),
      },
      role,
      28,
      /core skill "alpha" is only taught in iota, which this role does not use/,
    );
  });

  it('reports a skill a role needs with fewer than two resources', () => {
    expectProblem(
      { 'resources/paid-book.yaml': null },
      role,
      28,
      /core skill "alpha" has 1 resource \(needs at least 2\)/,
    );
  });

  it('reports background knowledge that repeats a role skill or names an unknown skill', () => {
    const base = roleYaml();
    const line = base.slice(0, base.indexOf('traits:')).split('\n').length;
    const background = (skill: string) =>
      base.replace(
        'traits:',
        `background:\n  - skill: ${skill}\n    level: 2\n    from: a test degree\ntraits:`,
      );
    expectProblem(
      { [role]: background('alpha') },
      role,
      line + 1,
      /"alpha" is already one of the role's skills/,
    );
    expectProblem({ [role]: background('omega') }, role, line + 1, /unknown skill id "omega"/);
  });

  it('reports a way in that names an unknown role or the role itself', () => {
    const base = roleYaml();
    const line = base.split('\n').findIndex((text) => text.includes('degreeExpected')) + 2;
    const from = (ids: string) =>
      base.replace('  degreeExpected: false', `  degreeExpected: false\n  from: [${ids}]`);
    expectProblem({ [role]: from('astronaut') }, role, line, /unknown role id "astronaut"/);
    expectProblem({ [role]: from('widget-engineer') }, role, line, /cannot be its own way in/);
  });

  it('reports a hire level above the role level', () => {
    const text = roleYaml().replace(
      '    level: 3\n    importance: core',
      '    level: 3\n    hireLevel: 4\n    importance: core',
    );
    expectProblem({ [role]: text }, role, 30, /hireLevel 4 is above the role level 3/);
  });

  it('reports a core skill without topics at the skill file', () => {
    const text = skillYaml('gamma').replace(/topics:[\s\S]*$/, '');
    expectProblem(
      { 'skills/gamma.yaml': text },
      'skills/gamma.yaml',
      1,
      /no topics, but role "widget-engineer" marks this skill core/,
    );
  });

  it('reports pay and growth taken from different occupations', () => {
    const text = roleYaml().replace('outlook:\n  soc: 15-1252', 'outlook:\n  soc: 15-2051');
    const line = text.slice(0, text.indexOf('  soc: 15-2051')).split('\n').length;
    expectProblem({ [role]: text }, role, line, /growth comes from 15-2051 but pay from 15-1252/);
  });

  it('reports every problem at once, not just the first', () => {
    const { problems } = problemsOf({
      'skills/alpha.yaml': 'name: [broken\n',
      'skills/beta.yaml': skillYaml('beta').replace('[5, 20, 80, 300, 900]', '[5, 2, 80, 300, 900]'),
      [role]: roleYaml().replace('p25: 100000', 'p25: 999999'),
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('does not cascade a broken file into unknown-id problems elsewhere', () => {
    const { problems } = problemsOf({ 'skills/alpha.yaml': 'name: [broken\n' });
    expect(problems.every((p) => !p.message.includes('unknown skill id "alpha"'))).toBe(true);
  });
});
