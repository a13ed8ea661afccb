// Findings of the reliability probe (issue 13), each as a test: long names, proxies, malformed forms,
// logs, headers, dates and methods.
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/app/appError.ts';
import { createApp } from '../src/server/createApp.tsx';
import { recordingLogger, testDeps } from './testDeps.ts';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

async function savedPlanId(app: ReturnType<typeof createApp>): Promise<string> {
  const response = await app.request('/api/v1/plans', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: 'teacher', to: 'instructional-designer' }),
  });
  return ((await response.json()) as { id: string }).id;
}

describe('names are capped on every surface before any search runs', () => {
  const app = createApp(testDeps());
  // Letters only, so the URL stays under the 8 KB limit that answers 414 before any route runs.
  const long = 'datascientist'.repeat(600).slice(0, 7700);

  it.each([
    [`/roles/${encodeURIComponent(long)}`, 'role'],
    [`/transitions/${encodeURIComponent(long)}/teacher`, 'from'],
    [`/transitions/teacher/${encodeURIComponent(long)}`, 'to'],
    [`/go?from=${encodeURIComponent(long)}&to=teacher`, 'from'],
    [`/skills/${encodeURIComponent(long)}`, 'skill'],
    [`/explore?from=teacher&know=${encodeURIComponent(long)}`, 'know'],
    [`/path?from=${encodeURIComponent(long)}&to=teacher`, 'from'],
    [`/api/v1/roles?search=${long}`, 'search'],
    [`/api/v1/guides?from=${long}&to=teacher`, 'from'],
  ])('%#: a 7.7 KB name is a 400 naming the field', async (path, field) => {
    const response = await app.request(path);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toMatch(/200 characters/);
    if (path.startsWith('/api/')) expect(JSON.parse(body)).toMatchObject({ field });
  });

  it('still resolves and suggests for names of a normal length', async () => {
    expect((await app.request('/roles/Data%20Scientst')).status).toBe(404);
    expect(await (await app.request('/roles/Data%20Scientst')).text()).toContain('Data Scientist');
    expect((await app.request('/roles/data-scientist')).status).toBe(200);
  });
});

describe('pages are rate-limited as well as the API', () => {
  it('answers 429 with a page after the limit, and never limits health checks or assets', async () => {
    const app = createApp(testDeps({ pageRateLimitPerMinute: 3 }));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.request('/roles/teacher')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await app.request('/');
    expect(refused.headers.get('content-type')).toMatch(/text\/html/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/assets/app.css')).status).toBe(200);
  });
});

describe('behind an HTTPS reverse proxy', () => {
  const proxied = createApp(
    testDeps({ proxy: { publicUrl: 'https://pathway.example', trustProxy: 1 }, rateLimitPerMinute: 2 }),
  );

  it('accepts same-site forms whose Origin is the public https address', async () => {
    const response = await proxied.request('http://10.0.0.5:3000/plans', {
      method: 'POST',
      headers: { ...FORM, origin: 'https://pathway.example', 'x-forwarded-proto': 'https' },
      body: form({ from: 'teacher', to: 'data-analyst' }),
    });
    expect(response.status).toBe(303);
    const refused = await proxied.request('http://10.0.0.5:3000/plans', {
      method: 'POST',
      headers: { ...FORM, origin: 'https://evil.example' },
      body: form({ from: 'teacher', to: 'data-analyst' }),
    });
    expect(refused.status).toBe(400);
  });

  it('builds shareable links from PUBLIC_URL, never from a forged Host', async () => {
    const created = await proxied.request('http://evil.example/api/v1/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'evil.example' },
      body: JSON.stringify({ from: 'teacher', to: 'data-analyst' }),
    });
    const { id, url } = (await created.json()) as { id: string; url: string };
    expect(url).toBe(`https://pathway.example/plans/${id}`);
    const page = await (await proxied.request(`http://evil.example/plans/${id}`)).text();
    expect(page).toContain(`https://pathway.example/plans/${id}`);
    expect(page).not.toContain('evil.example');

    const plain = createApp(testDeps({ localUrl: 'http://localhost:3000' }));
    const local = (await (
      await plain.request('http://evil.example/api/v1/plans', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: 'teacher', to: 'data-analyst' }),
      })
    ).json()) as { url: string };
    expect(local.url).toMatch(/^http:\/\/localhost:3000\/plans\//);
  });

  it('gives each forwarded client its own rate-limit bucket, and trusts X-Forwarded-For only when told', async () => {
    const from = (address: string) => ({ headers: { 'x-forwarded-for': `203.0.113.9, ${address}` } });
    const a = [];
    for (let i = 0; i < 3; i++) a.push((await proxied.request('/api/v1/roles', from('198.51.100.1'))).status);
    expect(a).toEqual([200, 200, 429]);
    expect((await proxied.request('/api/v1/roles', from('198.51.100.2'))).status).toBe(200);

    const direct = createApp(testDeps({ rateLimitPerMinute: 2 }));
    const spoofed = [];
    for (let i = 0; i < 3; i++)
      spoofed.push((await direct.request('/api/v1/roles', from(`198.51.100.${i}`))).status);
    expect(spoofed).toEqual([200, 200, 429]);
  });
});

describe('smaller holes', () => {
  it('answers malformed multipart to both form routes with 400 and logs one JSON entry, no stack', async () => {
    const { entries, logger } = recordingLogger();
    const app = createApp(testDeps({ logger }));
    const id = await savedPlanId(app);
    for (const path of ['/plans', `/plans/${id}/items`]) {
      const response = await app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=----x' },
        body: '------x\r\nContent-Disposition: form-data; name="done"\r\n\r\nbroken without an end',
      });
      expect(response.status, path).toBe(400);
      expect(await response.text()).toContain('malformed');
    }
    expect(entries.filter((entry) => entry.level === 'error')).toEqual([]);
    expect(entries.filter((entry) => entry.status === 400)).toHaveLength(2);
  });

  it("keeps the plan page's own referrer policy (never to another site) over the site-wide one", async () => {
    const app = createApp(testDeps());
    const id = await savedPlanId(app);
    expect((await app.request(`/plans/${id}`)).headers.get('referrer-policy')).toBe('same-origin');
    expect((await app.request('/')).headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it.each(['0000-01-01', '9999-12-31', '1899-06-01'])(
    'refuses start date %s (calendar exports stay valid)',
    async (start) => {
      const app = createApp(testDeps());
      const ics = await app.request(`/transitions/teacher/data-analyst.ics?start=${start}`);
      expect(ics.status).toBe(400);
      const api = await app.request(`/api/v1/guides?from=teacher&to=data-analyst&start=${start}`);
      expect(api.status).toBe(400);
      expect(await api.json()).toMatchObject({ field: 'start' });
    },
  );

  it('answers a wrong method with 405 and Allow, on pages and the API', async () => {
    const app = createApp(testDeps());
    const page = await app.request('/transitions/teacher/data-analyst', { method: 'POST' });
    expect(page.status).toBe(405);
    expect(page.headers.get('allow')).toBe('GET, HEAD');
    const api = await app.request('/api/v1/plans', { method: 'GET' });
    expect(api.status).toBe(405);
    expect(api.headers.get('allow')).toBe('POST');
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    expect((await app.request('/no/such/page')).status).toBe(404);
  });
});

describe('failures are mapped once per surface', () => {
  const PLAN = 'AAAAAAAAAAAAAAAAAAAAAAAA';

  it('answers an unreachable database with 503 and Retry-After, as a page and as a problem', async () => {
    const { entries, logger } = recordingLogger();
    const app = createApp(
      testDeps({ logger, store: () => Promise.reject(new AppError('unavailable', 'The database is away.')) }),
    );
    const page = await app.request(`/plans/${PLAN}`);
    expect(page.status).toBe(503);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await page.text()).toContain('Saving is unavailable right now');
    const api = await app.request(`/api/v1/plans/${PLAN}`);
    expect(api.status).toBe(503);
    expect(Number(api.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    expect(entries.filter((entry) => entry.level === 'error')).toEqual([]);
  });

  it('logs anything else as a bug and shows no internals', async () => {
    const { entries, logger } = recordingLogger();
    const app = createApp(
      testDeps({ logger, store: () => Promise.reject(new TypeError('secret internals')) }),
    );
    for (const path of [`/plans/${PLAN}`, `/api/v1/plans/${PLAN}`]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(500);
      const body = await response.text();
      expect(body, path).not.toContain('secret internals');
      expect(body, path).not.toMatch(/\n\s+at /);
    }
    const bugs = entries.filter((entry) => entry.level === 'error');
    expect(bugs).toHaveLength(2);
    expect(bugs[0]).toMatchObject({
      path: '/plans/:id',
      err: { type: 'TypeError', message: 'secret internals' },
    });
  });
});
