import { describe, expect, it } from 'vitest';
import { isNamed, overlaps, stem, wordsOf } from './measure.ts';

describe('calibration measures', () => {
  it('meets word forms at one stem', () => {
    expect(['recruitment', 'recruiting', 'recruiters'].map(stem)).toEqual(['recruit', 'recruit', 'recruit']);
    expect(stem('policies')).toBe(stem('policy'));
    expect(wordsOf('ETL pipelines and the JOINs')).toEqual(['etl', 'pipeline', 'join']);
  });

  it('counts a skill named when most of its words, or one of its alternatives, appear', () => {
    const guide = new Set(wordsOf('PyTorch tensors, JOINs and window functions, Recruiting and sourcing'));
    expect(isNamed('TensorFlow or PyTorch', guide)).toBe(true);
    expect(isNamed('Pandas/NumPy', guide)).toBe(false);
    expect(isNamed('SQL JOINs', guide)).toBe(false);
    expect(isNamed('Window functions', guide)).toBe(true);
    expect(isNamed('Recruitment', guide)).toBe(true);
  });

  it('compares month ranges by overlap', () => {
    expect(overlaps([6, 9], [9, 9])).toBe(true);
    expect(overlaps([3, 5], [6, 12])).toBe(false);
  });
});
