import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backends } from './backends.ts';
import { startServer, waitOk } from './serverProcess.ts';

const list = await backends();
const dataDir = mkdtempSync(join(tmpdir(), 'pathway-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe.each(list)('saved plans survive SIGKILL on $name', ({ name, target }) => {
  it('keeps every acknowledged write across a kill -9 and restart', async () => {
    const t = target();
    const env: Record<string, string> =
      t.kind === 'postgres' ? { DATABASE_URL: t.url } : { DATA_DIR: join(dataDir, name) };
    let server = startServer(env);
    const acknowledged: { id: string; items: string[] }[] = [];
    try {
      await waitOk(server.base);
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
      await server.stop('SIGKILL');
    }
    server = startServer(env);
    try {
      await waitOk(server.base);
      for (const plan of acknowledged) {
        const response = await fetch(`${server.base}/api/v1/plans/${plan.id}`);
        expect(response.status).toBe(200);
        const body = (await response.json()) as { items: { id: string; done: boolean }[] };
        const done = body.items.filter((item) => item.done).map((item) => item.id);
        expect(done.sort()).toEqual([...plan.items].sort());
      }
    } finally {
      await server.stop();
    }
  }, 180_000);
});
