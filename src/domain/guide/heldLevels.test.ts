import { describe, expect, it } from 'vitest';
import { memoryKb } from '../testing/memoryKb.ts';
import { heldLevel, profileOf, type SourceProfile } from './heldLevels.ts';
import { DEFAULT_PERSON } from './person.ts';

// c builds on b, b on a; x and y are related (y gives x 0.5 of its level, x gives y 0.8).
const kb = memoryKb({
  skills: {
    a: {},
    b: { prerequisites: ['a'] },
    c: { prerequisites: ['b'] },
    x: { related: [{ skill: 'y', transfer: 0.5 }] },
    y: { related: [{ skill: 'x', transfer: 0.8 }] },
    z: { related: [{ skill: 'w', transfer: 0.6 }] },
    w: {},
  },
  roles: {},
});

const link = (skill: string, level: number) => ({
  skill,
  level,
  importance: 'core' as const,
  usage: `You use ${skill} every day.`,
});
/** A source profile: role skills and background, each skill id → level. */
const source = (skills: Record<string, number>, background: Record<string, number> = {}): SourceProfile => ({
  seniority: 'mid',
  skills: Object.entries(skills).map(([skill, level]) => link(skill, level)),
  background: Object.entries(background).map(([skill, level]) => ({ skill, level, from: 'a test degree' })),
});
const profile = (from: SourceProfile, known: Record<string, number> = {}) =>
  Object.fromEntries(profileOf(kb, from, { ...DEFAULT_PERSON, known }));

describe('profileOf', () => {
  it('holds nothing for an empty profile', () => {
    expect(profile(source({}))).toEqual({});
  });

  it('takes the higher of a role skill and the same skill from the background', () => {
    expect(profile(source({ x: 2 }, { x: 3, w: 1 }))).toEqual({ x: 3, w: 1 });
    expect(profile(source({ x: 4 }, { x: 2 }))).toEqual({ x: 4 });
  });

  it('lets what the person states override the role, downwards too', () => {
    expect(profile(source({ x: 4 }), { x: 1, w: 2 })).toEqual({ x: 1, w: 2 });
    expect(profile(source({ x: 4 }), { x: 0 })).toEqual({ x: 0 });
  });

  it('implies prerequisites one level lower, never above working level, transitively', () => {
    // c at 5 → b at min(4, 3) = 3 → a at 2.
    expect(profile(source({ c: 5 }))).toEqual({ c: 5, b: 3, a: 2 });
    // c at 2 → b at 1 → a at 0, which is not held.
    expect(profile(source({ c: 2 }))).toEqual({ c: 2, b: 1 });
    expect(profile(source({ c: 1 }))).toEqual({ c: 1 });
  });

  it('never lowers a level the person holds through an implied prerequisite', () => {
    expect(profile(source({ c: 5 }), { a: 4 })).toEqual({ c: 5, b: 3, a: 4 });
    // A higher implication wins over a lower one stated for the prerequisite.
    expect(profile(source({ c: 5 }), { b: 1 })).toEqual({ c: 5, b: 3, a: 2 });
  });
});

describe('heldLevel (DESIGN §5.1)', () => {
  const held = (levels: Record<string, number>, skill: string) =>
    heldLevel(kb, new Map(Object.entries(levels)), skill);

  it('is 0 for a skill the person has no trace of', () => {
    expect(held({}, 'x')).toEqual({ level: 0 });
    expect(held({ a: 3 }, 'w')).toEqual({ level: 0 });
  });

  it('credits floor(level × transfer) from a related skill and says where it came from', () => {
    // y at 5 gives x floor(5 × 0.8) = 4: both sides state a factor, the larger holds.
    expect(held({ y: 5 }, 'x')).toEqual({ level: 4, via: { skill: 'y', level: 5, transfer: 0.8 } });
    // z lists w: z at 4 gives w floor(4 × 0.6) = 2, and related is symmetric, so w at 4 gives z as much.
    expect(held({ z: 4 }, 'w')).toEqual({ level: 2, via: { skill: 'z', level: 4, transfer: 0.6 } });
    expect(held({ w: 4 }, 'z')).toEqual({ level: 2, via: { skill: 'w', level: 4, transfer: 0.6 } });
    // floor(1 × 0.6) = 0: a trace gives no credit.
    expect(held({ z: 1 }, 'w')).toEqual({ level: 0 });
  });

  it('keeps the own level when a related skill gives no more', () => {
    expect(held({ x: 3, y: 4 }, 'x')).toEqual({ level: 3 });
    expect(held({ x: 2, y: 3 }, 'x')).toEqual({ level: 2 });
    expect(held({ x: 1, y: 3 }, 'x')).toEqual({ level: 2, via: { skill: 'y', level: 3, transfer: 0.8 } });
  });
});
