import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../app/appError.ts';
import { catalogStats } from '../../catalog/catalogStats.ts';
import { credentialStats } from '../../catalog/credentialStats.ts';
import { type ImportCounts, importCatalog } from '../../catalog/importCatalog.ts';
import { type CatalogProblem, loadCatalog } from '../../catalog/loadCatalog.ts';
import { loadCredentials } from '../../catalog/loadCredentials.ts';
import { CatalogImportError } from '../../catalog/readTsv.ts';
import { writeCatalog } from '../../catalog/writeCatalog.ts';
import { formatProblem } from '../../kb/problem.ts';
import type { CommandContext } from '../commandContext.ts';
import type { Io } from '../io.ts';
import { json, parseFormat } from '../options.ts';

const usage =
  'usage: pathway catalog import <shared-data-dir> [--out content/catalog] | ' +
  'pathway catalog stats [--dir content] [--format text|json]';

export function catalogCommand(args: string[], context: CommandContext): number {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { dir: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (sub === 'import') {
    const [dataDir, ...extra] = positionals;
    if (!dataDir || extra.length > 0) throw new AppError('invalid-input', usage, { field: 'command' });
    return importInto(resolve(dataDir), values.out ?? join(context.config.contentDir, 'catalog'), context.io);
  }
  if (sub === 'stats' && positionals.length === 0) {
    const format = parseFormat(values.format, ['text', 'json'], 'text');
    const contentDir = values.dir ?? context.config.contentDir;
    const loaded = loadCatalog(join(contentDir, 'catalog'));
    if (!loaded.ok) throw invalid('catalogue', loaded.problems);
    const credentialsDir = join(contentDir, 'credentials');
    const credentials = existsSync(credentialsDir)
      ? loadCredentials(credentialsDir, loaded.catalog.occupation)
      : null;
    if (credentials && !credentials.ok) throw invalid('credential table', credentials.problems);
    const curated = credentials ? credentialStats(credentials.table) : null;
    const stats = {
      ...catalogStats(loaded.catalog),
      committedBytes: loaded.bytes,
      credentials: curated?.credentials ?? 0,
      occupationsWithCredential: curated?.occupationsWithCredential ?? 0,
    };
    if (format === 'json') context.io.out(json(stats));
    else for (const [key, value] of Object.entries(stats)) context.io.out(`${key.padEnd(20)} ${value}\n`);
    return 0;
  }
  throw new AppError('invalid-input', usage, { field: 'command' });
}

function invalid(what: string, problems: readonly CatalogProblem[]): AppError {
  return new AppError('kb-invalid', `The ${what} is invalid; run \`pathway kb check\` for details.`, {
    problems: problems.map((problem) => formatProblem(problem)),
  });
}

const number = (value: number) => value.toLocaleString('en-US');

function importInto(dataDir: string, outDir: string, io: Io): number {
  let result: ReturnType<typeof importCatalog>;
  try {
    result = importCatalog(dataDir, (progress) => {
      if (io.isTty) io.out(`  read ${progress.file.padEnd(58)} ${number(progress.rows).padStart(7)} rows\n`);
    });
  } catch (error) {
    if (error instanceof CatalogImportError)
      throw new AppError('invalid-input', `catalog import: ${error.message}`);
    throw error;
  }
  const written = writeCatalog(outDir, result.catalog);
  const bytes = written.reduce((total, file) => total + file.bytes, 0);
  io.out(`Wrote ${written.length} files (${number(bytes)} bytes) to ${outDir}\n`);
  io.out(summary(result.counts));
  return 0;
}

function summary(counts: ImportCounts): string {
  const titles = counts.titles.alternate + counts.titles.short + counts.titles.reported;
  const lines = [
    ['occupations', number(counts.occupations)],
    [
      'titles',
      `${number(titles + counts.occupations)} (${number(counts.occupations)} primary, ${number(counts.titles.alternate)} ` +
        `alternate, ${number(counts.titles.short)} short, ${number(counts.titles.reported)} reported)`,
    ],
    [
      'ratings',
      `${number(counts.ratingRows)} rows: ${number(counts.ratedOwn)} occupations rated, ${number(counts.ratedBorrowed)} ` +
        `borrow from a rated relative, ${number(counts.unrated)} without`,
    ],
    [
      'wages joined',
      `${number(counts.wagesJoined)} occupations (${number(counts.withMedian)} with a median)`,
    ],
    ['projections joined', `${number(counts.projectionsJoined)} occupations`],
    [
      'code exceptions',
      `${number(counts.exceptionSocCodes)} SOC codes (${number(counts.exceptionOccupations)} occupations) needed the exceptions table`,
    ],
    [
      'technologies',
      `${number(counts.technologies)} names, ${number(counts.technologyLinks)} occupation links`,
    ],
  ];
  if (counts.unmatchedSocCodes.length > 0)
    lines.push(['unmatched SOC codes', `${counts.unmatchedSocCodes.join(', ')} (no BLS row, no exception)`]);
  return lines.map(([label, value]) => `${(label as string).padEnd(20)} ${value}\n`).join('');
}
