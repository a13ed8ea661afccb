import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../app/appError.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { ShardJob, ShardMessage } from './renderShard.ts';
import { ASSET_PATHS, fileOf, sitePages, siteTargets } from './sitePages.ts';
import {
  fetchFromApp,
  fileWriter,
  type SiteLinks,
  staticApp,
  type WriteResult,
  writePages,
} from './writePages.ts';

/** Compiled (dist/), the worker is plain JavaScript; from the sources, a small entry registers tsx first. */
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./siteWorker.mjs', import.meta.url)
  : new URL('./renderShard.js', import.meta.url);

export interface BuildSiteOptions extends SiteLinks {
  readonly kb: KnowledgeBase;
  /** The folder `kb` was loaded from; page workers load it again. Without it, pages render in this thread. */
  readonly contentDir?: string | undefined;
  /** Page workers; default one per CPU for a large site, none (this thread) for a small one. */
  readonly workers?: number | undefined;
  readonly now?: Date | undefined;
  readonly onProgress?: ((pagesWritten: number, pagesTotal: number) => void) | undefined;
}

export interface SiteSummary {
  readonly pages: number;
  readonly files: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly pagesPerSecond: number;
  /** sitemap.xml and robots.txt are written only under --base-url: a sitemap lists absolute URLs. */
  readonly sitemap: boolean;
  readonly workers: number;
}

/** Pages per worker below which another worker costs more (loading the KB) than it saves. */
const PAGES_PER_WORKER = 500;

/** An absolute http(s) address for --base-url or --app-url, ending in '/' so paths resolve under it. */
export function siteUrl(value: string, field: 'base-url' | 'app-url'): string {
  const problem = () =>
    new AppError(
      'invalid-input',
      `must be an absolute http(s) address without a query, such as https://example.org/pathway/ (got "${value}")`,
      { field },
    );
  if (!URL.canParse(value)) throw problem();
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password)
    throw problem();
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}

/** Creates the output directory; a path that is a file, or one that cannot be created, is the caller's error. */
function prepareOutDir(outDir: string): void {
  if (statSync(outDir, { throwIfNoEntry: false })?.isFile()) {
    throw new AppError('invalid-input', `"${outDir}" is a file; build-site writes the site into a directory`);
  }
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new AppError('invalid-input', `cannot create the directory "${outDir}" (${reason})`);
  }
}

const xmlEscape = (text: string) =>
  text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));

function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${xmlEscape(url)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

/** Runs one page worker per shard; the first failure stops them all. */
function runWorkers(
  job: Omit<ShardJob, 'shard' | 'shards'>,
  shards: number,
  onPages: (count: number) => void,
) {
  const workers: Worker[] = [];
  const results = Array.from(
    { length: shards },
    (_, shard) =>
      new Promise<WriteResult>((resolve, reject) => {
        const worker = new Worker(WORKER_ENTRY, {
          workerData: { ...job, shard, shards } satisfies ShardJob,
        });
        workers.push(worker);
        let done = false;
        worker.on('message', (message: ShardMessage) => {
          onPages(message.pages);
          if (message.result) {
            done = true;
            resolve(message.result);
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (!done) reject(new Error(`page worker ${shard + 1} of ${shards} stopped (exit code ${code})`));
        });
      }),
  );
  return Promise.all(results).catch(async (error: unknown) => {
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  });
}

/**
 * Writes the whole site as static files: every page the app renders (home, role list, explore and path landing
 * pages, role hubs, skill pages, guides with their exports, 404.html), the assets, and under `baseUrl` a sitemap
 * and robots.txt. Pages come from `createApp` itself, so they are what the server sends, with links rewritten
 * (see rewriteHtml). A link to a page the site does not have fails the build.
 */
export async function buildSite(options: BuildSiteOptions): Promise<SiteSummary> {
  const started = performance.now();
  const { kb, outDir, baseUrl, appUrl } = options;
  if (baseUrl !== undefined && !baseUrl.endsWith('/'))
    throw new Error('baseUrl must end in "/" (see siteUrl)');
  if (appUrl !== undefined && !appUrl.endsWith('/')) throw new Error('appUrl must end in "/" (see siteUrl)');
  prepareOutDir(outDir);
  const pages = sitePages(kb);
  const now = options.now ?? new Date();
  const links = { outDir, baseUrl, appUrl };
  const workers =
    options.workers ??
    (options.contentDir
      ? Math.max(1, Math.min(availableParallelism(), Math.floor(pages.length / PAGES_PER_WORKER)))
      : 1);
  let written = 0;
  const progress = (count: number) => {
    written += count;
    options.onProgress?.(written, pages.length);
  };
  const app = staticApp(kb, now);
  let shards: readonly WriteResult[];
  if (workers > 1) {
    if (!options.contentDir) throw new Error('page workers need the contentDir the knowledge base came from');
    const { contentDir } = options;
    const job = {
      ...links,
      contentDir,
      kbVersion: kb.kbVersion,
      pageCount: pages.length,
      now: now.toISOString(),
    };
    shards = await runWorkers(job, workers, progress);
  } else {
    shards = [await writePages(app, pages, siteTargets(pages), links, () => progress(1))];
  }
  const unresolved = shards.flatMap((shard) => shard.unresolved);
  if (unresolved.length > 0) {
    throw new Error(
      `${unresolved.length} links point to pages the site does not have:\n  ${unresolved.slice(0, 10).join('\n  ')}`,
    );
  }

  const writer = fileWriter(outDir);
  for (const path of ASSET_PATHS) {
    await writer.write(fileOf(path), await (await fetchFromApp(app, path, 200)).text());
  }
  if (baseUrl) {
    const urls = pages
      .filter((page) => page.status === 200)
      .map((page) => new URL(page.url.slice(1), baseUrl).href);
    await writer.write('sitemap.xml', sitemapXml(urls));
    await writer.write('robots.txt', `User-agent: *\nDisallow:\n\nSitemap: ${baseUrl}sitemap.xml\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  const sum = (key: 'files' | 'bytes') =>
    shards.reduce((total, shard) => total + shard[key], writer.totals[key]);
  return {
    pages: pages.length,
    files: sum('files'),
    bytes: sum('bytes'),
    seconds,
    pagesPerSecond: pages.length / seconds,
    sitemap: baseUrl !== undefined,
    workers,
  };
}
