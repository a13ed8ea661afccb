import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../src/db/openDatabase.ts';
import { backends } from '../db/backends.ts';
import { browserUnavailable, launchBrowser, startSite } from './browser.ts';

const skipReason = browserUnavailable();
if (skipReason) console.log(`Skipping the browser plan suite: ${skipReason}`);
const dataDir = mkdtempSync(join(tmpdir(), 'pathway-e2e-plans-'));
const list = (await backends()).map(({ name, target }) => ({
  name,
  target: (): DatabaseTarget => {
    const t = target();
    return t.kind === 'pglite' ? { kind: 'pglite', dataDir: join(dataDir, name) } : t;
  },
}));

describe.skipIf(skipReason !== undefined)('saved plans in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it.each(list)(
    'save → tick → restart → ticks still there on $name',
    async ({ target }) => {
      let site = await startSite(target());
      const page = await browser.newPage();
      await page.goto(`${site.baseUrl}/transitions/teacher/instructional-designer?hours=6`);
      await page.click('text=Save this plan');
      await page.waitForURL(/\/plans\/[A-Za-z0-9_-]{24}$/);
      const planUrl = new URL(page.url()).pathname;
      await expect(page.textContent('body')).resolves.toContain('This link is the key to your plan');
      const boxes = page.locator('input[data-item]');
      const total = await boxes.count();
      expect(total).toBeGreaterThan(3);
      // With JavaScript: each tick is saved by fetch and the server's progress is shown.
      for (const i of [0, 1]) {
        const saved = page.waitForResponse(
          (response) => response.url().includes('/items/') && response.status() === 200,
        );
        await boxes.nth(i).check();
        await saved;
      }
      // The script updates the text after reading the response, so wait for it rather than read at once.
      await page.waitForFunction(
        `document.querySelector('[data-progress-overall]')?.textContent?.includes('2 of ${total} done')`,
      );
      await site.close();

      site = await startSite(target());
      await page.goto(`${site.baseUrl}${planUrl}`);
      await expect(page.textContent('[data-progress-overall]')).resolves.toContain(`2 of ${total} done`);
      expect(await boxes.nth(0).isChecked()).toBe(true);
      expect(await boxes.nth(1).isChecked()).toBe(true);
      expect(await boxes.nth(2).isChecked()).toBe(false);
      // Without JavaScript the same checklist saves with a plain form post.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      await plain.goto(`${site.baseUrl}${planUrl}`);
      await plain.locator('input[data-item]').nth(2).check();
      await plain.click('button[data-save-progress]');
      await plain.waitForURL(`**${planUrl}`);
      await expect(plain.textContent('[data-progress-overall]')).resolves.toContain(`3 of ${total} done`);
      await context.close();
      await page.close();
      await site.close();
    },
    120_000,
  );

  it('prints a plan with its checklist and a guide with every answer, and deletes only after confirming', async () => {
    const site = await startSite(list[0]?.target());
    const page = await browser.newPage();
    try {
      await page.goto(`${site.baseUrl}/transitions/teacher/instructional-designer`);
      await page.emulateMedia({ media: 'print' });
      const faqAnswer = page.locator('#faq-heading ~ details p').first();
      expect(await faqAnswer.isVisible()).toBe(true);
      expect(await page.locator('a[href="#personalize"]').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });

      await page.click('text=Save this plan');
      await page.waitForURL(/\/plans\/[A-Za-z0-9_-]{24}$/);
      const planUrl = new URL(page.url()).pathname;
      await page.locator('input[data-item]').first().check();
      await expect.poll(() => page.textContent('[data-progress-overall]')).toContain('1 of');
      await page.emulateMedia({ media: 'print' });
      const items = page.locator('form.checklist input[data-item]');
      expect(await items.count()).toBeGreaterThan(3);
      expect(await items.first().isVisible()).toBe(true);
      expect(await items.first().isChecked()).toBe(true);
      expect(await page.locator('button[data-save-progress]').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });

      await page.click('text=Delete this plan…');
      await page.waitForURL(`**${planUrl}/delete`);
      await page.click('text=No, keep it');
      await page.waitForURL(`**${planUrl}`);
      await page.click('text=Delete this plan…');
      await page.click('text=Yes, delete the plan');
      await page.waitForURL('**/plans/deleted');
      expect(await page.textContent('h1')).toBe('Your plan was deleted');
      expect((await page.goto(`${site.baseUrl}${planUrl}`))?.status()).toBe(404);
    } finally {
      await page.close();
      await site.close();
    }
  }, 120_000);
});
