import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferIo } from '../src/cli/io.ts';
import { runCli } from '../src/cli/runCli.ts';
import { loadConfig } from '../src/config/loadConfig.ts';
import { GuideSchema } from '../src/domain/guide/guideSchema.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/domain/kb/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { roleYaml, validFixtureFiles, writeFixture } from '../src/kb/testing/fixtureKb.ts';
import { buildSite, type SiteSummary } from '../src/site/buildSite.ts';
import { staticApp } from '../src/site/writePages.ts';
import { ASSETS } from '../src/web/assets.ts';
import { realKb } from './realKb.ts';

const BASE = 'https://example.org/pathway/';
const APP = 'https://pathway.example/';
const NOW = new Date('2026-11-24T12:00:00Z');
const CLEAR_LINE = '\u001b[2K';

const scratch = mkdtempSync(join(tmpdir(), 'pathway-site-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A small KB from the real content: four roles and the starting point, every skill. */
function smallKb(): KnowledgeBase {
  const full = realKb();
  const keep = new Set(['no-experience', 'teacher', 'data-analyst', 'software-engineer', 'registered-nurse']);
  const roles = full.roles.filter((role) => keep.has(role.id));
  expect(roles).toHaveLength(keep.size);
  return createKnowledgeBase({ ...full, roles }, full.kbVersion, {
    roles: (query, limit) =>
      full
        .searchRoles(query, full.roles.length)
        .filter((id) => keep.has(id))
        .slice(0, limit),
    skills: full.searchSkills,
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

const decode = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );

/** Every href, src and action value of a page, with the tag it sits on. */
function references(html: string): { tag: string; name: string; value: string }[] {
  return [...html.matchAll(/<([a-z]+)\b[^>]*>/g)].flatMap(([tag = '', element = '']) =>
    [...tag.matchAll(/\s(href|src|action)="([^"]*)"/g)].map(([, name = '', value = '']) => ({
      tag: element,
      name,
      value: decode(value),
    })),
  );
}

/** The file a link leads to when the site is served from `dir`; undefined when it leaves the site. */
function fileOfLink(dir: string, page: string, link: string, base?: string): string | undefined {
  const siteRoot = 'https://static.test/site/';
  const url =
    base && link.startsWith(base)
      ? new URL(link.slice(base.length), siteRoot)
      : new URL(link, siteRoot + page);
  if (!url.href.startsWith(siteRoot)) return undefined;
  const path = decodeURIComponent(url.pathname.slice('/site/'.length));
  return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
const descriptionOf = (html: string) => /<meta name="description" content="([^"]*)"\/>/.exec(html)?.[1] ?? '';
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]*)"\/>/.exec(html)?.[1];
/** The calendar stamps each event with the time it was made (DTSTAMP); everything else must match. */
const unstamped = (text: string) => text.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP');
const textOf = (html: string) =>
  html
    .replace(/<head>.*<\/head>/s, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('pathway build-site on a small KB, relative links', () => {
  const dir = join(scratch, 'relative');
  const kb = smallKb();
  let summary: SiteSummary;
  let files: string[];
  let pages: string[];
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  beforeAll(async () => {
    summary = await buildSite({ kb, outDir: dir, now: NOW });
    files = filesUnder(dir);
    pages = files.filter((file) => file.endsWith('.html'));
  });

  it('writes every page the app has: landing pages, hubs, skills, guides between roles, 404', () => {
    const targets = kb.roles.filter((role) => !role.startingPoint);
    const guides = pages.filter((file) => file.startsWith('transitions/'));
    expect(guides).toHaveLength(kb.roles.length * targets.length - targets.length);
    expect(guides.some((file) => file.includes('/no-experience/index.html'))).toBe(false);
    for (const page of [
      'index.html',
      'roles/index.html',
      'explore/index.html',
      'path/index.html',
      '404.html',
    ])
      expect(files).toContain(page);
    for (const role of kb.roles) expect(files).toContain(`roles/${role.id}/index.html`);
    for (const skill of kb.skills) expect(files).toContain(`skills/${skill.id}/index.html`);
    expect(summary.pages).toBe(pages.length);
    expect(summary.files).toBe(files.length);
    expect(summary.bytes).toBe(files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0));
    expect(summary.sitemap).toBe(false);
    expect(files).not.toContain('sitemap.xml');
  });

  it('resolves every internal href, src and action of every page to a written file', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const ref of references(read(page))) {
        if (/^(https?:|mailto:|#)/.test(ref.value)) continue;
        const target = fileOfLink(dir, page, ref.value);
        if (ref.value.startsWith('/') || !target || !existsSync(target) || !statSync(target).isFile())
          broken.push(`${page}: ${ref.name}="${ref.value}"`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page a title and a description, and no canonical it cannot know', () => {
    for (const page of pages) {
      const html = read(page);
      expect(titleOf(html), page).toMatch(/\S.* · Pathway$/);
      expect(descriptionOf(html).length, page).toBeGreaterThan(30);
      expect(canonicalOf(html), page).toBeUndefined();
    }
    expect(titleOf(read('skills/sql/index.html'))).toBe('SQL · Pathway');
    expect(descriptionOf(read('transitions/teacher/data-analyst/index.html'))).toMatch(
      /^Teacher to Data Analyst: /,
    );
  });

  it('has no form and no live view count; each removed form is named in a note', () => {
    for (const page of pages) {
      const html = read(page);
      expect(html, page).not.toMatch(/<form|data-views/);
    }
    const guide = read('transitions/teacher/data-analyst/index.html');
    expect(guide).toContain(
      '“Save this plan” needs the running Pathway app; this copy of the site is static.',
    );
    expect(guide).toContain('“Update my plan” and “Find my skills” need the running Pathway app');
  });

  it('puts the Markdown, JSON and calendar exports beside each guide, as the server sends them', async () => {
    const guides = pages.filter((file) => file.startsWith('transitions/'));
    for (const page of guides) {
      for (const kind of ['md', 'json', 'ics'])
        expect(files).toContain(`${page.slice(0, -'/index.html'.length)}.${kind}`);
    }
    const app = staticApp(kb, NOW);
    for (const kind of ['md', 'json', 'ics']) {
      const served = await (await app.request(`/transitions/teacher/data-analyst.${kind}`)).text();
      expect(unstamped(read(`transitions/teacher/data-analyst.${kind}`))).toBe(unstamped(served));
    }
    expect(GuideSchema.safeParse(JSON.parse(read('transitions/registered-nurse/teacher.json'))).success).toBe(
      true,
    );
    expect(read('transitions/teacher/data-analyst.ics')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('changes nothing a reader sees on a page without forms, only its links', async () => {
    const app = staticApp(kb, NOW);
    for (const path of ['/roles/teacher', '/skills/sql', '/roles', '/roles/no-experience']) {
      const served = await (await app.request(path)).text();
      expect(textOf(read(`${path.slice(1)}/index.html`)), path).toBe(textOf(served));
    }
  });

  it('copies the assets and writes the 404 page', () => {
    for (const [name, asset] of ASSETS) expect(read(`assets/${name}`)).toBe(asset.body);
    expect(read('404.html')).toContain('We could not find that page');
  });
});

describe('pathway build-site --base-url --app-url', () => {
  const dir = join(scratch, 'absolute');
  const kb = smallKb();
  let pages: string[];
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  beforeAll(async () => {
    await buildSite({ kb, outDir: dir, baseUrl: BASE, appUrl: APP, now: NOW });
    pages = filesUnder(dir).filter((file) => file.endsWith('.html'));
  });

  it('makes every internal link absolute under the base URL, and each resolves to a written file', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const ref of references(read(page))) {
        if (ref.value.startsWith('#') || (/^https?:/.test(ref.value) && !ref.value.startsWith(BASE)))
          continue;
        const target = ref.value.startsWith(BASE) ? fileOfLink(dir, page, ref.value, BASE) : undefined;
        if (!target || !existsSync(target)) broken.push(`${page}: ${ref.name}="${ref.value}"`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('sends forms and searches to the app, with GET to routes it has, and drops the POST forms', async () => {
    const app = staticApp(kb, NOW);
    const toApp = pages.flatMap((page) => references(read(page)).filter((ref) => ref.value.startsWith(APP)));
    expect(toApp.filter((ref) => ref.tag === 'form').length).toBeGreaterThan(0);
    for (const page of pages) {
      for (const form of read(page).match(/<form\b[^>]*>/g) ?? []) expect(form, page).toMatch(/method="get"/);
    }
    for (const ref of toApp) {
      const url = new URL(ref.value);
      const response = await app.request(`${url.pathname}${url.search}`);
      expect([404, 405], ref.value).not.toContain(response.status);
    }
    expect(read('explore/index.html')).toContain(`href="${APP}explore?from=Teacher&amp;know=excel"`);
    expect(read('transitions/teacher/data-analyst/index.html')).toContain(
      `“Save this plan” needs the running Pathway app: <a href="${APP}transitions/teacher/data-analyst">`,
    );
  });

  it('gives every page its own absolute canonical link, and lists them all in sitemap.xml', () => {
    const canonicals = pages
      .filter((page) => page !== '404.html')
      .map((page) => {
        const canonical = canonicalOf(read(page));
        expect(canonical, page).toBe(`${BASE}${page.replace(/index\.html$/, '')}`);
        return canonical;
      });
    expect(canonicalOf(read('404.html'))).toBeUndefined();
    const sitemap = read('sitemap.xml');
    expect(sitemap).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns=/);
    const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => loc);
    expect(listed.sort()).toEqual(canonicals.sort());
    expect(read('robots.txt')).toContain(`Sitemap: ${BASE}sitemap.xml`);
  });
});

describe('pathway build-site in page workers and from the command line', () => {
  const files = validFixtureFiles();
  files['roles/gadget-engineer.yaml'] = roleYaml({ title: 'Gadget Engineer', aliases: '[GE]' });
  const fixture = writeFixture(files);
  afterAll(() => fixture.cleanup());
  const loaded = loadKnowledgeBase(fixture.dir);
  if (!loaded.ok) throw new Error('the fixture KB is invalid');
  const config = loadConfig({ PATHWAY_CONTENT_DIR: fixture.dir });
  const run = async (argv: string[], isTty = false) => {
    const io = { ...bufferIo(), isTty };
    const code = await runCli(argv, io, config);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };

  it('writes the same files from two worker threads as from this thread', async () => {
    const inThread = join(scratch, 'fixture-thread');
    const inWorkers = join(scratch, 'fixture-workers');
    const options = { kb: loaded.kb, contentDir: fixture.dir, baseUrl: BASE, now: NOW };
    const progress: number[] = [];
    await buildSite({ ...options, outDir: inThread, workers: 1 });
    const summary = await buildSite({
      ...options,
      outDir: inWorkers,
      workers: 2,
      onProgress: (written) => progress.push(written),
    });
    expect(summary.workers).toBe(2);
    expect(progress.at(-1)).toBe(summary.pages);
    const written = filesUnder(inThread);
    expect(filesUnder(inWorkers)).toEqual(written);
    expect(written).toContain('transitions/gadget-engineer/widget-engineer/index.html');
    for (const file of written)
      expect(unstamped(readFileSync(join(inWorkers, file), 'utf8')), file).toBe(
        unstamped(readFileSync(join(inThread, file), 'utf8')),
      );
  });

  it('prints only a one-line summary without a terminal or with --quiet', async () => {
    const dir = join(scratch, 'cli-quiet');
    for (const [argv, isTty] of [
      [['build-site', dir], false],
      [['build-site', dir, '--quiet'], true],
    ] as const) {
      const result = await run([...argv], isTty);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^Wrote \d+ pages \([\d,]+ files, [\d.]+ kB\) to .*cli-quiet in [\d.]+ s, \d+ pages\/s; no sitemap\.xml \(it needs --base-url\)\n$/,
      );
    }
    expect(existsSync(join(dir, 'transitions/widget-engineer/gadget-engineer/index.html'))).toBe(true);
  });

  it('shows progress on a terminal, then the summary', async () => {
    const result = await run(
      ['build-site', join(scratch, 'cli-tty'), '--base-url', 'https://example.org'],
      true,
    );
    expect(result.code).toBe(0);
    const pages = filesUnder(join(scratch, 'cli-tty')).filter((file) => file.endsWith('.html')).length;
    const [progress, summary] = result.stdout.split(`\r${CLEAR_LINE}Wrote `);
    expect(progress).toContain(`${CLEAR_LINE}${pages} of ${pages} pages written, `);
    expect(summary).toMatch(/^\d+ pages .*; with sitemap\.xml and robots\.txt\n$/);
    expect(readFileSync(join(scratch, 'cli-tty', 'robots.txt'), 'utf8')).toContain(
      'https://example.org/sitemap.xml',
    );
  });

  it('refuses a missing directory, a file, a bad URL or an unknown flag with exit code 2', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a directory');
    const cases: [string[], RegExp][] = [
      [['build-site'], /build-site writes into one directory; usage: pathway build-site <dir>/],
      [['build-site', file], /is a file; build-site writes the site into a directory/],
      [
        ['build-site', join(scratch, 'never'), '--base-url', 'example.org'],
        /^--base-url: must be an absolute http\(s\)/,
      ],
      [
        ['build-site', join(scratch, 'never'), '--app-url', 'https://app/?x=1'],
        /^--app-url: must be an absolute/,
      ],
      [['build-site', join(scratch, 'never'), '--sitemap'], /Unknown option '--sitemap'/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    expect(existsSync(join(scratch, 'never'))).toBe(false);
    expect(relative(scratch, file)).toBe('a-file');
  });
});
