import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, savePlan, startServer as start, waitOk } from './serverProcess.ts';

const dirs: string[] = [];
const servers: ServerProcess[] = [];
const startServer = (env: Record<string, string>) => {
  const server = start(env);
  servers.push(server);
  return server;
};
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-shutdown-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  // A failed assertion leaves its server running; nothing outlives the file.
  await Promise.all(servers.map((server) => server.stop('SIGKILL')));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const logLines = (output: string) =>
  output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: number; msg: string });

describe('server start and shutdown (embedded PGlite)', () => {
  it('opens the database on first use, not at start, and a SIGTERM before that never opens it', async () => {
    const server = startServer({ DATA_DIR: dataDir(), LOG_LEVEL: 'info' });
    await waitOk(server.base, '/healthz');
    expect((await fetch(`${server.base}/`)).status).toBe(200);
    expect((await fetch(`${server.base}/roles/teacher`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.output()).not.toContain('opening the database');
    expect(await server.stop()).toBe(0);
    const messages = logLines(server.output()).map((entry) => entry.msg);
    expect(messages).not.toContain('database ready');
    expect(messages.at(-1)).toBe('closed');
  }, 60_000);

  it('answers every request it accepted before closing the database, and keeps what it acknowledged', async () => {
    const dir = dataDir();
    const server = startServer({ DATA_DIR: dir, LOG_LEVEL: 'info', API_RATE_LIMIT: '0' });
    // The first open of a fresh directory runs initdb, which takes a while on a busy machine.
    await waitOk(server.base, '/readyz', 150_000);
    const { status, id } = await savePlan(server.base, 'teacher', 'instructional-designer');
    expect(status).toBe(201);
    const plan = (await (await fetch(`${server.base}/api/v1/plans/${id}`)).json()) as {
      items: { id: string }[];
    };
    const items = plan.items.map((item) => item.id);
    expect(items.length).toBeGreaterThanOrEqual(10);
    // A tick for every item in flight, then SIGTERM while they are being written.
    const ticks = items.map((item) =>
      fetch(`${server.base}/api/v1/plans/${id}/items/${item}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ done: true }),
      }).then(
        (response) => ({ item, status: response.status }),
        () => ({ item, status: 0 }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const exit = server.stop();
    const answered = await Promise.all(ticks);
    expect(await exit).toBe(0);
    // Refused connections (0) are fine; an accepted request never fails because the database closed.
    expect(answered.filter((tick) => tick.status !== 200 && tick.status !== 0)).toEqual([]);
    const acknowledged = answered.filter((tick) => tick.status === 200).map((tick) => tick.item);
    expect(acknowledged.length).toBeGreaterThan(0);
    const log = logLines(server.output());
    expect(log.filter((entry) => entry.level >= 50)).toEqual([]);
    expect(log.at(-1)?.msg).toBe('closed');

    const again = startServer({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
    try {
      await waitOk(again.base, '/readyz', 150_000);
      const reopened = (await (await fetch(`${again.base}/api/v1/plans/${id}`)).json()) as {
        items: { id: string; done: boolean }[];
      };
      const done = new Set(reopened.items.filter((item) => item.done).map((item) => item.id));
      for (const item of acknowledged) expect(done.has(item)).toBe(true);
    } finally {
      await again.stop();
    }
  }, 400_000);
});
