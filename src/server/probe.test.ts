import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { probeReply, serverWithProbe } from './probe.ts';

const servers: { close: () => void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A server like main.ts starts, and how many requests reached the app itself. */
async function started() {
  const reached: string[] = [];
  const app = new Hono();
  app.use(async (c, next) => {
    reached.push(`${c.req.method} ${c.req.path}`);
    await next();
  });
  app.get('/healthz', (c) => c.json({ status: 'ok', kbVersion: '9.9.9' }));
  app.get('/page', (c) => c.text('page'));
  const reply = await probeReply(app);
  reached.length = 0;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer: serverWithProbe(reply) },
      () => resolve(s),
    );
  });
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, reached };
}

describe('the liveness probe ahead of the app', () => {
  it("replays the app's own answer to GET /healthz without reaching the app", async () => {
    const { base, reached } = await started();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ status: 'ok', kbVersion: '9.9.9' });
    }
    expect(reached).toEqual([]);
  });

  it('leaves every other request to the app: other paths, other methods, a query string', async () => {
    const { base, reached } = await started();
    expect(await (await fetch(`${base}/page`)).text()).toBe('page');
    expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${base}/healthz?verbose=1`)).status).toBe(200);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(404);
    expect(reached).toEqual(['GET /page', 'HEAD /healthz', 'GET /healthz', 'POST /healthz']);
  });
});
