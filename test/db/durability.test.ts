import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backends } from './backends.ts';

const root = join(import.meta.dirname, '..', '..');
const list = await backends();
const dataDir = mkdtempSync(join(tmpdir(), 'pathway-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function startServer(env: Record<string, string>): { child: ChildProcess; base: string } {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    cwd: root,
    env: { ...rest, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

async function waitReady(base: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server never became ready');
}

const killed = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

describe.each(list)('saved plans survive SIGKILL on $name', ({ name, target }) => {
  it('keeps every acknowledged write across a kill -9 and restart', async () => {
    const t = target();
    const env: Record<string, string> =
      t.kind === 'postgres' ? { DATABASE_URL: t.url } : { DATA_DIR: join(dataDir, name) };
    let server = startServer(env);
    const acknowledged: { id: string; items: string[] }[] = [];
    try {
      await waitReady(server.base);
      for (const [from, to] of [
        ['software-engineer', 'machine-learning-engineer'],
        ['teacher', 'instructional-designer'],
        ['data-analyst', 'data-scientist'],
      ]) {
        const created = await fetch(`${server.base}/api/v1/plans`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ from, to, person: { hours: 8 } }),
        });
        expect(created.status).toBe(201);
        const { id } = (await created.json()) as { id: string };
        const plan = (await (await fetch(`${server.base}/api/v1/plans/${id}`)).json()) as {
          items: { id: string }[];
        };
        const ticked = plan.items.slice(0, 3).map((item) => item.id);
        for (const itemId of ticked) {
          const response = await fetch(`${server.base}/api/v1/plans/${id}/items/${itemId}`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ done: true }),
          });
          expect(response.status).toBe(200);
        }
        acknowledged.push({ id, items: ticked });
      }
    } finally {
      const exit = killed(server.child);
      server.child.kill('SIGKILL');
      await exit;
    }
    server = startServer(env);
    try {
      await waitReady(server.base);
      for (const plan of acknowledged) {
        const response = await fetch(`${server.base}/api/v1/plans/${plan.id}`);
        expect(response.status).toBe(200);
        const body = (await response.json()) as { items: { id: string; done: boolean }[] };
        const done = body.items.filter((item) => item.done).map((item) => item.id);
        expect(done.sort()).toEqual([...plan.items].sort());
      }
    } finally {
      const exit = killed(server.child);
      server.child.kill('SIGTERM');
      await exit;
    }
  }, 180_000);
});
