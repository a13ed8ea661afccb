import { parseArgs } from 'node:util';
import { AppError } from '../../app/appError.ts';
import { extractSkills, knowText } from '../../app/extractSkills.ts';
import { levelName } from '../../domain/guide/words.ts';
import type { CommandContext } from '../commandContext.ts';
import { json, parseFormat } from '../options.ts';

/** `pathway skills extract < cv.txt`: the skills a CV or job post names, with levels, for `--know`. */
export async function skillsCommand(args: string[], context: CommandContext): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'extract') {
    throw new AppError(
      'invalid-input',
      'the skills command has one action: `pathway skills extract < cv.txt`',
    );
  }
  const { values } = parseArgs({ args: rest, options: { format: { type: 'string' } }, strict: true });
  const format = parseFormat(values.format, ['text', 'json'], 'text');
  const text = await context.io.readInput();
  if (text === undefined) {
    throw new AppError('invalid-input', 'pipe the text in, e.g. `pathway skills extract < cv.txt`');
  }
  const skills = extractSkills(context.kb(), text);
  if (format === 'json') {
    context.io.out(json({ skills, know: knowText(skills) }));
    return 0;
  }
  if (skills.length === 0) {
    context.io.err('No skill of the knowledge base was found in the text.\n');
    return 2;
  }
  const width = Math.max(...skills.map((skill) => skill.name.length));
  for (const skill of skills) {
    context.io.out(`${skill.name.padEnd(width)}  ${levelName(skill.level).padEnd(8)}  "${skill.evidence}"\n`);
  }
  context.io.out(`\nCheck the levels, then use them: --know ${knowText(skills)}\n`);
  return 0;
}
