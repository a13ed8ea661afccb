import { expect, it } from 'vitest';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import { DEFAULT_PERSON } from '../src/domain/guide/person.ts';
import { realKb } from './realKb.ts';

it('computes a guide for every ordered pair of roles in the KB', () => {
  const kb = realKb();
  let count = 0;
  for (const source of kb.roles) {
    for (const target of kb.roles) {
      if (source.id === target.id) continue;
      const guide = buildGuide(kb, source, target, DEFAULT_PERSON);
      expect(guide.roadmap.length, `${source.id} → ${target.id}`).toBeGreaterThanOrEqual(2);
      count++;
    }
  }
  expect(count).toBe(kb.roles.length * (kb.roles.length - 1));
});
