import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const skillIds = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];

function skillYaml(id: string, prerequisites: string[] = []): string {
  return [
    `name: Skill ${id}`,
    'category: programming',
    `description: A made-up skill called ${id} for validator tests.`,
    'hoursToLevel: [5, 20, 80, 300, 900]',
    `prerequisites: [${prerequisites.join(', ')}]`,
    'firstSteps:',
    '  - Read the introduction chapter this week.',
    '  - Build one tiny example end to end.',
    'topics:',
    `  basic: [${id} basics, ${id} tooling]`,
    `  working: [${id} in production]`,
    '',
  ].join('\n');
}

export function roleYaml(
  overrides: { title?: string; aliases?: string; certifications?: string } = {},
): string {
  const skills = skillIds
    .map((id) =>
      [
        `  - skill: ${id}`,
        '    level: 3',
        '    importance: core',
        `    usage: You use ${id} every day to build the product.`,
      ].join('\n'),
    )
    .join('\n');
  return `title: ${overrides.title ?? 'Widget Engineer'}
aliases: ${overrides.aliases ?? '[WE]'}
family: software-engineering
seniority: mid
summary: Widget engineers design and build widgets for a living.
occupationCodes:
  - soc: 15-1252
    onet: 15-1252.00
    title: Software Developers
    weight: 1
salary:
  soc: 15-1252
  p25: 100000
  median: 130000
  p75: 170000
  currency: USD
  asOf: 2025-05
  sourceIds: [test-source]
outlook:
  soc: 15-1252
  growthPct: 15.8
  period: 2024-2034
  sourceIds: [test-source]
demand:
  text: Employers hire many widget engineers every single year.
  sourceIds: [test-source]
skills:
${skills}
traits:
  love: [love-a, love-b, love-c, love-d]
  challenges: [hard-a, hard-b, hard-c]
entry:
  education: A bachelor's degree in computing is common.
  experience: Most start after an internship or two.
  degreeExpected: false
projects:
  - title: Widget one
    description: Build a widget that does one useful thing.
    skills: [alpha]
  - title: Widget two
    description: Build a widget that does two useful things.
    skills: [beta]
  - title: Widget three
    description: Build a widget that does three useful things.
    skills: [gamma]
resumeTips:
  into:
    - Show the widgets you shipped and who used them.
    - Quantify how much faster your widgets made things.
  outOf:
    - Translate widget work into the new field's language.
    - Lead with the outcomes rather than the tools.
certifications: ${overrides.certifications ?? '[widget-cert]'}
`;
}

function traitYaml(withChallenge: boolean): string {
  return `love: You get to build widgets all day long.
miss: Building widgets all day long with friends.
${withChallenge ? 'challenge: Widgets break in ways nobody predicted.\n' : ''}`;
}

/** A minimal valid KB as relative path → file text; tests replace one file to break one rule. */
export function validFixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'kb.yaml': 'kbVersion: 1.0.0\nupdated: 2026-11-24\n',
    'sources/test-source.yaml':
      'publisher: Test Bureau\ntitle: Test Statistics\nyear: 2025\nurl: https://example.org/stats\naccessed: 2026-11-24\n',
    'resources/free-guide.yaml': `title: Free Guide\nprovider: Test Provider\nurl: https://example.org/guide\nkind: course\ncostUsd: 0\nhours: 10\nlevel: beginner\nskills: [${skillIds.join(', ')}]\nasOf: 2026-11-24\n`,
    'resources/paid-book.yaml': `title: Paid Book\nprovider: Test Press\nurl: https://example.org/book\nkind: book\ncostUsd: 30\nhours: 20\nlevel: intermediate\nskills: [${skillIds.join(', ')}]\nasOf: 2026-11-24\n`,
    'certifications/widget-cert.yaml':
      'name: Widget Certificate\nissuer: Widget Board\ncostUsd: 150\nurl: https://example.org/cert\nstatus: active\nasOf: 2026-11-24\nskills: [alpha]\n',
    'roles/widget-engineer.yaml': roleYaml(),
  };
  for (const id of skillIds) files[`skills/${id}.yaml`] = skillYaml(id, id === 'beta' ? ['alpha'] : []);
  for (const id of ['love-a', 'love-b', 'love-c', 'love-d']) files[`traits/${id}.yaml`] = traitYaml(false);
  for (const id of ['hard-a', 'hard-b', 'hard-c']) files[`traits/${id}.yaml`] = traitYaml(true);
  return files;
}

export { skillYaml };

/** Writes files to a fresh temporary directory; call the returned cleanup when done. */
export function writeFixture(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-kb-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
