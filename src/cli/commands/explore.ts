import { parseArgs } from 'node:util';
import { exploreRoles, unrecognisedText } from '../../app/exploreRoles.ts';
import { exploreMarkdown } from '../../app/formats/exploreMarkdown.ts';
import type { CommandContext } from '../commandContext.ts';
import { json, parseFormat } from '../options.ts';

export function exploreCommand(args: string[], context: CommandContext): number {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      know: { type: 'string' },
      hours: { type: 'string' },
      budget: { type: 'string' },
      salary: { type: 'string' },
      family: { type: 'string' },
      'max-months': { type: 'string' },
      'min-salary-change': { type: 'string' },
      'job-zone': { type: 'string' },
      education: { type: 'string' },
      'min-pay': { type: 'string' },
      'min-growth': { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    },
    strict: true,
  });
  const format = parseFormat(values.format, ['text', 'md', 'json'], 'text');
  const result = exploreRoles(context.kb(), {
    ...values,
    maxMonths: values['max-months'],
    minSalaryChange: values['min-salary-change'],
    jobZone: values['job-zone'],
    minPay: values['min-pay'],
    minGrowth: values['min-growth'],
  });
  if (result.unrecognised.length > 0) context.io.err(`${unrecognisedText(result.unrecognised)}\n`);
  if (format === 'json') {
    context.io.out(json(result));
    return 0;
  }
  if (format === 'md') {
    context.io.out(exploreMarkdown(result));
    return 0;
  }
  if (result.results.length === 0) context.io.out('No role passes these filters; try loosening them.\n');
  for (const entry of result.results) {
    context.io.out(
      `${String(entry.rank).padStart(2)}. ${entry.role.title} — score ${entry.score}\n    ${entry.why}\n`,
    );
  }
  return 0;
}
