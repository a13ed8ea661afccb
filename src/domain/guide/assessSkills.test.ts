import { describe, expect, it } from 'vitest';
import type { Importance } from '../kb/schemas.ts';
import { memoryKb } from '../testing/memoryKb.ts';
import { assessSkills } from './assessSkills.ts';
import { DEFAULT_PERSON } from './person.ts';

// Every skill costs 10, 40, 100, 200, 400 hours to levels 1–5 unless it says otherwise.
const skills = {
  a: {},
  b: {},
  n: {},
  d: { prerequisites: ['p'] },
  p: { prerequisites: ['q'] },
  q: {},
  m: { prerequisites: ['n'] },
  o: { prerequisites: ['r'] },
  r: {},
  x: { related: [{ skill: 'y', transfer: 0.5 }] },
  y: {},
  v: { related: [{ skill: 'w', transfer: 0.8 }] },
  w: {},
};

type Link = [skill: string, level: number, importance: Importance, hireLevel?: number];
const links = (list: readonly Link[]) =>
  list.map(([skill, level, importance, hireLevel]) => ({
    skill,
    level,
    importance,
    ...(hireLevel === undefined ? {} : { hireLevel }),
  }));

/**
 * The memory KB fills each role up to 8 skills with nice-to-have fillers at level 1. The source below lists
 * fewer skills than the target, so it holds every filler the target asks for: they are matched, never gaps.
 */
function assess(target: readonly Link[], known: Record<string, number> = {}, from: readonly Link[] = []) {
  const kb = memoryKb({
    skills,
    roles: { source: { skills: links(from) }, target: { skills: links(target) } },
  });
  const role = (id: string) => kb.role.get(id) ?? (undefined as never);
  return assessSkills(kb, role('source'), role('target'), { ...DEFAULT_PERSON, known });
}
const fillers = (count: number) => Array.from({ length: count }, (_, i) => `filler-${i}`);

describe('assessSkills: match (DESIGN §5.2, job-ready levels)', () => {
  it('has nothing to learn when every job-ready level is held, and says what carries over', () => {
    // Core at 4 is hired at working (3); important at 3 is hired at basic (2).
    const result = assess(
      [
        ['a', 4, 'core'],
        ['b', 3, 'important'],
      ],
      { a: 3, b: 2 },
    );
    expect(result.gaps).toEqual([]);
    expect(result.score).toBe(1);
    expect(result).toMatchObject({ matched: 8, total: 8, topUpHours: 0 });
    expect(result.transferable.map(({ skill, level, topUpHours }) => ({ skill, level, topUpHours }))).toEqual(
      [
        { skill: 'a', level: 3, topUpHours: 0 },
        { skill: 'b', level: 2, topUpHours: 0 },
      ],
    );
  });

  it('weighs core 3, important 2, nice 1 and measures each skill against its job-ready level', () => {
    // a: core 5 → hired at 4, held 2; b: important 4 → hired at 3, held 0; six fillers held at their level 1.
    const result = assess(
      [
        ['a', 5, 'core'],
        ['b', 4, 'important'],
      ],
      { a: 2 },
    );
    // (3 × 2/4 + 2 × 0/3 + 6 × 1) / (3 + 2 + 6) = 7.5 / 11
    expect(result.score).toBe(0.682);
    expect(result.matched).toBe(6);
    expect(result.total).toBe(8);
    expect(result.targetSkills.map((t) => [t.skill, t.required, t.roleLevel, t.held.level])).toEqual([
      ['a', 4, 5, 2],
      ['b', 3, 4, 0],
      ...fillers(6).map((id) => [id, 1, 1, 1]),
    ]);
  });

  it('caps a skill held above the job-ready level at full credit', () => {
    const result = assess([['a', 3, 'core']], { a: 5 });
    expect(result.score).toBe(1);
    expect(result.gaps).toEqual([]);
    expect(result.targetSkills[0]?.held).toEqual({ level: 5 });
    expect(result.transferable).toMatchObject([{ skill: 'a', level: 5, topUpHours: 0 }]);
  });

  it('lists target skills core first, then important, then nice, each by id', () => {
    const result = assess([
      ['n', 2, 'nice'],
      ['b', 2, 'important'],
      ['m', 2, 'core'],
      ['a', 2, 'core'],
    ]);
    expect(result.targetSkills.map((t) => t.skill)).toEqual(['a', 'm', 'b', ...fillers(4), 'n']);
  });

  it('counts what the source role itself uses, not only what the person states', () => {
    const result = assess([['a', 3, 'core']], {}, [['a', 3, 'core']]);
    expect(result.gaps).toEqual([]);
    expect(result.transferable.map((item) => item.skill)).toEqual(['a']);
  });
});

describe('assessSkills: gaps (DESIGN §5.3–5.5)', () => {
  it('makes a gap of hoursToLevel[J] − hoursToLevel[held] at the priority of its importance', () => {
    const result = assess(
      [
        ['a', 5, 'core'],
        ['b', 4, 'important'],
      ],
      { a: 2 },
    );
    expect(result.gaps).toEqual([
      expect.objectContaining({
        skill: 'a',
        priority: 'Critical',
        fromLevel: 2,
        toLevel: 4,
        hours: 200 - 40,
        optional: false,
        requiredFor: [],
      }),
      expect.objectContaining({
        skill: 'b',
        priority: 'Important',
        fromLevel: 0,
        toLevel: 3,
        hours: 100,
        optional: false,
      }),
    ]);
  });

  it('carries over a skill held at working level one short of the bar, topped up in the portfolio', () => {
    // Core 5 is hired at 4; held at 3, the last level (200 − 100 h) is practised in the portfolio.
    const result = assess([['a', 5, 'core']], { a: 3 });
    expect(result.gaps).toEqual([]);
    expect(result.transferable).toMatchObject([{ skill: 'a', level: 3, topUpHours: 100 }]);
    expect(result.topUpHours).toBe(100);
  });

  it('makes a gap of a skill held at working level two short of the bar', () => {
    // A role that hires at expert (5): held at 3, the climb is 400 − 100 h of learning, not a top-up.
    const result = assess([['a', 5, 'core', 5]], { a: 3 });
    expect(result.transferable).toEqual([]);
    expect(result.gaps).toMatchObject([{ skill: 'a', fromLevel: 3, toLevel: 5, hours: 300 }]);
  });

  it('makes a gap of a skill held one short below working level', () => {
    const result = assess([['a', 3, 'core']], { a: 2 });
    expect(result.transferable).toEqual([]);
    expect(result.gaps).toMatchObject([{ skill: 'a', fromLevel: 2, toLevel: 3, hours: 60 }]);
  });

  it('lists a nice-to-have gap as optional, at basic level at most', () => {
    const result = assess([['n', 4, 'nice']]);
    expect(result.gaps).toMatchObject([
      { skill: 'n', priority: 'Nice to have', fromLevel: 0, toLevel: 2, hours: 40, optional: true },
    ]);
  });

  it('adds missing prerequisites as gaps to basic level, transitively, without a target', () => {
    const result = assess([['d', 3, 'core']]);
    // toMatchObject on an array also checks there are exactly these three gaps, each climbing from 0.
    expect(result.gaps).toMatchObject([
      { skill: 'd', toLevel: 3, hours: 100, priority: 'Critical', optional: false, requiredFor: [] },
      { skill: 'p', toLevel: 2, hours: 40, priority: 'Critical', optional: false, requiredFor: ['d'] },
      { skill: 'q', toLevel: 2, hours: 40, priority: 'Critical', optional: false, requiredFor: ['p'] },
    ]);
    expect(result.gaps.map((gap) => gap.fromLevel)).toEqual([0, 0, 0]);
    expect(result.gaps.find((gap) => gap.skill === 'p')?.target).toBeUndefined();
  });

  it('adds no gap for a prerequisite already held at basic, and starts a weaker one where it is held', () => {
    expect(assess([['d', 3, 'core']], { p: 2 }).gaps.map((gap) => gap.skill)).toEqual(['d']);
    // p held at 1 implies nothing below it: p climbs 40 − 10 h, q from scratch.
    expect(
      assess([['d', 3, 'core']], { p: 1 }).gaps.map((gap) => [gap.skill, gap.fromLevel, gap.hours]),
    ).toEqual([
      ['d', 0, 100],
      ['p', 1, 30],
      ['q', 0, 40],
    ]);
  });

  it('makes a nice-to-have skill required when a required gap builds on it', () => {
    const result = assess([
      ['m', 3, 'core'],
      ['n', 3, 'nice'],
    ]);
    expect(result.gaps.find((gap) => gap.skill === 'n')).toMatchObject({
      optional: false,
      priority: 'Critical',
      requiredFor: ['m'],
      toLevel: 2,
    });
  });

  it('keeps a prerequisite optional when only an optional gap needs it', () => {
    const result = assess([['o', 2, 'nice']]);
    expect(result.gaps.map((gap) => [gap.skill, gap.optional, gap.priority])).toEqual([
      ['o', true, 'Nice to have'],
      ['r', true, 'Nice to have'],
    ]);
  });
});

describe('assessSkills: related skills (DESIGN §5.1)', () => {
  it('shortens a gap by the credit a related skill gives and lists that skill as carrying over in part', () => {
    // y at 4 gives x floor(4 × 0.5) = 2: x still climbs from 2 to 3 (100 − 40 h).
    const result = assess([['x', 3, 'core']], { y: 4 });
    expect(result.gaps).toMatchObject([{ skill: 'x', fromLevel: 2, toLevel: 3, hours: 60 }]);
    expect(result.transferable).toMatchObject([{ skill: 'y', level: 4, topUpHours: 0 }]);
    expect(result.transferable[0]?.target.skill).toBe('x');
  });

  it('carries a target skill over through a related skill that gives enough credit', () => {
    // w at 4 gives v floor(4 × 0.8) = 3, the job-ready level of a core skill at 3.
    const result = assess([['v', 3, 'core']], { w: 4 });
    expect(result.gaps).toEqual([]);
    expect(result.score).toBe(1);
    expect(result.transferable).toMatchObject([{ skill: 'w', level: 4, topUpHours: 0 }]);
  });
});
