import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { compression } from './compression.ts';

const big = (n: number) => `<p>${'guide text '.repeat(n)}</p>`;

function testApp() {
  let time = 0;
  let renders = 0;
  const app = new Hono();
  app.use(compression({ now: () => time, maxAgeMs: 10_000 }));
  app.get('/small', (c) => c.json({ status: 'ok' }));
  app.get('/page', (c) => {
    renders++;
    c.header('ETag', 'W/"v1-page"');
    return c.html(`${big(500)}<span>${renders} views</span>`);
  });
  app.get('/strong', (c) => {
    c.header('ETag', '"abc"');
    return c.html(big(500));
  });
  app.get('/fresh', (c) => c.html(`${big(500)}${++renders}`));
  app.get('/image', (c) => c.body(new Uint8Array(5000), 200, { 'Content-Type': 'image/png' }));
  return { app, advance: (ms: number) => (time += ms) };
}

const gzipped = { 'Accept-Encoding': 'gzip, deflate, br' };
const text = async (res: Response) => gunzipSync(new Uint8Array(await res.arrayBuffer())).toString('utf8');

describe('compression', () => {
  it('leaves small responses alone: no encoding, no Vary', async () => {
    const { app } = testApp();
    const res = await app.request('/small', { headers: gzipped });
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Vary')).toBeNull();
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('gzips large text for clients that accept it, and says the response varies', async () => {
    const { app } = testApp();
    const res = await app.request('/fresh', { headers: gzipped });
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    const body = await text(res);
    expect(body.startsWith('<p>guide text')).toBe(true);
    expect(Number(res.headers.get('Content-Length'))).toBeLessThan(body.length / 5);
  });

  it('sends identity to clients that do not accept gzip or refuse it with q=0, still with Vary', async () => {
    const { app } = testApp();
    for (const accept of [undefined, 'br', 'gzip;q=0', 'identity']) {
      const res = await app.request('/fresh', { headers: accept ? { 'Accept-Encoding': accept } : {} });
      expect(res.headers.get('Content-Encoding')).toBeNull();
      expect(res.headers.get('Vary')).toBe('Accept-Encoding');
      expect((await res.text()).startsWith('<p>guide text')).toBe(true);
    }
  });

  it('never compresses what is already compressed, such as images', async () => {
    const { app } = testApp();
    const res = await app.request('/image', { headers: gzipped });
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect((await res.arrayBuffer()).byteLength).toBe(5000);
  });

  it('compresses a response with an ETag once and reuses it for maxAgeMs, then compresses it again', async () => {
    const { app, advance } = testApp();
    expect(await text(await app.request('/page', { headers: gzipped }))).toContain('<span>1 views');
    advance(9_000);
    // Rendered again (2 views), but the compressed body of a moment ago is sent.
    expect(await text(await app.request('/page', { headers: gzipped }))).toContain('<span>1 views');
    advance(2_000);
    expect(await text(await app.request('/page', { headers: gzipped }))).toContain('<span>3 views');
    // Clients without gzip always get the live page.
    expect(await (await app.request('/page')).text()).toContain('<span>4 views');
  });

  it('weakens a strong ETag on the compressed representation only', async () => {
    const { app } = testApp();
    expect((await app.request('/strong', { headers: gzipped })).headers.get('ETag')).toBe('W/"abc"');
    expect((await app.request('/strong')).headers.get('ETag')).toBe('"abc"');
  });

  it('leaves HEAD responses alone', async () => {
    const { app } = testApp();
    const res = await app.request('/fresh', { method: 'HEAD', headers: gzipped });
    expect(res.headers.get('Content-Encoding')).toBeNull();
  });
});
