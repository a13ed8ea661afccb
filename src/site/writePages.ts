import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { randomIds } from '../app/ids.ts';
import type { ViewCounter } from '../app/viewCounter.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { createApp } from '../server/createApp.tsx';
import { rewriteHtml } from './rewriteHtml.ts';
import { fileOf, type LinkTarget, type SitePage } from './sitePages.ts';

/** Where the site goes and how its links are written (URLs end in '/'). */
export interface SiteLinks {
  readonly outDir: string;
  readonly baseUrl?: string | undefined;
  readonly appUrl?: string | undefined;
}

export interface WriteResult {
  readonly pages: number;
  readonly files: number;
  readonly bytes: number;
  /** "page: link" for every link to a path the site does not have. */
  readonly unresolved: readonly string[];
}

/** Pages rendered while earlier ones are written; rendering is synchronous, so this only overlaps disk I/O. */
const PAGES_IN_FLIGHT = 8;

const noViews: ViewCounter = {
  record: () => undefined,
  count: () => 0,
  flush: async () => undefined,
  stop: async () => undefined,
};

/** The web app as the static build uses it: no database, no view counting, the build's one clock reading. */
export function staticApp(kb: KnowledgeBase, now: Date): Hono {
  return createApp({
    kb,
    clock: { now: () => now },
    ids: randomIds,
    store: () => Promise.reject(new Error('a static build has no database')),
    views: noViews,
  });
}

/** Writes files under `outDir`, creating each folder once, and counts files and bytes. */
export function fileWriter(outDir: string) {
  const folders = new Map<string, Promise<unknown>>();
  const totals = { files: 0, bytes: 0 };
  return {
    totals,
    async write(file: string, body: string | Uint8Array): Promise<void> {
      const path = join(outDir, file);
      const folder = dirname(path);
      let made = folders.get(folder);
      if (!made) {
        made = mkdir(folder, { recursive: true });
        folders.set(folder, made);
      }
      await made;
      await writeFile(path, body);
      totals.files++;
      totals.bytes += typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    },
  };
}

/** Asks the app for one path and checks it answers as the page list expects; any other answer is a bug. */
export async function fetchFromApp(app: Hono, path: string, status: number): Promise<Response> {
  const response = await app.request(path);
  if (response.status !== status) {
    throw new Error(`${path}: the app answered ${response.status} where the static site expects ${status}`);
  }
  return response;
}

/** Renders `pages` through the app, rewrites their links for the static site and writes them with their exports. */
export async function writePages(
  app: Hono,
  pages: readonly SitePage[],
  target: (path: string) => LinkTarget | undefined,
  links: SiteLinks,
  onPage: () => void,
): Promise<WriteResult> {
  const writer = fileWriter(links.outDir);
  const unresolved: string[] = [];
  const writePage = async (page: SitePage) => {
    const response = await fetchFromApp(app, page.path, page.status);
    const rewritten = rewriteHtml(await response.text(), {
      url: page.url,
      target,
      baseUrl: links.baseUrl,
      appUrl: links.appUrl,
    });
    unresolved.push(...rewritten.unresolved.map((link) => `${page.path}: ${link}`));
    await writer.write(page.file, rewritten.html);
    for (const path of page.exports) {
      const exported = await fetchFromApp(app, path, 200);
      await writer.write(fileOf(path), new Uint8Array(await exported.arrayBuffer()));
    }
  };
  let next = 0;
  const lane = async () => {
    for (let page = pages[next++]; page !== undefined; page = pages[next++]) {
      await writePage(page);
      onPage();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, pages.length) }, lane));
  return { pages: pages.length, ...writer.totals, unresolved };
}
