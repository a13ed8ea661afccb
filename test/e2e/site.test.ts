import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserUnavailable, launchBrowser, startSite } from './browser.ts';

const skipReason = browserUnavailable();
if (skipReason) console.log(`Skipping the browser end-to-end suite: ${skipReason}`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  type Violation = { id: string; impact: string; targets: string[][] };
  const violations = (await page.evaluate(
    'axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) })))',
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.targets
          .slice(0, 3)
          .map((t) => t.join(' '))
          .join(', ')}`,
    );
}

async function savedPlanPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/plans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: 'Teacher', to: 'Instructional Designer' }),
  });
  return `/plans/${((await response.json()) as { id: string }).id}`;
}

describe.skipIf(skipReason !== undefined)('the site in a real browser', () => {
  let browser: Browser;
  let site: { baseUrl: string; close: () => Promise<void> };

  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  }, 60_000);

  it('finds a transition by typing, renders every section, personalizes consistently and exports', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(site.baseUrl);
    await page.fill('#from', 'software eng');
    await page.getByRole('option', { name: 'Software Engineer' }).first().click();
    await page.fill('#to', 'machine learning');
    await page.getByRole('option', { name: 'Machine Learning Engineer' }).first().click();
    await page.click('button[type="submit"]');
    await page.waitForURL('**/transitions/software-engineer/machine-learning-engineer');

    for (const heading of [
      'Overview',
      'Transferable skills',
      'Skills to learn',
      'Learning roadmap',
      'Reality check',
      'Start your journey',
      'Frequently asked questions',
      'Sources',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: heading }).isVisible()).resolves.toBe(true);
    }
    const totalBefore = Number(await page.getAttribute('[data-stat="timeline"]', 'data-total-weeks'));
    const phaseWeeks = await page.$$eval('[data-phase]', (nodes) =>
      nodes.map((n) => Number(n.getAttribute('data-weeks'))),
    );
    expect(phaseWeeks.reduce((a, b) => a + b, 0)).toBe(totalBefore);

    await page.click('#personalize > summary');
    await page.check('#have-deep-learning');
    await page.selectOption('select[name="level-deep-learning"]', '4');
    await page.fill('#hours', '20');
    await page.click('text=Update my plan');
    await page.waitForURL(/hours=20/);
    expect(page.url()).toMatch(/know=[^&]*deep-learning%3A4/);
    await expect(page.textContent('#inputs-used')).resolves.toMatch(/20 hours a week/);
    const totalAfter = Number(await page.getAttribute('[data-stat="timeline"]', 'data-total-weeks'));
    expect(totalAfter).toBeLessThan(totalBefore);
    const phaseWeeksAfter = await page.$$eval('[data-phase]', (nodes) =>
      nodes.map((n) => Number(n.getAttribute('data-weeks'))),
    );
    expect(phaseWeeksAfter.reduce((a, b) => a + b, 0)).toBe(totalAfter);
    expect(await page.$('tr[data-skill="deep-learning"]')).toBeNull();

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href*=".md"]')]);
    const markdown = readFileSync((await download.path()) as string, 'utf8');
    expect(markdown).toMatch(/^# From Software Engineer to Machine Learning Engineer/);
    expect(markdown).toMatch(/20 h\/week/);
    const [calendar] = await Promise.all([page.waitForEvent('download'), page.click('a[href*=".ics"]')]);
    expect(readFileSync((await calendar.path()) as string, 'utf8')).toMatch(/BEGIN:VCALENDAR/);
    await context.close();
  });

  it('personalizes by ticking alone, explores from plain words, and turns a pasted CV into a guide', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();

    // Ticking a skill is "I have this" at working level; the page then says what changed.
    await page.goto(`${site.baseUrl}/transitions/teacher/data-analyst`);
    const before = Number(await page.getAttribute('[data-stat="timeline"]', 'data-total-weeks'));
    await page.click('a[href="#personalize"]');
    expect(await page.locator('#personalize').getAttribute('open')).not.toBeNull();
    await page.check('#have-sql');
    expect(await page.inputValue('select[name="level-sql"]')).toBe('3');
    await page.click('text=Update my plan');
    await page.waitForURL(/know=[^&]*sql%3A3/);
    const after = Number(await page.getAttribute('[data-stat="timeline"]', 'data-total-weeks'));
    expect(after).toBeLessThan(before);
    await expect(page.textContent('[data-personal-change]')).resolves.toMatch(
      /skills? you know.*→.*compared with the typical plan/,
    );

    // Explore from words as people type them.
    await page.goto(`${site.baseUrl}/explore`);
    await page.fill('#know', 'python, excel, vba');
    await page.click('text=Show recommendations');
    await page.waitForURL(/explore\?/);
    await expect(page.textContent('#results-heading')).resolves.toMatch(/\d+ recommendations/);
    await expect(page.textContent('[role="status"]')).resolves.toContain('We did not recognise "vba"');

    // Paste a CV, confirm the proposed skills, get a guide that starts from them.
    await page.goto(site.baseUrl);
    await page.fill(
      '#resume-text',
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cvs', 'teacher-cv.txt'), 'utf8'),
    );
    await page.click('text=Find my skills');
    await page.waitForURL('**/skills/extract');
    expect(await page.isChecked('#have-curriculum-design')).toBe(true);
    await page.uncheck('#have-excel');
    await page.fill('#from', 'Teacher');
    await page.fill('#to', 'Instructional Designer');
    await page.click('text=Show my plan');
    await page.waitForURL('**/transitions/teacher/instructional-designer?**');
    expect(page.url()).toMatch(/know=[^&]*curriculum-design%3A4/);
    expect(page.url()).not.toMatch(/excel/);
    await expect(page.textContent('#inputs-used')).resolves.toMatch(/Personal plan/);
    await context.close();
  });

  it('has no serious or critical accessibility violations on the main pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of [
      '/',
      '/transitions/software-engineer/multimodal-ai-engineer',
      '/roles/ai-engineer',
      '/roles',
      '/skills/python',
      '/explore?from=data-analyst',
      '/path?from=teacher&to=machine-learning-engineer',
      '/transitions/astronaut/teacher',
      '/api',
      await savedPlanPath(site.baseUrl),
      `${await savedPlanPath(site.baseUrl)}/delete`,
      '/plans/deleted',
      '/explore?know=python,%20vba',
      '/transitions/teacher/data-analyst?know=sql%3A3&hours=20&salary=52000',
    ]) {
      await page.goto(`${site.baseUrl}${path}`);
      for (const violation of await seriousA11yViolations(page)) problems.push(`${path}: ${violation}`);
    }
    // The résumé page is the answer to a form post.
    await page.goto(site.baseUrl);
    await page.fill('#resume-text', 'Skills: Excel (advanced), SQL, Tableau');
    await page.click('text=Find my skills');
    await page.waitForURL('**/skills/extract');
    for (const violation of await seriousA11yViolations(page)) problems.push(`/skills/extract: ${violation}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves screenshots of the home, guide, hub, explore, path and plan pages at desktop and phone widths', async () => {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const plan = await savedPlanPath(site.baseUrl);
      for (const [name, path] of [
        ['home', '/'],
        ['guide', '/transitions/software-engineer/multimodal-ai-engineer'],
        ['hub', '/roles/ai-engineer'],
        ['explore', '/explore?from=Teacher&know=python,%20excel'],
        ['path', '/path?from=Teacher&to=Machine+Learning+Engineer'],
        ['plan', plan],
      ] as const) {
        await page.goto(`${site.baseUrl}${path}`);
        const file = join(ARTIFACTS, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: name !== 'guide' });
        expect(readFileSync(file).length).toBeGreaterThan(10_000);
      }
      await context.close();
    }
  });

  it('fits a 390 px phone on every kind of page, with skills to learn as cards', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const widths: Record<string, number> = {};
    const plan = await savedPlanPath(site.baseUrl);
    for (const path of [
      plan,
      `${plan}/delete`,
      '/',
      '/transitions/software-engineer/machine-learning-engineer',
      '/transitions/teacher/registered-nurse',
      '/roles/ai-engineer',
      '/roles/no-experience',
      '/explore?from=Teacher',
      '/path?from=Teacher&to=Machine+Learning+Engineer',
      '/skills/sql',
    ]) {
      await page.goto(`${site.baseUrl}${path}`);
      widths[path] = Number(await page.evaluate('document.documentElement.scrollWidth'));
    }
    expect(Object.entries(widths).filter(([, width]) => width > 390)).toEqual([]);
    // Chart labels stay readable: at least 11 px as rendered, at phone and desktop widths.
    for (const width of [390, 700, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${site.baseUrl}/transitions/teacher/data-analyst?salary=52000`);
      const sizes = (await page.evaluate(`[...document.querySelectorAll('svg.chart')]
        .filter((svg) => getComputedStyle(svg).display !== 'none')
        .flatMap((svg) => [...svg.querySelectorAll('text')].map((text) =>
          parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0)))`)) as number[];
      expect(sizes.length, `${width} px`).toBeGreaterThan(10);
      expect(Math.min(...sizes), `${width} px`).toBeGreaterThanOrEqual(11);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.baseUrl}/transitions/software-engineer/machine-learning-engineer`);
    const header = await page.evaluate(
      "getComputedStyle(document.querySelector('table.cards thead')).display",
    );
    expect(header).toBe('none');
    await context.close();
  });
});
