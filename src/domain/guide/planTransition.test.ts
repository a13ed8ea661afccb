import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import { memoryKb } from '../testing/memoryKb.ts';
import { OWN_PRACTICE_SHARE, PRACTICE_FACTOR } from './courses.ts';
import { DEFAULT_PERSON, type Person } from './person.ts';
import { planTransition } from './planTransition.ts';

const role = (kb: KnowledgeBase, id: string) => kb.role.get(id) ?? (undefined as never);
const plan = (kb: KnowledgeBase, from: string, to: string, person: Person = DEFAULT_PERSON) =>
  planTransition(kb, role(kb, from), role(kb, to), person);

// a: 0→3 = 100 h, b: 0→3 = 60 h; one 30-hour course teaches both.
const skills = {
  a: { hoursToLevel: [10, 40, 100, 200, 400] as [number, number, number, number, number] },
  b: { hoursToLevel: [5, 20, 60, 120, 240] as [number, number, number, number, number] },
  c: { hoursToLevel: [5, 20, 50, 100, 200] as [number, number, number, number, number] },
};
const target = {
  skills: [
    { skill: 'a', level: 3, importance: 'core' as const },
    { skill: 'b', level: 3, importance: 'core' as const },
    { skill: 'c', level: 3, importance: 'nice' as const },
  ],
};
const source = { skills: [] };

describe('planTransition', () => {
  it('counts a course that closes two gaps once', () => {
    const alone = memoryKb({ skills, roles: { source, target }, resources: {} });
    const shared = memoryKb({
      skills,
      roles: { source, target },
      resources: { both: { skills: ['a', 'b'], hours: 30 } },
    });
    const hoursOf = (kb: KnowledgeBase) =>
      Object.fromEntries(plan(kb, 'source', 'target').plan.orderedGaps.map((gap) => [gap.skill, gap.hours]));
    expect(hoursOf(alone)).toEqual({ a: 100, b: 60 });
    // a, the larger gap, pays its own hours; b pays only what it needs beyond the course's 30 hours with practice.
    expect(hoursOf(shared)).toEqual({ a: 100, b: Math.round(60 - 30 * PRACTICE_FACTOR) });
    const withShare = plan(shared, 'source', 'target').plan.orderedGaps.find((gap) => gap.skill === 'b');
    expect(withShare?.sharedCourse?.resource.id).toBe('both');
    expect(withShare?.sharedCourse?.withSkills).toEqual(['a']);
  });

  it('keeps a share of practice for a gap a course covers', () => {
    const kb = memoryKb({
      skills,
      roles: { source, target },
      resources: { big: { skills: ['a', 'b'], hours: 70 } },
    });
    const b = plan(kb, 'source', 'target').plan.orderedGaps.find((gap) => gap.skill === 'b');
    expect(b?.hours).toBe(60 * OWN_PRACTICE_SHARE);
  });

  it('never counts a shared course for less than its published length with practice', () => {
    const total = (hours: number, taught = ['a', 'b']) => {
      const kb = memoryKb({ skills, roles: { source, target }, resources: { c: { skills: taught, hours } } });
      return plan(kb, 'source', 'target').plan.skillHours;
    };
    // By the rule alone a and b cost 100 + 15 h; a 120-hour course takes 150 h with practice.
    expect(total(120)).toBe(120 * PRACTICE_FACTOR);
    // A short course saves hours but never below the rule: a pays 100, b a quarter of its 60.
    expect(total(70)).toBe(115);
    // Covering two of its four skills, a 240-hour course counts for half its length.
    expect(total(240, ['a', 'b', 'filler-0', 'filler-1'])).toBe(120 * PRACTICE_FACTOR);
  });

  it('keeps nice-to-have skills out of the headline and lists them as optional', () => {
    const kb = memoryKb({ skills, roles: { source, target } });
    const transition = plan(kb, 'source', 'target');
    expect(transition.plan.optionalGaps.map((gap) => gap.skill)).toContain('c');
    expect(transition.plan.orderedGaps.map((gap) => gap.skill)).not.toContain('c');
    // c is hired at basic level (20 h), outside the learning hours of a and b.
    expect(transition.plan.learningHours).toBe(160);
    expect(transition.plan.optionalHours).toBeGreaterThanOrEqual(20);
  });

  it('turns summed hours into weeks once, not skill by skill', () => {
    const kb = memoryKb({
      skills: { a: { hoursToLevel: [4, 6, 9, 12, 15] }, b: { hoursToLevel: [4, 6, 9, 12, 15] } },
      roles: {
        source,
        target: {
          skills: [
            { skill: 'a', level: 1, importance: 'core' },
            { skill: 'b', level: 1, importance: 'core' },
          ],
        },
      },
    });
    const core = plan(kb, 'source', 'target').plan.phases.find((phase) => phase.kind === 'core');
    // 4 h + 4 h at 10 h/week fit in one week; rounding each skill first would say two.
    expect(core?.hours).toBe(8);
    expect(core?.weeks).toBe(1);
    expect(plan(kb, 'source', 'target', { ...DEFAULT_PERSON, hoursPerWeek: 5 }).plan.phases[0]?.weeks).toBe(
      2,
    );
  });

  it('hires at the job-ready level and credits what the background gives', () => {
    const kb = memoryKb({
      skills,
      roles: {
        source: { skills: [], background: [{ skill: 'b', level: 2 }] },
        target: {
          skills: [
            { skill: 'a', level: 5, importance: 'core' },
            { skill: 'b', level: 2, importance: 'core' },
          ],
        },
      },
    });
    const transition = plan(kb, 'source', 'target');
    const a = transition.plan.orderedGaps.find((gap) => gap.skill === 'a');
    expect(a?.toLevel).toBe(4);
    expect(a?.target?.roleLevel).toBe(5);
    expect(transition.plan.orderedGaps.map((gap) => gap.skill)).not.toContain('b');
  });

  it('states the plan at 5, 10 and 20 hours a week and the person’s own pace', () => {
    const kb = memoryKb({ skills, roles: { source, target } });
    const transition = plan(kb, 'source', 'target', { ...DEFAULT_PERSON, hoursPerWeek: 12 });
    expect(transition.paces.map((pace) => pace.hoursPerWeek)).toEqual([5, 10, 12, 20]);
    const own = transition.paces.find((pace) => pace.hoursPerWeek === 12);
    expect(own?.totalWeeks).toBe(transition.plan.totalWeeks);
    expect(transition.ifKnown?.skill).toBe('a');
    expect(transition.ifKnown?.totalWeeks).toBeLessThan(transition.plan.totalWeeks);
  });

  it('adds a required credential as a phase of its real length, holding the skills it teaches', () => {
    const kb = memoryKb({
      skills,
      roles: {
        source,
        licensed: {
          skills: [],
          credential: { id: 'licence', months: 24, partTimeMonths: 36, covers: ['a'] },
        },
        target: {
          skills: target.skills,
          credential: { id: 'licence', months: 24, partTimeMonths: 36, covers: ['a'] },
        },
      },
    });
    const partTime = plan(kb, 'source', 'target');
    const [first] = partTime.plan.phases;
    expect(first?.kind).toBe('credential');
    expect(first?.weeks).toBe(Math.round(36 * 4.345));
    expect(first?.gaps.map((gap) => gap.skill)).toEqual(['a']);
    // a is taught in the programme: only b counts as learning of its own.
    expect(partTime.plan.skillHours).toBe(60);
    expect(partTime.difficulty).toBe('Very challenging');
    const fullTime = plan(kb, 'source', 'target', { ...DEFAULT_PERSON, hoursPerWeek: 40 });
    expect(fullTime.plan.phases[0]?.weeks).toBe(Math.round(24 * 4.345));
    // Someone who already holds the same credential skips the phase.
    expect(plan(kb, 'licensed', 'target').plan.phases.map((phase) => phase.kind)).not.toContain('credential');
  });
});
