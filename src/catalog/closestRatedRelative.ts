import type { BorrowRule } from './catalogSchema.ts';
import { codePointOrder } from './ordering.ts';

export interface RelativeCandidate {
  readonly code: string;
  /** O*NET related occupations, most related first. */
  readonly related: readonly string[];
  /** OEWS employment of the occupation's wage row (ranks group members); null when unknown. */
  readonly employment: number | null;
}

export interface Borrowed {
  readonly borrowedFrom: string;
  readonly rule: BorrowRule;
}

/** SOC groups by code prefix: detailed `15-1252`, broad `15-125`, minor `15-1`. */
const GROUPS: readonly { rule: BorrowRule; prefix: number }[] = [
  { rule: 'same-soc', prefix: 7 },
  { rule: 'same-broad-group', prefix: 6 },
  { rule: 'same-minor-group', prefix: 4 },
];

/**
 * Where an occupation without skill and knowledge ratings borrows them from, or null. In order:
 * 1. `related-occupation`: the first occupation in O*NET's Related Occupations ranking that has ratings;
 * 2. `same-soc`: an occupation with the same 2018 SOC code (the `.00` parent first, then by code);
 * 3. `same-broad-group`, 4. `same-minor-group`: the rated occupation with the most employment in the same SOC
 *    broad group (`XX-XXX`), then minor group (`XX-X`); an "All Other" code stands for the group's typical job.
 * Only occupations with their own ratings are lent from, so borrowing never chains.
 */
export function closestRatedRelative(
  occupation: RelativeCandidate,
  rated: readonly RelativeCandidate[],
  hasRatings: (code: string) => boolean,
): Borrowed | null {
  const related = occupation.related.find(hasRatings);
  if (related) return { borrowedFrom: related, rule: 'related-occupation' };
  for (const { rule, prefix } of GROUPS) {
    const group = occupation.code.slice(0, prefix);
    const members = rated.filter((candidate) => candidate.code.slice(0, prefix) === group);
    if (members.length === 0) continue;
    const best = [...members].sort((a, b) =>
      rule === 'same-soc'
        ? Number(b.code.endsWith('.00')) - Number(a.code.endsWith('.00')) || codePointOrder(a.code, b.code)
        : (b.employment ?? -1) - (a.employment ?? -1) || codePointOrder(a.code, b.code),
    )[0] as RelativeCandidate;
    return { borrowedFrom: best.code, rule };
  }
  return null;
}
