import { parseArgs } from 'node:util';
import { AppError } from '../../app/appError.ts';
import { hubMarkdown } from '../../app/formats/hubMarkdown.ts';
import { getHub } from '../../app/getHub.ts';
import type { CommandContext } from '../commandContext.ts';
import { json, parseFormat } from '../options.ts';

export function hubCommand(args: string[], context: CommandContext): number {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const name = positionals.join(' ').trim();
  if (!name)
    throw new AppError('invalid-input', 'name a role, e.g. pathway hub "AI Engineer"', { field: 'role' });
  const format = parseFormat(values.format, ['text', 'md', 'json'], 'text');
  const hub = getHub(context.kb(), name);
  context.io.out(format === 'json' ? json(hub) : hubMarkdown(hub));
  return 0;
}
