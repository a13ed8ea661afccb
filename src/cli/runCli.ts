import { AppError, exitCodeFor } from '../app/appError.ts';
import type { Config } from '../config/loadConfig.ts';
import { type CommandContext, createCommandContext } from './commandContext.ts';
import { buildSiteCommand } from './commands/buildSite.ts';
import { catalogCommand } from './commands/catalog.ts';
import { exploreCommand } from './commands/explore.ts';
import { guideCommand } from './commands/guide.ts';
import { hubCommand } from './commands/hub.ts';
import { kbCommand } from './commands/kb.ts';
import { pathCommand } from './commands/path.ts';
import { rolesCommand } from './commands/roles.ts';
import { serveCommand } from './commands/serve.ts';
import { skillsCommand } from './commands/skills.ts';
import type { Io } from './io.ts';

const HELP = `pathway — career-transition guides from one curated knowledge base

Commands:
  guide --from <role> --to <role> [--know python:4,sql:3] [--hours 10] [--budget free|any]
        [--salary 120000] [--start 2027-01-04] [--format text|md|json]
                                                  the full transition guide for one pair of roles
  hub <role> [--format text|md|json]              how people get into a role and where it leads
  explore --from <role> | --know python:4,… [--family f] [--max-months N] [--min-salary-change PCT]
          [--hours 10] [--budget free|any] [--salary N] [--limit 10] [--format text|md|json]
                                                  recommended next roles, with the numbers behind each rank
  path --from <role> --to <role> [--max-steps 3] [--know …] [--hours 10] [--format text|md|json]
                                                  the fastest route, through stepping-stone roles if that helps
  roles [--search q] [--format text|json]         list roles, or search them
  skills extract [--format text|json] < cv.txt    the skills a CV, LinkedIn list or job post names, with levels
  serve [--port 3000]                             the web app on localhost (same as npm start)
  build-site <dir> [--base-url URL] [--app-url URL] [--quiet]
                                                  the whole site as static files: pages, guide exports, assets
  kb check [--dir content]                        validate the knowledge base and catalogue (file:line per problem)
  kb stats [--format text|json]                   counts of roles, skills, resources, sourced figures
  catalog import <shared-data-dir>                derive content/catalog/ from the staged O*NET and BLS files
  catalog stats [--format text|json]              counts of catalogue occupations, wages, ratings, titles

Roles can be given by title, slug or alias, in any case.
`;

type Command = (args: string[], context: CommandContext) => number | Promise<number>;

const commands: Record<string, Command> = {
  'build-site': buildSiteCommand,
  catalog: catalogCommand,
  explore: exploreCommand,
  guide: guideCommand,
  hub: hubCommand,
  path: pathCommand,
  kb: kbCommand,
  roles: rolesCommand,
  serve: serveCommand,
  skills: skillsCommand,
};

/** Runs one CLI invocation and returns its exit code; never lets a stack trace reach the user. */
export async function runCli(argv: readonly string[], io: Io, config: Config): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(HELP);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(args, createCommandContext(io, config));
  } catch (error) {
    if (error instanceof AppError) {
      const field = error.details.field?.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      const flag = error.code === 'invalid-input' && field ? `--${field}: ` : '';
      io.err(`${flag}${error.message}\n`);
      for (const problem of error.details.problems ?? []) io.err(`  ${problem}\n`);
      return exitCodeFor[error.code];
    }
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}\n`);
      return 2;
    }
    io.err(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}
