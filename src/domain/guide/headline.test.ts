import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { difficultyOf, growthLabel, monthRange, roundToFive, WEEKS_PER_MONTH } from './headline.ts';

describe('monthRange (DESIGN §5.6)', () => {
  // Every plan has at least 5 weeks (3 of portfolio, 2 of job search), where the 1-month floor still fits.
  it('always contains the total weeks of a plan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 2000 }), (weeks) => {
        const { minMonths, maxMonths } = monthRange(weeks);
        expect(minMonths).toBeGreaterThanOrEqual(1);
        expect(minMonths * WEEKS_PER_MONTH).toBeLessThanOrEqual(weeks);
        expect(maxMonths * WEEKS_PER_MONTH).toBeGreaterThanOrEqual(weeks);
      }),
    );
  });

  it('gives 5-9 months for a 30-week plan (6.9 months, from 85% to 120%)', () => {
    expect(monthRange(30)).toEqual({ minMonths: 5, maxMonths: 9 });
  });
});

describe('difficultyOf (DESIGN §5.8)', () => {
  it('follows the hour thresholds', () => {
    expect(difficultyOf(249, 'mid', 'mid')).toBe('Easy');
    expect(difficultyOf(250, 'mid', 'mid')).toBe('Moderate');
    expect(difficultyOf(599, 'mid', 'mid')).toBe('Moderate');
    expect(difficultyOf(600, 'mid', 'mid')).toBe('Challenging');
    expect(difficultyOf(1200, 'mid', 'mid')).toBe('Very challenging');
  });

  it('is one step harder for a jump of two seniority steps, capped at the top', () => {
    expect(difficultyOf(100, 'entry', 'senior')).toBe('Moderate');
    expect(difficultyOf(100, 'entry', 'mid')).toBe('Easy');
    expect(difficultyOf(5000, 'entry', 'executive')).toBe('Very challenging');
    expect(difficultyOf(100, 'senior', 'entry')).toBe('Easy');
  });
});

describe('roundToFive', () => {
  it('rounds to the nearest 5 and never returns -0', () => {
    expect(roundToFive(62.4)).toBe(60);
    expect(roundToFive(62.5)).toBe(65);
    expect(Object.is(roundToFive(-1), 0)).toBe(true);
  });
});

describe('growthLabel', () => {
  it('uses the BLS wording', () => {
    expect(growthLabel(33.5)).toBe('much faster than average');
    expect(growthLabel(5.2)).toBe('faster than average');
    expect(growthLabel(3.1)).toBe('about as fast as average');
    expect(growthLabel(0.4)).toBe('little or no change');
    expect(growthLabel(-4)).toBe('decline');
  });
});
