import { parseArgs } from 'node:util';
import { AppError } from '../../app/appError.ts';
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
  if (!values.from || !values.to) {
    throw new AppError('invalid-input', 'both --from and --to are required', {
      field: values.from ? 'to' : 'from',
    });
  }
  const format = parseFormat(values.format, ['text', 'md', 'json'], 'text');
  const result = getPath(context.kb(), {
    from: values.from,
    to: values.to,
    know: values.know,
    hours: values.hours,
    maxSteps: values['max-steps'],
  });
  context.io.out(format === 'json' ? json(result) : pathMarkdown(result));
  return 0;
}
