import { parseArgs } from 'node:util';
import { guideMarkdown } from '../../app/formats/guideMarkdown.ts';
import { getGuide } from '../../app/getGuide.ts';
import type { CommandContext } from '../commandContext.ts';
import { json, parseFormat } from '../options.ts';
import { guideText, terminalStyle } from '../render/guideText.ts';

export function guideCommand(args: string[], context: CommandContext): number {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      know: { type: 'string' },
      hours: { type: 'string' },
      budget: { type: 'string' },
      salary: { type: 'string' },
      start: { type: 'string' },
      format: { type: 'string' },
    },
    strict: true,
  });
  const format = parseFormat(values.format, ['text', 'md', 'json'], 'text');
  const guide = getGuide(context.kb(), values);
  if (format === 'json') context.io.out(json(guide));
  else if (format === 'md') context.io.out(guideMarkdown(guide));
  else context.io.out(guideText(guide, terminalStyle(context.io.isTty && !context.io.noColor)));
  return 0;
}
