import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly base: string;
  /** Everything the server wrote to stdout (its JSON log) so far. */
  readonly output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the real server on a random loopback port with the given environment: from the TypeScript sources, or
 * the way `npm start` does (`bin/start.js`: the compiled bundle, built first when the sources changed).
 */
export function startServer(
  env: Record<string, string>,
  entry: 'sources' | 'npm start' = 'sources',
): ServerProcess {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const args =
    entry === 'sources'
      ? ['--import', 'tsx', join(root, 'src/server/main.ts')]
      : [join(root, 'bin/start.js')];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...rest, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => stdout,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}

/** Waits until `path` answers 200 (default `/readyz`: the database is open too). */
export async function waitOk(base: string, path = '/readyz', timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}${path}`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server never answered ${path} with 200`);
}

/** Saves the plan for `from` → `to` through the API; the response's status, and the new plan's id when saved. */
export async function savePlan(
  base: string,
  from: string,
  to: string,
): Promise<{ status: number; id?: string }> {
  const response = await fetch(`${base}/api/v1/plans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from, to }),
  });
  if (response.status !== 201) return { status: response.status };
  const { id } = (await response.json()) as { id: string };
  return { status: response.status, id };
}
