import type { Role, Seniority } from '../kb/schemas.ts';
import { SENIORITIES } from '../kb/schemas.ts';
import { DIFFICULTIES, type Difficulty } from './guideSchema.ts';

/** Average weeks per month (52.14 / 12). */
export const WEEKS_PER_MONTH = 4.345;

/** DESIGN §5.6: the headline range runs from this share of the roadmap total to that one. */
export const RANGE_FACTORS = { min: 0.85, max: 1.2 } as const;

/** DESIGN §5.6: a range that always contains the roadmap total. */
export function monthRange(totalWeeks: number): { minMonths: number; maxMonths: number } {
  const months = totalWeeks / WEEKS_PER_MONTH;
  const minMonths = Math.max(1, Math.floor(RANGE_FACTORS.min * months));
  const maxMonths = Math.max(minMonths, Math.ceil(RANGE_FACTORS.max * months), 1);
  return { minMonths, maxMonths };
}

/** DESIGN §5.8: learning hours below which a move is Easy, Moderate and Challenging; above the last, Very challenging. */
export const DIFFICULTY_HOURS = [250, 600, 1200] as const;

/** DESIGN §5.8: from total learning hours, one step harder for a jump of two or more seniority steps. */
export function difficultyOf(learningHours: number, from: Seniority, to: Seniority): Difficulty {
  const index = DIFFICULTY_HOURS.findIndex((limit) => learningHours < limit);
  const base = DIFFICULTIES[index === -1 ? DIFFICULTY_HOURS.length : index] as Difficulty;
  return harder(base, SENIORITIES.indexOf(to) - SENIORITIES.indexOf(from) >= 2 ? 1 : 0);
}

/** `steps` levels harder than `difficulty`, capped at Very challenging. */
export function harder(difficulty: Difficulty, steps: number): Difficulty {
  return DIFFICULTIES[
    Math.min(DIFFICULTIES.length - 1, DIFFICULTIES.indexOf(difficulty) + steps)
  ] as Difficulty;
}

/** Rounds a percentage to the nearest 5 without producing -0. */
export function roundToFive(pct: number): number {
  return Math.round(pct / 5) * 5 || 0;
}

/**
 * DESIGN §5.7 (amended): the headline is the typical change, the target's median against your salary or your
 * role's median; beside it, a first role at the target's 25th percentile and an established one at its 75th.
 */
export function salaryChange(from: Pick<Role, 'salary'>, to: Role, currentSalary: number | undefined) {
  const baseline = currentSalary ?? from.salary.median;
  const pct = (amount: number) => roundToFive((amount / baseline - 1) * 100);
  return {
    typicalPct: pct(to.salary.median),
    minPct: pct(to.salary.p25),
    maxPct: pct(to.salary.p75),
    baseline,
    baselineSource: currentSalary === undefined ? ('source-median' as const) : ('your-salary' as const),
  };
}

export type SalaryChange = ReturnType<typeof salaryChange>;

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
