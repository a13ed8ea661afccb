import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../src/cli/io.ts';
import { runCli } from '../src/cli/runCli.ts';
import { loadConfig } from '../src/config/loadConfig.ts';
import { GuideSchema } from '../src/domain/guide/guideSchema.ts';
import { validFixtureFiles, writeFixture } from '../src/kb/testing/fixtureKb.ts';
import { CONTENT_DIR } from './realKb.ts';

const config = loadConfig({ PATHWAY_CONTENT_DIR: CONTENT_DIR });

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await runCli(argv, io, config);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('pathway kb', () => {
  it('check passes on the bundled KB', async () => {
    const result = await run('kb', 'check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/is valid/);
  });

  it('check lists every problem with file and line and exits 1', async () => {
    const files = validFixtureFiles();
    files['skills/alpha.yaml'] = 'name: Alpha\ncategory: a: b\n';
    files['skills/beta.yaml'] =
      files['skills/beta.yaml']?.replace('[5, 20, 80, 300, 900]', '[5, 20, 8, 300, 900]') ?? '';
    const fixture = writeFixture(files);
    try {
      const result = await run('kb', 'check', '--dir', fixture.dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/skills\/alpha\.yaml:2: YAML syntax/);
      expect(result.stderr).toMatch(/skills\/beta\.yaml:4: hoursToLevel must not decrease/);
      expect(result.stderr).toMatch(/2 problems found/);
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      fixture.cleanup();
    }
  });

  it('stats --format json prints the counts with every figure sourced', async () => {
    const result = await run('kb', 'stats', '--format', 'json');
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    for (const key of [
      'roles',
      'skills',
      'resources',
      'certifications',
      'traits',
      'sources',
      'roleSkillLinks',
      'figures',
      'figuresSourced',
    ]) {
      expect(typeof stats[key], key).toBe('number');
    }
    expect(stats.figuresSourced).toBe(stats.figures);
  });
});

describe('pathway roles', () => {
  it('searches by partial, misspelled names', async () => {
    const result = await run('roles', '--search', 'machine lerning', '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((role: { id: string }) => role.id)).toContain(
      'machine-learning-engineer',
    );
  });

  it('lists every role as text', async () => {
    const result = await run('roles');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Software Engineer/);
  });
});

describe('pathway guide', () => {
  it('prints JSON that is exactly GuideSchema', async () => {
    const result = await run('guide', '--from', 'software engineer', '--to', 'MLE', '--format', 'json');
    expect(result.code).toBe(0);
    const guide = JSON.parse(result.stdout);
    expect(GuideSchema.strict().parse(guide)).toBeTruthy();
    expect(guide.to.id).toBe('machine-learning-engineer');
  });

  it('prints a Markdown document with a sources list', async () => {
    const result = await run(
      'guide',
      '--from',
      'Software Engineer',
      '--to',
      'Multimodal AI Engineer',
      '--format',
      'md',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# From Software Engineer to Multimodal AI Engineer/);
    expect(result.stdout).toMatch(/## Sources\n\n1\. U\.S\. Bureau of Labor Statistics/);
  });

  it('prints a plain text view without colour codes when not on a TTY', async () => {
    const result = await run('guide', '--from', 'Data Scientist', '--to', 'AI Engineer');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Roadmap/);
    expect(result.stdout.includes('\u001b[')).toBe(false);
  });

  it.each([
    [
      ['--from', 'Sofware Engneer', '--to', 'AI Engineer'],
      /Unknown role "Sofware Engneer"\. Did you mean: .*Software Engineer/,
    ],
    [['--from', 'Data Scientist', '--to', 'data-scientist'], /same role/],
    [
      ['--from', 'Data Scientist', '--to', 'AI Engineer', '--know', 'python4'],
      /--know: unknown skill "python4".*Did you mean: Python/,
    ],
    [
      ['--from', 'Data Scientist', '--to', 'AI Engineer', '--know', 'pyton:4'],
      /--know: unknown skill "pyton".*Did you mean: Python/,
    ],
    [
      ['--from', 'Data Scientist', '--to', 'AI Engineer', '--know', 'python:9'],
      /--know: level in "python:9"/,
    ],
    [['--from', 'Data Scientist', '--to', 'AI Engineer', '--hours', '0'], /--hours: must be at least 1/],
    [['--from', 'Data Scientist', '--to', 'AI Engineer', '--hours', '81'], /--hours: must be at most 80/],
    [['--from', 'Data Scientist', '--to', 'AI Engineer', '--hours', 'lots'], /--hours: must be a number/],
    [
      ['--from', 'Data Scientist', '--to', 'AI Engineer', '--salary=-5'],
      /--salary: must be a positive amount/,
    ],
    [['--from', 'Data Scientist', '--to', 'AI Engineer', '--start', '2027-02-30'], /--start: /],
    [
      ['--from', 'Data Scientist', '--to', 'AI Engineer', '--budget', 'cheap'],
      /--budget: must be "free" or "any"/,
    ],
    [
      ['--from', 'Data Scientist', '--to', 'AI Engineer', '--format', 'pdf'],
      /--format: must be one of text, md, json/,
    ],
    [['--from', 'Data Scientist'], /--to: both from \(your current role\) and to \(.*\) are required/],
  ])('rejects bad input %j with exit 2 and a clear message', async (args, message) => {
    const result = await run('guide', ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown flag with exit 2', async () => {
    const result = await run('guide', '--from', 'Teacher', '--to', 'Data Analyst', '--colour');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/colour/);
  });
});

describe('the pathway bin', () => {
  it('runs from a checkout and exits 2 on an unknown role', () => {
    const bin = join(import.meta.dirname, '..', 'bin', 'pathway.js');
    const result = spawnSync(process.execPath, [bin, 'guide', '--from', 'Astronaut', '--to', 'Teacher'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown role "Astronaut"/);
  });
});
