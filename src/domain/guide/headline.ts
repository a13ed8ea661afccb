import type { Role, Seniority } from '../kb/schemas.ts';
import { SENIORITIES } from '../kb/schemas.ts';

export type Difficulty = 'Easy' | 'Moderate' | 'Challenging' | 'Very challenging';
const DIFFICULTIES: readonly Difficulty[] = ['Easy', 'Moderate', 'Challenging', 'Very challenging'];

/** Average weeks per month (52.14 / 12). */
export const WEEKS_PER_MONTH = 4.345;

/** DESIGN §5.6: a range that always contains the roadmap total. */
export function monthRange(totalWeeks: number): { minMonths: number; maxMonths: number } {
  const months = totalWeeks / WEEKS_PER_MONTH;
  const minMonths = Math.max(1, Math.floor(0.85 * months));
  const maxMonths = Math.max(minMonths, Math.ceil(1.2 * months), 1);
  return { minMonths, maxMonths };
}

/** DESIGN §5.8: from total learning hours, one step harder for a jump of two or more seniority steps. */
export function difficultyOf(learningHours: number, from: Seniority, to: Seniority): Difficulty {
  const base = learningHours < 250 ? 0 : learningHours < 600 ? 1 : learningHours < 1200 ? 2 : 3;
  const jump = SENIORITIES.indexOf(to) - SENIORITIES.indexOf(from) >= 2 ? 1 : 0;
  return DIFFICULTIES[Math.min(3, base + jump)] as Difficulty;
}

/** Rounds a percentage to the nearest 5 without producing -0. */
export function roundToFive(pct: number): number {
  return Math.round(pct / 5) * 5 || 0;
}

/** DESIGN §5.7. */
export function salaryChange(from: Role, to: Role, currentSalary: number | undefined) {
  const baseline = currentSalary ?? from.salary.median;
  return {
    minPct: roundToFive((to.salary.p25 / baseline - 1) * 100),
    maxPct: roundToFive((to.salary.p75 / baseline - 1) * 100),
    baseline,
    baselineSource: currentSalary === undefined ? ('source-median' as const) : ('your-salary' as const),
  };
}

export type GrowthLabel =
  | 'much faster than average'
  | 'faster than average'
  | 'about as fast as average'
  | 'slower than average'
  | 'little or no change'
  | 'decline';

/**
 * The BLS Occupational Outlook Handbook's wording for projected growth, against an all-occupation
 * average of 3.1 % for 2024–34.
 */
export function growthLabel(growthPct: number): GrowthLabel {
  const pct = Math.round(growthPct);
  if (pct >= 7) return 'much faster than average';
  if (pct >= 5) return 'faster than average';
  if (pct >= 3) return 'about as fast as average';
  if (pct >= 2) return 'slower than average';
  if (pct >= -1) return 'little or no change';
  return 'decline';
}
