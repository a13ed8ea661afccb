import { parseArgs } from 'node:util';
import { AppError } from '../../app/appError.ts';
import { startServer } from '../../server/main.ts';
import type { CommandContext } from '../commandContext.ts';

export function serveCommand(args: string[], _context: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) {
    throw new AppError('invalid-input', 'must be a port number from 0 to 65535', { field: 'port' });
  }
  void startServer(port);
  // The server keeps the process alive; the command never resolves on its own.
  return new Promise(() => {});
}
