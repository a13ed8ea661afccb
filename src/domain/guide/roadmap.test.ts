import { describe, expect, it } from 'vitest';
import { memoryKb } from '../testing/memoryKb.ts';
import type { LearningGap } from './courses.ts';
import type { Priority } from './guideSchema.ts';
import { type CredentialPhase, orderByPrerequisites, planRoadmap } from './roadmap.ts';

// c1 builds on s1, x on y; stats is maths, so it belongs to the foundations.
const kb = memoryKb({
  skills: {
    q: {},
    stats: { category: 'math-and-statistics' },
    c1: { prerequisites: ['s1'] },
    s1: {},
    s2: {},
    x: { prerequisites: ['y'] },
    y: {},
    e: {},
    f: {},
    n: {},
  },
  roles: {},
});

/** A gap as the course chooser hands it to the roadmap; `prerequisite` gaps have no target skill. */
function gap(
  skill: string,
  hours: number,
  priority: Priority = 'Critical',
  { prerequisite = false, optional = false } = {},
): LearningGap {
  return {
    skill,
    priority,
    fromLevel: 0,
    toLevel: prerequisite ? 2 : 3,
    hours,
    standaloneHours: hours,
    optional,
    requiredFor: [],
    resources: [],
    ...(prerequisite
      ? {}
      : {
          target: {
            skill,
            importance: priority === 'Critical' ? 'core' : priority === 'Important' ? 'important' : 'nice',
            required: 3,
            roleLevel: 3,
            held: { level: 0 },
            usage: `You use ${skill} every day.`,
          },
        }),
  };
}
const ids = (gaps: readonly { skill: string }[]) => gaps.map((g) => g.skill);
const phasesOf = (plan: ReturnType<typeof planRoadmap>) =>
  plan.phases.map(({ kind, startWeek, weeks, hours }) => ({ kind, startWeek, weeks, hours }));

describe('orderByPrerequisites', () => {
  it('puts every prerequisite first, then higher priority, fewer hours and id', () => {
    const ordered = orderByPrerequisites(kb, [
      gap('f', 1, 'Important'),
      gap('x', 10),
      gap('y', 50),
      gap('e', 5),
    ]);
    // By priority and hours alone x (10 h) would come before y (50 h); x builds on y.
    expect(ids(ordered)).toEqual(['e', 'y', 'x', 'f']);
  });

  it('ignores prerequisites that are not gaps', () => {
    expect(ids(orderByPrerequisites(kb, [gap('x', 10), gap('e', 20)]))).toEqual(['x', 'e']);
  });
});

describe('planRoadmap (DESIGN §5.5–5.6)', () => {
  it('places foundations, core and specialization in order, moving a prerequisite up to where it is needed', () => {
    const plan = planRoadmap(
      kb,
      [
        gap('s2', 30, 'Important'),
        gap('c1', 20),
        gap('s1', 10, 'Important'),
        gap('stats', 5, 'Important'),
        gap('q', 15, 'Critical', { prerequisite: true }),
      ],
      0,
      10,
      4,
    );
    // Running totals at 10 h/week: 20 h → week 2, 50 h → week 5, 80 h → week 8. Portfolio: 25 % of 80 h is
    // below the 30-hour floor, so 30 h in 3 weeks; the job search takes the 4 weeks it is given.
    expect(phasesOf(plan)).toEqual([
      { kind: 'foundations', startWeek: 1, weeks: 2, hours: 20 },
      { kind: 'core', startWeek: 3, weeks: 3, hours: 30 },
      { kind: 'specialization', startWeek: 6, weeks: 3, hours: 30 },
      { kind: 'portfolio', startWeek: 9, weeks: 3, hours: 30 },
      { kind: 'job-search', startWeek: 12, weeks: 4, hours: 0 },
    ]);
    expect(plan.totalWeeks).toBe(15);
    expect(plan.phases.map((phase) => ids(phase.gaps))).toEqual([
      ['q', 'stats'],
      ['s1', 'c1'],
      ['s2'],
      [],
      [],
    ]);
    expect(plan.orderedGaps.map((g) => [g.skill, g.endWeek, g.weeks])).toEqual([
      ['q', 2, 2],
      ['stats', 2, 0],
      ['s1', 3, 1],
      ['c1', 5, 2],
      ['s2', 8, 3],
    ]);
    expect(plan).toMatchObject({ skillHours: 80, learningHours: 80, portfolioHours: 30, topUpHours: 0 });
  });

  it('rounds the running total of learning hours once, not phase by phase', () => {
    // 15 h + 15 h at 10 h/week end in week 3; rounding each phase up first would take 4 weeks.
    const plan = planRoadmap(kb, [gap('q', 15, 'Critical', { prerequisite: true }), gap('c1', 15)], 0, 10, 2);
    expect(phasesOf(plan).slice(0, 2)).toEqual([
      { kind: 'foundations', startWeek: 1, weeks: 2, hours: 15 },
      { kind: 'core', startWeek: 3, weeks: 1, hours: 15 },
    ]);
  });

  it('gives every learning phase at least a week, however few its hours', () => {
    const plan = planRoadmap(kb, [gap('c1', 1), gap('s2', 1, 'Important')], 0, 10, 2);
    expect(phasesOf(plan).slice(0, 2)).toEqual([
      { kind: 'core', startWeek: 1, weeks: 1, hours: 1 },
      { kind: 'specialization', startWeek: 2, weeks: 1, hours: 1 },
    ]);
  });

  it('with nothing to learn is a portfolio and a job search', () => {
    const plan = planRoadmap(kb, [], 0, 10, 2);
    expect(phasesOf(plan)).toEqual([
      { kind: 'portfolio', startWeek: 1, weeks: 3, hours: 30 },
      { kind: 'job-search', startWeek: 4, weeks: 2, hours: 0 },
    ]);
    expect(plan).toMatchObject({ totalWeeks: 5, skillHours: 0, learningHours: 0, optionalHours: 0 });
    expect(plan.orderedGaps).toEqual([]);
    // The 30-hour portfolio takes 6 weeks at 5 h/week, and never less than 3 weeks however fast.
    expect(planRoadmap(kb, [], 0, 5, 2).totalWeeks).toBe(8);
    expect(planRoadmap(kb, [], 0, 40, 2).totalWeeks).toBe(5);
  });

  it('sizes the portfolio at a quarter of the learning, 30 to 60 hours, plus top-up practice, 3 to 8 weeks', () => {
    const portfolio = (hours: number, topUp: number) => {
      const plan = planRoadmap(kb, [gap('c1', hours)], topUp, 10, 2);
      const phase = plan.phases.find((p) => p.kind === 'portfolio');
      return { hours: phase?.hours, weeks: phase?.weeks, learningHours: plan.learningHours };
    };
    expect(portfolio(160, 0)).toEqual({ hours: 40, weeks: 4, learningHours: 160 });
    expect(portfolio(400, 0)).toEqual({ hours: 60, weeks: 6, learningHours: 400 });
    expect(portfolio(400, 10)).toEqual({ hours: 70, weeks: 7, learningHours: 410 });
    expect(portfolio(400, 25)).toEqual({ hours: 85, weeks: 8, learningHours: 425 });
  });

  it('keeps optional gaps off the calendar, with their own total', () => {
    const plan = planRoadmap(
      kb,
      [
        gap('c1', 20),
        gap('n', 40, 'Nice to have', { optional: true }),
        gap('e', 7, 'Nice to have', { optional: true }),
      ],
      0,
      10,
      2,
    );
    expect(plan.phases.flatMap((phase) => ids(phase.gaps))).toEqual(['c1']);
    expect(ids(plan.optionalGaps)).toEqual(['e', 'n']);
    expect(plan).toMatchObject({ optionalHours: 47, skillHours: 20, learningHours: 20 });
  });

  it('puts a required credential first, holding the gaps its programme teaches', () => {
    const credential: CredentialPhase = {
      id: 'licence',
      name: 'A licence',
      months: 12,
      weeks: 52,
      partTime: false,
      note: 'A made-up licence for tests.',
      covers: ['c1'],
    };
    const plan = planRoadmap(kb, [gap('c1', 20), gap('s2', 30, 'Important')], 0, 10, 4, credential);
    expect(phasesOf(plan)).toEqual([
      { kind: 'credential', startWeek: 1, weeks: 52, hours: 0 },
      { kind: 'specialization', startWeek: 53, weeks: 3, hours: 30 },
      { kind: 'portfolio', startWeek: 56, weeks: 3, hours: 30 },
      { kind: 'job-search', startWeek: 59, weeks: 4, hours: 0 },
    ]);
    expect(plan.phases[0]?.gaps.map((g) => [g.skill, g.endWeek])).toEqual([['c1', 52]]);
    expect(plan.skillHours).toBe(30);
    expect(plan.credential).toBe(credential);
  });
});
