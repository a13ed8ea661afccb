import { describe, expect, it } from 'vitest';
import type { PlanItem } from './planItems.ts';
import { type ProgressShape, planProgress } from './planProgress.ts';

const item = (id: string, phaseIndex: number, weeks: number): PlanItem => ({
  id,
  label: `Do ${id}`,
  phaseIndex,
  weeks,
  resources: [],
});
// A 10-week plan: two skills in phase 1 (2 and 3 weeks), one in phase 2 (4 weeks), one task in phase 3.
const items = [item('s1', 1, 2), item('s2', 1, 3), item('s3', 2, 4), item('t1', 3, 1)];
const shape: ProgressShape = {
  roadmap: [
    { index: 1, title: 'Foundations' },
    { index: 2, title: 'Core skills' },
    { index: 3, title: 'Job search' },
  ],
  headline: { timeline: { totalWeeks: 10 } },
};
const START = '2027-01-04';
/** The date `days` days after the start. */
const day = (days: number) =>
  new Date(Date.parse(`${START}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const progress = (done: string[], today: string, list: readonly PlanItem[] = items) =>
  planProgress(shape, list, new Set(done), START, today);

describe('planProgress', () => {
  it('has not started on day one with nothing ticked', () => {
    expect(progress([], START)).toEqual({
      done: 0,
      total: 4,
      pct: 0,
      phases: [
        { index: 1, title: 'Foundations', done: 0, total: 2, pct: 0 },
        { index: 2, title: 'Core skills', done: 0, total: 1, pct: 0 },
        { index: 3, title: 'Job search', done: 0, total: 1, pct: 0 },
      ],
      weeksElapsed: 0,
      weeksDone: 0,
      status: 'not started',
      behindWeeks: 0,
    });
  });

  it('ignores ticks on items the plan does not have', () => {
    const result = progress(['ghost', 'skill-removed-from-the-kb'], START);
    expect(result).toMatchObject({ done: 0, pct: 0, weeksDone: 0, status: 'not started' });
    expect(result.phases.map((p) => p.done)).toEqual([0, 0, 0]);
    expect(progress(['ghost', 's1'], START)).toMatchObject({ done: 1, total: 4, pct: 25, weeksDone: 2 });
  });

  it('counts done items per phase and overall, in whole percent', () => {
    const result = progress(['s1', 's3'], day(14));
    expect(result.phases.map(({ done, total, pct }) => [done, total, pct])).toEqual([
      [1, 2, 50],
      [1, 1, 100],
      [0, 1, 0],
    ]);
    expect(result).toMatchObject({ done: 2, total: 4, pct: 50, weeksDone: 6 });
    const thirds = [item('a', 1, 1), item('b', 1, 1), item('c', 1, 1)];
    expect(progress(['a'], START, thirds).pct).toBe(33);
    expect(progress(['a', 'b'], START, thirds).pct).toBe(67);
  });

  it('is complete when every item is done, whatever the calendar says', () => {
    const all = ['s1', 's2', 's3', 't1'];
    expect(progress(all, day(300))).toMatchObject({
      done: 4,
      pct: 100,
      weeksDone: 10,
      status: 'complete',
      behindWeeks: 0,
    });
    expect(progress(all, day(-7)).status).toBe('complete');
  });

  it('counts whole weeks since the start', () => {
    expect(progress([], day(6)).weeksElapsed).toBe(0);
    expect(progress([], day(7)).weeksElapsed).toBe(1);
    expect(progress([], day(13)).weeksElapsed).toBe(1);
    expect(progress([], day(-10)).weeksElapsed).toBe(0);
  });

  it('is behind when the ticks stand for two or more weeks less than the weeks gone by', () => {
    // Six weeks in, s1 stands for 2 weeks: 4 behind.
    expect(progress(['s1'], day(42))).toMatchObject({ status: 'behind', behindWeeks: 4, weeksElapsed: 6 });
    // s1 and s2 stand for 5 weeks: 1 behind is still on track.
    expect(progress(['s1', 's2'], day(42))).toMatchObject({ status: 'on track', behindWeeks: 1 });
  });

  it('never counts more than the plan is long as behind', () => {
    expect(progress([], day(50 * 7))).toMatchObject({ status: 'behind', behindWeeks: 10, weeksElapsed: 50 });
  });

  it('is ahead only after the first week, when the ticks are more than two weeks ahead', () => {
    // One week in: 5 weeks done is more than 1 + 2.
    expect(progress(['s1', 's2'], day(7)).status).toBe('ahead');
    // 3 weeks done is not more than 1 + 2.
    expect(progress(['s2'], day(7)).status).toBe('on track');
    // In the first week ticks are mostly what the person already knew.
    expect(progress(['s1', 's2', 's3'], day(3)).status).toBe('on track');
  });

  it('has not started before the start date, even with some ticks', () => {
    expect(progress(['s1'], day(-1))).toMatchObject({ status: 'not started', weeksElapsed: 0, done: 1 });
  });

  it('rounds the weeks done to a tenth', () => {
    const short = [item('a', 1, 5 / 3), item('b', 1, 5 / 3), item('c', 1, 5 / 3)];
    expect(progress(['a', 'b'], START, short).weeksDone).toBe(3.3);
  });

  it('never calls a plan without items complete', () => {
    expect(progress([], START, [])).toMatchObject({ done: 0, total: 0, pct: 0, status: 'not started' });
  });
});
