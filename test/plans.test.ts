import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/createApp.tsx';
import { testDeps } from './testDeps.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field in each test
type Json = any;
const read = async (response: Response | Promise<Response>): Promise<Json> => (await response).json();

interface PlanJson {
  from: { id: string };
  person: unknown;
  guide: { headline: { timeline: { hoursPerWeek: number } } };
  items: { id: string; done: boolean }[];
  progress: { done: number; total: number };
}

const deps = testDeps();
const app = createApp(deps);
const json = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

async function createPlan(
  body: unknown = {
    from: 'Teacher',
    to: 'Instructional Designer',
    person: { hours: 8, know: { 'curriculum-design': 4 } },
  },
) {
  const response = await json('POST', '/api/v1/plans', body);
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; url: string };
}

describe('plans API', () => {
  it('creates a plan with an unguessable URL-safe id and returns it whole', async () => {
    const { id, url } = await createPlan();
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(url).toMatch(new RegExp(`/plans/${id}$`));
    const plan = (await read(json('GET', `/api/v1/plans/${id}`))) as PlanJson;
    expect(plan.from.id).toBe('teacher');
    expect(plan.person).toEqual({ hours: '8', know: 'curriculum-design:4' });
    expect(plan.guide.headline.timeline.hoursPerWeek).toBe(8);
    expect(plan.items.length).toBeGreaterThan(5);
    expect(plan.progress).toMatchObject({ done: 0, total: plan.items.length });
  });

  it('ticks and unticks items, and reports progress', async () => {
    const { id } = await createPlan();
    const plan = await read(json('GET', `/api/v1/plans/${id}`));
    const [first, second] = plan.items;
    expect((await json('PUT', `/api/v1/plans/${id}/items/${first.id}`, { done: true })).status).toBe(200);
    const ticked = await read(json('PUT', `/api/v1/plans/${id}/items/${second.id}`, { done: true }));
    expect(ticked.progress.done).toBe(2);
    const unticked = await read(json('PUT', `/api/v1/plans/${id}/items/${first.id}`, { done: false }));
    expect(unticked.progress.done).toBe(1);
  });

  it('loses no update under 50 concurrent ticks', async () => {
    const { id } = await createPlan({ from: 'software-engineer', to: 'multimodal-ai-engineer' });
    const plan = await read(json('GET', `/api/v1/plans/${id}`));
    const items: string[] = plan.items.map((item: { id: string }) => item.id);
    const requests = Array.from({ length: 50 }, (_, i) =>
      json('PUT', `/api/v1/plans/${id}/items/${items[i % items.length]}`, { done: true }),
    );
    const statuses = (await Promise.all(requests)).map((response) => response.status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const after = await read(json('GET', `/api/v1/plans/${id}`));
    expect(after.progress.done).toBe(Math.min(50, items.length));
  });

  it('deletes a plan', async () => {
    const { id } = await createPlan();
    expect((await json('DELETE', `/api/v1/plans/${id}`)).status).toBe(204);
    expect((await json('GET', `/api/v1/plans/${id}`)).status).toBe(404);
    expect((await json('DELETE', `/api/v1/plans/${id}`)).status).toBe(404);
  });

  it.each([
    ['GET', '/api/v1/plans/AAAAAAAAAAAAAAAAAAAAAAAA', undefined, 404, 'id'],
    ['GET', '/api/v1/plans/..%2F..%2Fetc', undefined, 404, 'id'],
    ['GET', `/api/v1/plans/${'x'.repeat(500)}`, undefined, 404, 'id'],
    ['POST', '/api/v1/plans', { from: 'Teacher' }, 400, 'to'],
    ['POST', '/api/v1/plans', { from: 'Astronaut', to: 'Teacher' }, 404, 'from'],
    ['POST', '/api/v1/plans', { from: 'Teacher', to: 'Data Analyst', person: { hours: 500 } }, 400, 'hours'],
    ['POST', '/api/v1/plans', { from: 'Teacher', to: 'Data Analyst', extra: 1 }, 400, 'body'],
    ['POST', '/api/v1/plans', '{not json', 400, 'body'],
    ['POST', '/api/v1/plans', { from: 'Teacher', to: 'x'.repeat(70_000) }, 400, 'body'],
  ])('%s %s answers a problem+json naming the field', async (method, path, body, status, field) => {
    const response = await json(method, path, body);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = await read(response);
    expect(problem).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    expect(problem.field).toBe(field);
  });

  it('rejects a tick with a bad body or an item the plan does not have', async () => {
    const { id } = await createPlan();
    expect((await json('PUT', `/api/v1/plans/${id}/items/skill-nothing`, { done: true })).status).toBe(404);
    const plan = await read(json('GET', `/api/v1/plans/${id}`));
    const bad = await json('PUT', `/api/v1/plans/${id}/items/${plan.items[0].id}`, { done: 'yes' });
    expect(bad.status).toBe(400);
    expect((await read(bad)).field).toBe('done');
  });
});

describe('plan pages without JavaScript', () => {
  it('saves from the guide form, ticks with a form post, and shows progress', async () => {
    const saved = await app.request('/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'from=software-engineer&to=machine-learning-engineer&hours=12&start=2026-11-02',
    });
    expect(saved.status).toBe(303);
    const location = saved.headers.get('location') ?? '';
    expect(location).toMatch(/^\/plans\/[A-Za-z0-9_-]{24}$/);
    const page = await (await app.request(location)).text();
    expect(page).toContain('This link is the key to your plan');
    const ids = [...page.matchAll(/data-item="([^"]+)"/g)].map((m) => m[1] as string);
    const ticked = await app.request(`${location}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: ids
        .slice(0, 2)
        .map((item) => `done=${encodeURIComponent(item)}`)
        .join('&'),
    });
    expect(ticked.status).toBe(303);
    const after = await (await app.request(location)).text();
    expect(after).toMatch(new RegExp(`2 of ${ids.length} done`));
    // Three weeks after the start (the test clock says 2026-11-24), the first two skills stand for 2 weeks
    // each: 4 weeks done is neither 2 behind nor more than 2 ahead.
    expect(after).toContain('<span data-progress-status="true">On track</span>');
    expect(after).toContain('week 4 of');
  });

  it('refuses a cross-site form post', async () => {
    const response = await app.request('/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'from=teacher&to=data-analyst',
    });
    expect(response.status).toBe(400);
  });

  it('offers to update an old plan to a new KB, keeping ticks on items that still exist', async () => {
    const { id } = await createPlan({ from: 'teacher', to: 'data-analyst' });
    const store = await deps.store();
    const stored = await store.plans.find(id);
    await store.plans.replaceGuide(id, stored?.guide, '0.9.0', new Date());
    const plan = await read(json('GET', `/api/v1/plans/${id}`));
    await json('PUT', `/api/v1/plans/${id}/items/${plan.items[0].id}`, { done: true });
    const page = await (await app.request(`/plans/${id}`)).text();
    expect(page).toContain('Update to the new guide');
    const refreshed = await app.request(`/plans/${id}/refresh`, { method: 'POST' });
    expect(refreshed.status).toBe(303);
    const after = await read(json('GET', `/api/v1/plans/${id}`));
    expect(after.kbVersion).toBe(deps.kb.kbVersion);
    expect(after.items.find((item: { id: string }) => item.id === plan.items[0].id)?.done).toBe(true);
  });
});

describe('view counts', () => {
  it('counts page loads by people, not HEAD, prefetches or bots, and shows the count', async () => {
    const path = '/transitions/accountant/financial-analyst';
    const browser = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' };
    await app.request(path, { headers: browser });
    await app.request(path, { headers: browser });
    await app.request(path, { method: 'HEAD', headers: browser });
    await app.request(path, { headers: { ...browser, 'sec-purpose': 'prefetch' } });
    await app.request(path, { headers: { 'user-agent': 'Googlebot/2.1' } });
    const page = await (await app.request(path, { headers: browser })).text();
    expect(page).toMatch(/data-views[^>]*>\s*3 views/);
    await deps.views.flush();
    expect((await (await deps.store()).views.counts([path])).get(path)).toBe(3);
  });
});

describe('a tick touches only the item and the progress it needs', () => {
  it('never reads the saved guide once the plan has been opened, and refreshes after a new guide', async () => {
    const store = await deps.store();
    let guideReads = 0;
    const countingStore = {
      ...store,
      plans: {
        ...store.plans,
        find: (id: string) => {
          guideReads++;
          return store.plans.find(id);
        },
      },
    };
    const counted = testDeps({ store: async () => countingStore });
    const counting = createApp(counted);
    const created = await counting.request('/api/v1/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'teacher', to: 'data-analyst' }),
    });
    const { id } = (await created.json()) as { id: string };
    const plan = (await (await counting.request(`/api/v1/plans/${id}`)).json()) as PlanJson;
    const readsAfterOpening = guideReads;
    for (const item of plan.items.slice(0, 10)) {
      const ticked = await counting.request(`/api/v1/plans/${id}/items/${item.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ done: true }),
      });
      expect(ticked.status).toBe(200);
    }
    expect(guideReads).toBe(readsAfterOpening);
    expect(((await (await counting.request(`/api/v1/plans/${id}`)).json()) as PlanJson).progress.done).toBe(
      10,
    );
  });
});

describe('plans that are safe and useful', () => {
  it('deletes only after a confirmation page, and ends on a page that says so', async () => {
    const { id } = await createPlan({ from: 'teacher', to: 'data-analyst' });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const page = await (await app.request(`/plans/${id}`)).text();
    expect(page).toContain(`href="/plans/${id}/delete"`);
    expect(page).toMatch(/class="button danger"/);

    // A bare post (an old form, a stray click) only leads to the confirmation.
    const bare = await app.request(`/plans/${id}/delete`, { method: 'POST', headers: form, body: '' });
    expect(bare.status).toBe(303);
    expect(bare.headers.get('location')).toBe(`/plans/${id}/delete`);
    expect((await json('GET', `/api/v1/plans/${id}`)).status).toBe(200);

    const confirm = await (await app.request(`/plans/${id}/delete`)).text();
    expect(confirm).toContain('Delete this plan?');
    expect(confirm).toMatch(/<button type="submit" class="danger">Yes, delete the plan<\/button>/);
    const deleted = await app.request(`/plans/${id}/delete`, {
      method: 'POST',
      headers: form,
      body: 'confirm=yes',
    });
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/plans/deleted');
    expect(await (await app.request('/plans/deleted')).text()).toContain('Your plan was deleted');
    expect((await app.request(`/plans/${id}`)).status).toBe(404);
  });

  it('shows each skill item with its resources as links, a real progress bar, and week 1 on day one', async () => {
    const { id } = await createPlan({ from: 'teacher', to: 'data-analyst' });
    const plan = await read(json('GET', `/api/v1/plans/${id}`));
    // Tick three items on day one: a person who already knew them is not "ahead of plan" in week 1.
    for (const item of plan.items.slice(0, 3))
      await json('PUT', `/api/v1/plans/${id}/items/${item.id}`, { done: true });
    const page = await (await app.request(`/plans/${id}`)).text();
    expect(page).toMatch(/Learn with <a href="https:\/\/[^"]+" rel="noopener">/);
    expect(page).toMatch(/<progress max="100" value="\d+"/);
    expect(page).toMatch(/week 1 of \d+/);
    expect(page).not.toContain('week 0');
    expect(page).not.toContain('Ahead of plan');
  });

  it('exports the plan as milestones whose ids belong to this plan, none longer than a day', async () => {
    const { id } = await createPlan({ from: 'teacher', to: 'data-analyst' });
    const response = await app.request(`/plans/${id}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await response.text();
    const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1] as string);
    expect(uids.length).toBeGreaterThan(3);
    for (const uid of uids) expect(uid).toContain(id);
    for (const [, start, end] of ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})\r?\nDTEND;VALUE=DATE:(\d{8})/g)) {
      const days =
        (Date.parse(`${end?.slice(0, 4)}-${end?.slice(4, 6)}-${end?.slice(6)}`) -
          Date.parse(`${start?.slice(0, 4)}-${start?.slice(4, 6)}-${start?.slice(6)}`)) /
        86_400_000;
      expect(days).toBe(1);
    }
    expect(ics).toContain('Plan ends: ready to work as Data Analyst');
  });

  it('gives two personalisations of one move different calendar ids', async () => {
    const uids = async (query: string) =>
      [
        ...(await (await app.request(`/transitions/teacher/data-analyst.ics?${query}`)).text()).matchAll(
          /^UID:(.+)$/gm,
        ),
      ].map((m) => m[1]);
    const a = await uids('start=2027-01-04&hours=10');
    const b = await uids('start=2027-01-04&hours=20');
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((uid) => b.includes(uid))).toEqual([]);
  });
});
