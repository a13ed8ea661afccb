import { parseArgs } from 'node:util';
import { AppError } from '../../app/appError.ts';
import { checkCatalog } from '../../catalog/checkCatalog.ts';
import { kbStats } from '../../domain/kb/kbStats.ts';
import { loadKnowledgeBase } from '../../kb/loadKnowledgeBase.ts';
import { formatProblem } from '../../kb/problem.ts';
import type { CommandContext } from '../commandContext.ts';
import { json, parseFormat } from '../options.ts';

const usage =
  'usage: pathway kb check [--dir content] | pathway kb stats [--dir content] [--format text|json]';

export function kbCommand(args: string[], context: CommandContext): number {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { dir: { type: 'string' }, format: { type: 'string' } },
    strict: true,
  });
  const dir = values.dir ?? context.config.contentDir;
  if (sub === 'check') {
    const result = loadKnowledgeBase(dir);
    const catalog = checkCatalog(dir, result.ok ? result.kb : undefined);
    const problems = [...(result.ok ? [] : result.problems), ...(catalog.present ? catalog.problems : [])];
    if (!result.ok || problems.length > 0) {
      for (const problem of problems) context.io.err(`${formatProblem(problem, process.cwd())}\n`);
      context.io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
      return 1;
    }
    const stats = kbStats(result.kb);
    context.io.out(
      `KB ${stats.kbVersion} is valid: ${stats.roles} roles, ${stats.skills} skills, ${stats.resources} resources, ` +
        `${stats.certifications} certifications, ${stats.traits} traits, ${stats.sources} sources\n`,
    );
    if (catalog.present && catalog.stats) {
      const c = catalog.stats;
      context.io.out(
        `Catalogue (O*NET ${c.onetVersion}, OEWS ${c.oewsVersion}, EP ${c.projectionsVersion}) is valid: ` +
          `${c.occupations} occupations, ${c.withWages} with wages, ${c.titlesResolvable} titles, ` +
          `${c.figuresSourced} of ${c.figures} figures sourced\n`,
      );
    }
    if (catalog.present && catalog.credentials) {
      const c = catalog.credentials;
      context.io.out(
        `Credentials are valid: ${c.credentials} credentials for ${c.occupationsWithCredential} occupations, ` +
          `${c.withProgramme} with a programme length\n`,
      );
    }
    return 0;
  }
  if (sub === 'stats') {
    const format = parseFormat(values.format, ['text', 'json'], 'text');
    const stats = kbStats(context.kb(dir));
    if (format === 'json') context.io.out(json(stats));
    else for (const [key, value] of Object.entries(stats)) context.io.out(`${key.padEnd(22)} ${value}\n`);
    return 0;
  }
  throw new AppError('invalid-input', usage, { field: 'command' });
}
