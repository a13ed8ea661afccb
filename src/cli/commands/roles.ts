import { parseArgs } from 'node:util';
import { listRoles } from '../../app/listRoles.ts';
import type { CommandContext } from '../commandContext.ts';
import { json, parseFormat } from '../options.ts';

export function rolesCommand(args: string[], context: CommandContext): number {
  const { values } = parseArgs({
    args,
    options: { search: { type: 'string', short: 's' }, format: { type: 'string' } },
    strict: true,
  });
  const format = parseFormat(values.format, ['text', 'json'], 'text');
  const roles = listRoles(context.kb(), values);
  if (format === 'json') {
    context.io.out(json(roles));
    return 0;
  }
  if (roles.length === 0) {
    context.io.err(`No role matches "${values.search}".\n`);
    return 2;
  }
  const width = Math.max(...roles.map((role) => role.title.length));
  for (const role of roles) {
    const pay = `$${Math.round(role.medianSalary / 1000)}k median`;
    const growth = `${role.growthPct >= 0 ? '+' : ''}${role.growthPct}% growth`;
    context.io.out(`${role.title.padEnd(width)}  ${role.id.padEnd(40)} ${pay.padEnd(13)} ${growth}\n`);
  }
  return 0;
}
