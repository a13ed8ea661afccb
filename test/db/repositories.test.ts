import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/db/store.ts';
import { backends } from './backends.ts';

const list = await backends();
const now = new Date('2026-11-24T12:00:00Z');
const newId = () => `test${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`.padEnd(20, 'x');

describe.each(list)('repositories on $name', ({ target }) => {
  let store: Store;
  const open = async () => {
    store ??= await openStore(target());
    return store;
  };
  afterAll(async () => {
    await store?.close();
  });

  it('creates, finds, ticks, replaces and deletes a plan', async () => {
    const { plans } = await open();
    const id = newId();
    await plans.create({
      id,
      from: 'teacher',
      to: 'data-analyst',
      person: { hours: '5' },
      kbVersion: '1.0.0',
      guide: { a: 1 },
      now,
    });
    const found = await plans.find(id);
    expect(found?.person).toEqual({ hours: '5' });
    expect(found?.guide).toEqual({ a: 1 });
    expect((await plans.setItem(id, 'skill-sql', true, now))?.items.get('skill-sql')).toBe(true);
    expect((await plans.setItem(id, 'skill-sql', false, now))?.items.get('skill-sql')).toBe(false);
    expect(
      await plans.setItems(
        id,
        new Map([
          ['a', true],
          ['b', false],
        ]),
        now,
      ),
    ).toBe(true);
    expect([...((await plans.find(id))?.items ?? [])]).toEqual(
      expect.arrayContaining([
        ['skill-sql', false],
        ['a', true],
        ['b', false],
      ]),
    );
    await plans.replaceGuide(id, { a: 2 }, '1.1.0', now);
    const replaced = await plans.find(id);
    expect(replaced?.kbVersion).toBe('1.1.0');
    expect(replaced?.items.get('a')).toBe(true);
    expect(await plans.delete(id)).toBe(true);
    expect(await plans.find(id)).toBeUndefined();
    expect(await plans.setItem(id, 'a', true, now)).toBeUndefined();
    expect(await plans.delete(id)).toBe(false);
  });

  it('loses no update under 50 concurrent ticks on one plan', async () => {
    const { plans } = await open();
    const id = newId();
    await plans.create({ id, from: 'a', to: 'b', person: {}, kbVersion: '1', guide: {}, now });
    await Promise.all(Array.from({ length: 50 }, (_, i) => plans.setItem(id, `item-${i}`, true, now)));
    const items = (await plans.find(id))?.items;
    expect(items?.size).toBe(50);
    expect([...(items?.values() ?? [])].every(Boolean)).toBe(true);
  });

  it('adds view counts in batches and returns the new totals', async () => {
    const { views } = await open();
    const path = `/transitions/${newId()}/x`;
    expect((await views.add(new Map([[path, 3]]))).get(path)).toBe(3);
    expect((await views.add(new Map([[path, 2]]))).get(path)).toBe(5);
    expect((await views.counts([path])).get(path)).toBe(5);
    expect((await views.all()).get(path)).toBe(5);
  });
});
