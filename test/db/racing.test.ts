// Two tabs on one plan (issue 13 §5): a form saved from an old page never undoes ticks made meanwhile, tick
// responses report the committed progress, and deleting a plan while it is ticked is a 404, never a 500.
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/db/store.ts';
import { createApp } from '../../src/server/createApp.tsx';
import { testDeps } from '../testDeps.ts';
import { backends } from './backends.ts';

const list = await backends();
const opened: Promise<Store>[] = [];
afterAll(async () => {
  for (const store of opened) await (await store).close();
});

const JSON_HEADERS = { 'content-type': 'application/json' };

describe.each(list)('racing tabs on $name', ({ target }) => {
  const store = openStore(target());
  opened.push(store);
  const app = createApp(testDeps({ store: () => store }));

  async function newPlan(): Promise<{ id: string; items: string[] }> {
    const created = await app.request('/api/v1/plans', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ from: 'teacher', to: 'instructional-designer', person: { hours: 6 } }),
    });
    const { id } = (await created.json()) as { id: string };
    const plan = (await (await app.request(`/api/v1/plans/${id}`)).json()) as { items: { id: string }[] };
    return { id, items: plan.items.map((item) => item.id) };
  }
  const tick = (id: string, itemId: string, done = true) =>
    app.request(`/api/v1/plans/${id}/items/${itemId}`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ done }),
    });
  const doneIds = async (id: string) =>
    (
      (await (await app.request(`/api/v1/plans/${id}`)).json()) as { items: { id: string; done: boolean }[] }
    ).items
      .filter((item) => item.done)
      .map((item) => item.id)
      .sort();

  /** The body the plan page's form sends, as the page was rendered: its hidden fields plus the ticked boxes. */
  async function formFromPage(id: string, tickNow: string[]): Promise<string> {
    const html = await (await app.request(`/plans/${id}`)).text();
    const body = new URLSearchParams();
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="(shown|was)" value="([^"]+)"/g))
      body.append(name as string, value as string);
    const checked = [...html.matchAll(/name="done" value="([^"]+)"[^>]*checked/g)].map((m) => m[1] as string);
    for (const itemId of new Set([...checked, ...tickNow])) body.append('done', itemId);
    return body.toString();
  }

  it('a form from a page loaded before another tab ticked keeps every tick', async () => {
    const { id, items } = await newPlan();
    expect((await tick(id, items[0] as string)).status).toBe(200);
    // Tab A renders the page now (item 0 done), the person ticks item 1 there but has not saved yet.
    const stale = await formFromPage(id, [items[1] as string]);
    // Meanwhile tab B ticks items 2–9 and unticks nothing.
    const others = items.slice(2, 10);
    const form = app.request(`/plans/${id}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: stale,
    });
    const ticks = others.map((itemId) => tick(id, itemId));
    const responses = await Promise.all([form, ...ticks]);
    expect(responses.map((response) => response.status)).toEqual([303, ...others.map(() => 200)]);
    expect(await doneIds(id)).toEqual([...items.slice(0, 10)].sort());
    // Unticking in tab A writes only that change.
    const untick = await formFromPage(id, []);
    const withoutFirst = new URLSearchParams(untick);
    const kept = withoutFirst.getAll('done').filter((itemId) => itemId !== items[0]);
    withoutFirst.delete('done');
    for (const itemId of kept) withoutFirst.append('done', itemId);
    await tick(id, items[10] as string);
    await app.request(`/plans/${id}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: withoutFirst.toString(),
    });
    expect(await doneIds(id)).toEqual([...items.slice(1, 11)].sort());
  });

  it('concurrent ticks report the committed progress', async () => {
    const { id, items } = await newPlan();
    const some = items.slice(0, 12);
    const responses = await Promise.all(some.map((itemId) => tick(id, itemId)));
    const counts = await Promise.all(
      responses.map(
        async (response) => ((await response.json()) as { progress: { done: number } }).progress.done,
      ),
    );
    expect(Math.max(...counts)).toBe(some.length);
    expect(await doneIds(id)).toEqual([...some].sort());
  });

  it('deleting a plan while it is being ticked answers 404 to late ticks, never 500', async () => {
    const { id, items } = await newPlan();
    const ticks = items.slice(0, 20).map((itemId, i) => tick(id, itemId, i % 2 === 0));
    const removal = app.request(`/api/v1/plans/${id}`, { method: 'DELETE' });
    const statuses = (await Promise.all([...ticks, removal])).map((response) => response.status);
    expect(statuses.at(-1)).toBe(204);
    for (const status of statuses.slice(0, -1)) expect([200, 404]).toContain(status);
    expect((await tick(id, items[0] as string)).status).toBe(404);
  });
});
