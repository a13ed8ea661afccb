import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSON, type Person } from '../guide/person.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import { type MemoryKbSpec, memoryKb } from '../testing/memoryKb.ts';
import { findPath } from './findPath.ts';

/**
 * x is expensive (400 h to working level); y is nearly free and gives x 0.8 of its level. The target hires x at
 * working (3). Stepping-stone roles work in y at expert (5), which gives x floor(5 × 0.8) = 4: once you hold one
 * of them, the target needs no learning at all.
 */
const skills: MemoryKbSpec['skills'] = {
  x: { hoursToLevel: [100, 200, 400, 800, 1600] },
  y: { hoursToLevel: [1, 2, 3, 4, 5], related: [{ skill: 'x', transfer: 0.8 }] },
  z: {},
};
const roles: MemoryKbSpec['roles'] = {
  start: { skills: [] },
  target: { skills: [{ skill: 'x', level: 4, importance: 'core' }] },
  // y core at 5 is hired at 4: 4 hours of learning.
  stone: { skills: [{ skill: 'y', level: 5, importance: 'core' }] },
  // The same, plus z to working level: 104 hours.
  dearer: {
    skills: [
      { skill: 'y', level: 5, importance: 'core' },
      { skill: 'z', level: 3, importance: 'core' },
    ],
  },
};
const kb = memoryKb({ skills, roles });
const role = (k: KnowledgeBase, id: string): Role => k.role.get(id) ?? (undefined as never);
const path = (
  k: KnowledgeBase,
  from: string,
  to: string,
  maxSteps: number,
  person: Person = DEFAULT_PERSON,
) => findPath(k, role(k, from), role(k, to), person, { maxSteps });
const legs = (steps: readonly { from: { id: string }; to: { id: string }; totalWeeks: number }[]) =>
  steps.map((step) => [step.from.id, step.to.id, step.totalWeeks]);

// Legs at 10 h/week, all in one family (a 2-week job search); a portfolio is at least 30 h (3 weeks):
//   start → target: x 0→3 = 400 h = 40 weeks; portfolio 25 % of 400 h, capped at 60 h = 6 weeks; 2 → 48
//   start → stone:  y 0→4 = 4 h = 1 week; portfolio 3; job search 2 → 6
//   start → dearer: y 4 h + z 100 h = 11 weeks; portfolio 3; job search 2 → 16
//   stone or dearer → target: x held at 4 already; portfolio 3; job search 2 → 5
describe('findPath (DESIGN §5.15)', () => {
  it('takes the cheaper stepping stone when going through one is faster than the direct move', () => {
    const result = path(kb, 'start', 'target', 3);
    expect(result.direct.totalWeeks).toBe(48);
    expect(result.directIsFastest).toBe(false);
    expect(legs(result.steps)).toEqual([
      ['start', 'stone', 6],
      ['stone', 'target', 5],
    ]);
    expect(result.totalWeeks).toBe(11);
    expect(result.weeksSaved).toBe(37);
    expect(result.summary).toBe(
      'Going through Role stone takes 11 weeks, 37 fewer than the 48-week direct move, because each step builds ' +
        'on skills the previous one already uses.',
    );
  });

  it('ranks the routes by the first job in the field, the direct move among them', () => {
    const result = path(kb, 'start', 'target', 3);
    expect(result.routes.map((route) => [legs(route.legs), route.firstJobWeeks, route.direct])).toEqual([
      [
        [
          ['start', 'stone', 6],
          ['stone', 'target', 5],
        ],
        6,
        false,
      ],
      [
        [
          ['start', 'dearer', 16],
          ['dearer', 'target', 5],
        ],
        16,
        false,
      ],
      [[['start', 'target', 48]], 48, true],
    ]);
  });

  it('prefers the route that lands a job in the target field sooner to one that is shorter in all', () => {
    // z now takes 70 h to working level: start → dearer is 74 h = 8 weeks + 3 + 2 = 13, then 5 more (18 in all).
    // other does stone's work in another family: 1 + 3 + 4 = 8 weeks, then 3 + 4 = 7 back (15 in all), but its
    // first job in the target's field is the target itself, after 15 weeks.
    const k = memoryKb({
      skills: { ...skills, z: { hoursToLevel: [10, 40, 70, 140, 280] } },
      roles: {
        ...roles,
        other: { skills: [{ skill: 'y', level: 5, importance: 'core' }], family: 'data-and-ai' },
      },
    });
    const result = path(k, 'start', 'target', 3);
    expect(result.routes.map((route) => [legs(route.legs), route.firstJobWeeks, route.totalWeeks])).toEqual([
      [
        [
          ['start', 'stone', 6],
          ['stone', 'target', 5],
        ],
        6,
        11,
      ],
      [
        [
          ['start', 'dearer', 13],
          ['dearer', 'target', 5],
        ],
        13,
        18,
      ],
      [[['start', 'target', 48]], 48, 48],
    ]);
  });

  it('keeps the direct move when no stepping stone is within reach', () => {
    const result = path(kb, 'start', 'target', 1);
    expect(result.directIsFastest).toBe(true);
    expect(legs(result.steps)).toEqual([['start', 'target', 48]]);
    expect(result).toMatchObject({ totalWeeks: 48, weeksSaved: 0 });
    expect(result.routes.map((route) => route.direct)).toEqual([true]);
    expect(result.summary).toMatch(
      /^The direct move from Role start to Role target is the fastest route: 48 weeks/,
    );
    expect(result.summary).toContain('No stepping-stone role within 1 step gets there sooner.');
  });

  it('never goes through a starting point', () => {
    const noStone = memoryKb({
      skills,
      roles: {
        ...roles,
        stone: { skills: [{ skill: 'y', level: 5, importance: 'core' }], startingPoint: true },
      },
    });
    const result = path(noStone, 'start', 'target', 3);
    expect(legs(result.steps)).toEqual([
      ['start', 'dearer', 16],
      ['dearer', 'target', 5],
    ]);
    expect(result.routes.flatMap((route) => route.legs.map((leg) => leg.to.id))).not.toContain('stone');
  });

  it('prices the first leg with what the person knows', () => {
    // Knowing x at working level, the direct move needs no learning: 3 weeks of portfolio and 2 of job search.
    const result = path(kb, 'start', 'target', 3, { ...DEFAULT_PERSON, known: { x: 3 } });
    expect(result.directIsFastest).toBe(true);
    expect(legs(result.steps)).toEqual([['start', 'target', 5]]);
    expect(result.direct.topGaps).toEqual([]);
  });

  it('names the gaps of each leg and the pay it lands in', () => {
    const result = path(kb, 'start', 'target', 1);
    expect(result.direct.topGaps).toEqual([{ id: 'x', name: 'Skill x' }]);
    expect(result.direct.medianSalary).toBe(100000);
  });

  it('is the trivial move for a role to itself (the app refuses that request)', () => {
    const result = path(kb, 'stone', 'stone', 3);
    expect(legs(result.steps)).toEqual([['stone', 'stone', 5]]);
    expect(result.directIsFastest).toBe(true);
    expect(result.direct.topGaps).toEqual([]);
  });
});
