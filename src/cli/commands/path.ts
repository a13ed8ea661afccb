import { parseArgs } from 'node:util';
import { pathMarkdown } from '../../app/formats/exploreMarkdown.ts';
import { getPath } from '../../app/getPath.ts';
import type { CommandContext } from '../commandContext.ts';
import { json, parseFormat } from '../options.ts';

export function pathCommand(args: string[], context: CommandContext): number {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      know: { type: 'string' },
      hours: { type: 'string' },
      'max-steps': { type: 'string' },
      format: { type: 'string' },
    },
    strict: true,
  });
  const format = parseFormat(values.format, ['text', 'md', 'json'], 'text');
  const result = getPath(context.kb(), { ...values, maxSteps: values['max-steps'] });
  context.io.out(format === 'json' ? json(result) : pathMarkdown(result));
  return 0;
}
