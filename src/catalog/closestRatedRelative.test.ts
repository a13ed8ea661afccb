import { describe, expect, it } from 'vitest';
import { closestRatedRelative, type RelativeCandidate } from './closestRatedRelative.ts';

const occupation = (
  code: string,
  related: string[] = [],
  employment: number | null = null,
): RelativeCandidate => ({
  code,
  related,
  employment,
});

describe('closestRatedRelative', () => {
  const rated = [
    occupation('15-1211.00', [], 500_000),
    occupation('15-1299.08', [], 400_000),
    occupation('15-1299.09', [], 400_000),
    occupation('15-1255.01', [], 10_000),
    occupation('15-2041.00', [], 30_000),
    occupation('43-9061.00', [], 2_000_000),
    occupation('43-9021.00', [], 120_000),
  ];
  const hasRatings = (code: string) => rated.some((candidate) => candidate.code === code);

  it('takes the first related occupation that has ratings, skipping unrated ones', () => {
    expect(
      closestRatedRelative(occupation('15-2051.00', ['15-1252.00', '15-2041.00']), rated, hasRatings),
    ).toEqual({
      borrowedFrom: '15-2041.00',
      rule: 'related-occupation',
    });
  });

  it('falls back to the same SOC code, then the broad and minor groups ranked by employment', () => {
    expect(closestRatedRelative(occupation('15-1299.00'), rated, hasRatings)).toEqual({
      borrowedFrom: '15-1299.08',
      rule: 'same-soc',
    });
    expect(closestRatedRelative(occupation('15-1259.00'), rated, hasRatings)).toEqual({
      borrowedFrom: '15-1255.01',
      rule: 'same-broad-group',
    });
    expect(closestRatedRelative(occupation('43-9199.00'), rated, hasRatings)).toEqual({
      borrowedFrom: '43-9061.00',
      rule: 'same-minor-group',
    });
  });

  it('prefers the .00 parent within a SOC code and finds nothing for a group with no rated member', () => {
    const withParent = [...rated, occupation('15-1299.00', [], 400_000)];
    expect(
      closestRatedRelative(occupation('15-1299.04'), withParent, (code) =>
        withParent.some((candidate) => candidate.code === code),
      ),
    ).toEqual({ borrowedFrom: '15-1299.00', rule: 'same-soc' });
    expect(closestRatedRelative(occupation('55-3016.00'), rated, hasRatings)).toBeNull();
  });
});
