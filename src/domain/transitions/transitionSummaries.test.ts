import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSON } from '../guide/person.ts';
import { memoryKb } from '../testing/memoryKb.ts';
import {
  OTHER_PACES_KEPT,
  roleTransition,
  transitionCacheSize,
  warmTransitions,
} from './transitionSummaries.ts';

const kb = memoryKb({
  skills: { a: {}, b: {}, c: {} },
  roles: {
    one: { skills: [{ skill: 'a', level: 3, importance: 'core' }] },
    two: { skills: [{ skill: 'b', level: 3, importance: 'core' }] },
    three: {
      skills: [
        { skill: 'a', level: 3, importance: 'core' },
        { skill: 'c', level: 2, importance: 'important' },
      ],
    },
  },
});
const role = (id: string) => kb.role.get(id) ?? (undefined as never);

describe('transition summaries', () => {
  it('computes each move once per pace and reuses it', () => {
    const first = roleTransition(kb, role('one'), role('three'));
    expect(roleTransition(kb, role('one'), role('three'))).toBe(first);
    expect(roleTransition(kb, role('one'), role('three'), 20).totalWeeks).toBeLessThan(first.totalWeeks);
  });

  it('keeps the default pace and the few most recent others, whatever paces are asked for', () => {
    expect(warmTransitions(kb)).toBe(6);
    for (let hours = 1; hours <= 30; hours += 0.5) roleTransition(kb, role('one'), role('two'), hours);
    const size = transitionCacheSize(kb);
    expect(size.paces).toBe(OTHER_PACES_KEPT + 1);
    // Every move at the default pace is still there, plus one move for each pace kept.
    expect(size.summaries).toBe(6 + OTHER_PACES_KEPT);
    const warm = roleTransition(kb, role('two'), role('three'), DEFAULT_PERSON.hoursPerWeek);
    expect(roleTransition(kb, role('two'), role('three'))).toBe(warm);
  });
});
