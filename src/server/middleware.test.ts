import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { kbEtagOf, notModified, requestLog } from './middleware.ts';

function app() {
  const entries: Record<string, unknown>[] = [];
  const logger = {
    info: (entry: Record<string, unknown>) => entries.push(entry),
    warn: () => undefined,
    error: () => undefined,
  };
  const hono = new Hono();
  hono.use(requestLog(logger));
  hono.get('/page', (c) => notModified(c, 'W/"v1-abc"', 'public, max-age=60') ?? c.text('body'));
  return { hono, entries };
}

describe('conditional GET', () => {
  it('answers 304 to the same tag, weak or strong, alone or in a list, or *', async () => {
    const { hono } = app();
    for (const header of ['W/"v1-abc"', '"v1-abc"', '"other", W/"v1-abc"', '*']) {
      const res = await hono.request('/page', { headers: { 'If-None-Match': header } });
      expect(res.status, header).toBe(304);
      expect(res.headers.get('ETag')).toBe('W/"v1-abc"');
    }
  });

  it('sends the body with its tag and cache lifetime otherwise', async () => {
    const { hono } = app();
    for (const headers of [{}, { 'If-None-Match': '"v1-abd"' }] as Record<string, string>[]) {
      const res = await hono.request('/page', { headers });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('body');
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
    }
  });

  it('gives one tag per KB version and key', () => {
    expect(kbEtagOf('1.0.0', '/a?')).toBe(kbEtagOf('1.0.0', '/a?'));
    expect(kbEtagOf('1.0.0', '/a?')).not.toBe(kbEtagOf('1.0.1', '/a?'));
    expect(kbEtagOf('1.0.0', '/a?')).not.toBe(kbEtagOf('1.0.0', '/b?'));
    expect(kbEtagOf('1.0.0', '/a?')).toMatch(/^W\/"1\.0\.0-[0-9a-f]{20}"$/);
  });
});

describe('request log', () => {
  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    const { hono, entries } = app();
    const kept = await hono.request('/page', { headers: { 'X-Request-Id': 'trace-123' } });
    expect(kept.headers.get('X-Request-Id')).toBe('trace-123');
    const replaced = await hono.request('/page', { headers: { 'X-Request-Id': 'bad id; drop table' } });
    expect(replaced.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(entries.map((entry) => entry.requestId)).toEqual([
      'trace-123',
      replaced.headers.get('X-Request-Id'),
    ]);
    expect(entries[0]).toMatchObject({ method: 'GET', path: '/page', status: 200 });
  });
});
