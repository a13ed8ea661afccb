import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { AppError } from '../../app/appError.ts';
import { buildSite, type SiteSummary, siteUrl } from '../../site/buildSite.ts';
import type { CommandContext } from '../commandContext.ts';

const usage =
  'usage: pathway build-site <dir> [--base-url https://example.org/pathway/] [--app-url https://pathway.example/] [--quiet]';

/** The terminal's progress line is redrawn at most this often. */
const PROGRESS_EVERY_MS = 100;

const count = (value: number) => value.toLocaleString('en-US');

function sizeText(bytes: number): string {
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

/** "Wrote 6,481 pages (25,927 files, 1.02 GB) to out in 95.4 s, 68 pages/s; …" */
export function summaryLine(summary: SiteSummary, dir: string): string {
  const sitemap = summary.sitemap
    ? 'with sitemap.xml and robots.txt'
    : 'no sitemap.xml (it needs --base-url)';
  return (
    `Wrote ${count(summary.pages)} pages (${count(summary.files)} files, ${sizeText(summary.bytes)}) to ${dir} ` +
    `in ${summary.seconds.toFixed(1)} s, ${Math.round(summary.pagesPerSecond)} pages/s; ${sitemap}`
  );
}

/** `pathway build-site <dir>`: the whole site as static files; progress on a terminal, then one summary line. */
export async function buildSiteCommand(args: string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'base-url': { type: 'string' },
      'app-url': { type: 'string' },
      quiet: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [dir, ...extra] = positionals;
  if (!dir || extra.length > 0) {
    throw new AppError('invalid-input', `build-site writes into one directory; ${usage}`);
  }
  const baseUrl = values['base-url'] === undefined ? undefined : siteUrl(values['base-url'], 'base-url');
  const appUrl = values['app-url'] === undefined ? undefined : siteUrl(values['app-url'], 'app-url');
  const { io } = context;
  const kb = context.kb();
  const started = performance.now();
  let drawnAt = Number.NEGATIVE_INFINITY;
  const progress = (written: number, total: number) => {
    const now = performance.now();
    if (written < total && now - drawnAt < PROGRESS_EVERY_MS) return;
    drawnAt = now;
    const seconds = ((now - started) / 1000).toFixed(1);
    io.out(`\r\u001b[2K${count(written)} of ${count(total)} pages written, ${seconds} s`);
  };
  const showProgress = io.isTty && !values.quiet;
  const summary = await buildSite({
    kb,
    contentDir: context.config.contentDir,
    outDir: dir,
    baseUrl,
    appUrl,
    onProgress: showProgress ? progress : undefined,
  });
  if (showProgress) io.out('\r\u001b[2K');
  io.out(`${summaryLine(summary, dir)}\n`);
  return 0;
}
