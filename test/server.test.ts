import { describe, expect, it } from 'vitest';
import { GuideSchema } from '../src/domain/guide/guideSchema.ts';
import { createApp } from '../src/server/createApp.tsx';
import { realKb } from './realKb.ts';
import { testDeps } from './testDeps.ts';

const app = createApp(testDeps());
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const PROBE = '<script>alert(1)</script>';

describe('pages', () => {
  it.each([
    ['/', /Where do you want your career to go/],
    ['/roles', /All roles/],
    ['/roles/ai-engineer', /AI Engineer Career Transition Guide/],
    ['/skills/python', /Roles that use it/],
    ['/explore', /Explore where you could go/],
    ['/explore?from=data-analyst&maxMonths=24', /recommendations for a Data Analyst/],
    ['/explore?know=python%3A4%2Csql%3A3', /recommendations/],
    ['/path', /Find the fastest route/],
    ['/path?from=teacher&to=machine-learning-engineer', /Teacher → Machine Learning Engineer/],
    ['/transitions/software-engineer/machine-learning-engineer', /Your \d+-Month Transition Guide/],
    ['/healthz', /"status":"ok"/],
    ['/api/v1/roles?search=data', /data-scientist/],
  ])('%s answers 200', async (path, body) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(body);
  });

  it('never shows a literal backslash-n on the pages with role fields', async () => {
    for (const path of [
      '/',
      '/explore',
      '/path',
      '/explore?from=teacher',
      '/path?from=teacher&to=data-analyst',
    ]) {
      expect(await (await get(path)).text(), path).not.toContain('\\n');
    }
  });

  it('renders one h1 and every guide section', async () => {
    const html = await (await get('/transitions/software-engineer/multimodal-ai-engineer')).text();
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    for (const section of [
      'Overview',
      'Transferable skills',
      'Skills to learn',
      'Learning roadmap',
      'Reality check',
      'Start your journey',
      'Frequently asked questions',
      'Sources',
    ]) {
      expect(html).toContain(`>${section}</h2>`);
    }
    for (const chart of ['roadmap', 'salary', 'coverage'])
      for (const layout of ['wide', 'narrow']) expect(html).toContain(`${chart}-chart-${layout}-title`);
  });

  it('says which inputs a personal guide used, and its numbers follow them', async () => {
    const slow = await (await get('/transitions/teacher/data-analyst?hours=5')).text();
    const fast = await (
      await get('/transitions/teacher/data-analyst?hours=20&budget=free&salary=60000&start=2027-01-04')
    ).text();
    expect(fast).toMatch(/20 hours a week, free resources only, current salary \$60,000/);
    const weeks = (html: string) => Number(/data-total-weeks="(\d+)"/.exec(html)?.[1]);
    expect(weeks(fast)).toBeLessThan(weeks(slow));
    expect(fast).toContain('2027-01-04');
  });
});

describe('redirects to canonical URLs', () => {
  it.each([
    ['/transitions/swe/mle?hours=12', '/transitions/software-engineer/machine-learning-engineer?hours=12'],
    [
      '/transitions/Software%20Engineer/ML%20Engineer',
      '/transitions/software-engineer/machine-learning-engineer',
    ],
    ['/roles/MLE', '/roles/machine-learning-engineer'],
    ['/skills/k8s', '/skills/kubernetes'],
  ])('%s → 301 %s', async (from, to) => {
    const response = await get(from);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(to);
  });

  it('turns the personalize form into a canonical personal URL', async () => {
    const response = await get(
      '/transitions/software-engineer/machine-learning-engineer?have=deep-learning&level-deep-learning=4&have=sql&level-sql=3&hours=15&budget=&salary=',
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      '/transitions/software-engineer/machine-learning-engineer?know=deep-learning%3A4%2Csql%3A3&hours=15',
    );
  });

  it('sends the home search to the guide', async () => {
    const exact = await get('/go?from=Software+Engineer&to=Data+Scientist');
    expect(exact.status).toBe(302);
    expect(exact.headers.get('location')).toBe('/transitions/software-engineer/data-scientist');
  });

  it('answers a home search for a partial name with "did you mean" links that keep the other role', async () => {
    const response = await get('/go?from=software+eng&to=Data+Scientist');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Unknown role &quot;software eng&quot;');
    expect(html).toContain('href="/go?from=software-engineer&amp;to=Data%20Scientist"');
  });
});

describe('bad input', () => {
  it('answers an unknown role with a 404 page and "did you mean" links', async () => {
    const response = await get('/transitions/sofware-enginer/data-scientist');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Did you mean');
    expect(html).toContain('href="/transitions/software-engineer/data-scientist"');
  });

  it.each([
    ['hours=0', 'hours'],
    ['hours=abc', 'hours'],
    ['budget=cheap', 'budget'],
    ['salary=-3', 'salary'],
    ['start=2027-13-01', 'start'],
    ['know=python%3A9', 'know'],
    ['know=nonsense', 'know'],
  ])('answers ?%s with a 400 page naming %s', async (query, field) => {
    const response = await get(`/transitions/software-engineer/data-scientist?${query}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(`<strong>${field}</strong>`);
  });

  it('answers the same role twice, a bad explore filter and a half-filled path form with 400', async () => {
    expect((await get('/transitions/data-scientist/ds')).status).toBe(301);
    expect((await get('/transitions/data-scientist/data-scientist')).status).toBe(400);
    expect((await get('/explore?from=teacher&maxMonths=soon')).status).toBe(400);
    expect((await get('/path?from=teacher')).status).toBe(400);
  });

  it('answers unknown pages with 404 and an over-long URL with 414', async () => {
    expect((await get('/no/such/page')).status).toBe(404);
    expect((await get(`/transitions/teacher/data-analyst?know=${'x'.repeat(9000)}`)).status).toBe(414);
  });

  it('escapes a script probe in every parameter of every route', async () => {
    const probe = encodeURIComponent(PROBE);
    // An unknown name is a 404 with suggestions, a bad value a 400 naming it, a search for it an empty 200.
    const cases: [path: string, status: number][] = [
      [`/transitions/${probe}/data-scientist`, 404],
      [`/transitions/teacher/${probe}`, 404],
      [`/transitions/teacher/data-analyst?know=${probe}%3A3`, 400],
      [`/transitions/teacher/data-analyst?hours=${probe}`, 400],
      [`/transitions/teacher/data-analyst?budget=${probe}`, 400],
      [`/transitions/teacher/data-analyst?salary=${probe}`, 400],
      [`/transitions/teacher/data-analyst?start=${probe}`, 400],
      [`/roles/${probe}`, 404],
      [`/skills/${probe}`, 404],
      [`/explore?from=${probe}`, 404],
      [`/explore?know=${probe}`, 400],
      [`/explore?from=teacher&family=${probe}`, 400],
      [`/path?from=${probe}&to=teacher`, 404],
      [`/path?from=teacher&to=data-analyst&maxSteps=${probe}`, 400],
      [`/go?from=${probe}&to=teacher`, 404],
      [`/api/v1/roles?search=${probe}`, 200],
    ];
    for (const [path, status] of cases) {
      const response = await get(path);
      const body = await response.text();
      expect(body, path).not.toContain(PROBE);
      expect(response.status, path).toBe(status);
      expect(body, path).not.toMatch(/\n\s+at /);
    }
  });
});

describe('exports', () => {
  const base = '/transitions/software-engineer/machine-learning-engineer';

  it('serves Markdown, JSON and iCalendar files', async () => {
    const md = await get(`${base}.md?hours=12`);
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(md.headers.get('content-disposition')).toMatch(
      /attachment; filename="software-engineer-to-machine-learning-engineer.md"/,
    );
    expect(await md.text()).toMatch(/^# From Software Engineer/);
    const json = await get(`${base}.json?hours=12`);
    expect(GuideSchema.parse(await json.json()).headline.timeline.hoursPerWeek).toBe(12);
    const ics = await (await get(`${base}.ics?start=2027-01-04`)).text();
    expect(ics).toMatch(/BEGIN:VCALENDAR/);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270104/);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(4);
  });

  it('starts a calendar next Monday when no start date is given', async () => {
    const ics = await (await get(`${base}.ics`)).text();
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20261130/);
  });
});

describe('HTTP headers', () => {
  it('sets a strict CSP and the other security headers on every page', async () => {
    const response = await get('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('gives guide pages an ETag that carries the KB version and honours If-None-Match', async () => {
    const path = '/transitions/teacher/instructional-designer?hours=8';
    const first = await get(path);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toContain(realKb().kbVersion);
    expect(first.headers.get('cache-control')).toMatch(/max-age/);
    expect((await get(path, { 'If-None-Match': etag })).status).toBe(304);
    const other = await get('/transitions/teacher/instructional-designer?hours=9');
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('caches static assets with an ETag and compresses responses', async () => {
    const css = await get('/assets/app.css');
    expect(css.status).toBe(200);
    const etag = css.headers.get('etag') ?? '';
    expect((await get('/assets/app.css', { 'If-None-Match': etag })).status).toBe(304);
    expect((await get('/assets/app.js')).headers.get('content-type')).toMatch(/javascript/);
    const compressed = await get('/roles', { 'Accept-Encoding': 'gzip' });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
  });

  it('keeps the client script small', async () => {
    expect((await (await get('/assets/app.js')).text()).length).toBeLessThan(15_000);
  });
});
