import { afterAll, describe, expect, it } from 'vitest';
import { ownPostgres } from './ownPostgres.ts';
import { startServer, waitOk } from './serverProcess.ts';

const pg = await ownPostgres();
if ('skip' in pg) {
  if (process.env.CI === 'true') throw new Error(`CI=true but ${pg.skip}`);
  console.log(`Skipping the PostgreSQL restart test: ${pg.skip}`);
}
const cluster = 'skip' in pg ? undefined : pg;
afterAll(() => cluster?.destroy());

const json = { 'content-type': 'application/json' };

describe.skipIf(!cluster)('PostgreSQL stops and starts under a running server', () => {
  it('keeps serving pages, answers 503 for saving, and saves again within 5 s of the return', async () => {
    if (!cluster) return;
    const server = startServer({ DATABASE_URL: cluster.url, API_RATE_LIMIT: '0', LOG_LEVEL: 'info' });
    try {
      await waitOk(server.base);
      const created = await fetch(`${server.base}/api/v1/plans`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ from: 'teacher', to: 'instructional-designer' }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const plan = (await (await fetch(`${server.base}/api/v1/plans/${id}`)).json()) as {
        items: { id: string }[];
      };
      const first = plan.items[0]?.id as string;
      const tick = (itemId: string) =>
        fetch(`${server.base}/api/v1/plans/${id}/items/${itemId}`, {
          method: 'PUT',
          headers: json,
          body: JSON.stringify({ done: true }),
        });
      expect((await tick(first)).status).toBe(200);

      // A fast shutdown terminates every open connection, idle ones included.
      cluster.stop();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.child.exitCode).toBeNull();

      for (const path of ['/healthz', '/', '/transitions/teacher/instructional-designer', '/roles/teacher']) {
        expect((await fetch(`${server.base}${path}`)).status, path).toBe(200);
      }
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(503);

      const saving = await fetch(`${server.base}/api/v1/plans`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ from: 'teacher', to: 'data-analyst' }),
      });
      expect(saving.status).toBe(503);
      expect(saving.headers.get('content-type')).toBe('application/problem+json');
      expect(Number(saving.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await tick(plan.items[1]?.id as string)).status).toBe(503);
      expect((await fetch(`${server.base}/api/v1/plans/${id}`)).status).toBe(503);
      const page = await fetch(`${server.base}/plans/${id}`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('Saving is unavailable right now');
      expect(server.child.exitCode).toBeNull();

      cluster.start();
      const back = Date.now();
      let savedAgainMs: number | undefined;
      while (Date.now() - back < 5000) {
        const retry = await fetch(`${server.base}/api/v1/plans`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ from: 'teacher', to: 'data-analyst' }),
        });
        if (retry.status === 201) {
          savedAgainMs = Date.now() - back;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(savedAgainMs, 'saving works again within 5 s').toBeDefined();
      const reread = (await (await fetch(`${server.base}/api/v1/plans/${id}`)).json()) as {
        items: { id: string; done: boolean }[];
      };
      expect(reread.items.find((item) => item.id === first)?.done).toBe(true);
      expect((await fetch(`${server.base}/readyz`)).status).toBe(200);

      // Every log line is one JSON object, and the dropped connections were reported, not thrown.
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'));
      expect(
        lines
          .map((line) => JSON.parse(line) as { msg: string })
          .some((entry) => /PostgreSQL|database/.test(entry.msg)),
      ).toBe(true);
      expect(server.output()).not.toMatch(/\n\s+at /);
      expect(server.child.exitCode).toBeNull();
    } finally {
      await server.stop();
    }
  }, 120_000);
});
