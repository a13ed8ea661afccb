import { growthLabel, roundToFive } from '../guide/headline.ts';
import { salaryText } from '../guide/headlineText.ts';
import type { SourceProfile } from '../guide/heldLevels.ts';
import type { Person } from '../guide/person.ts';
import { monthsText } from '../guide/words.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import { estimateWith, heldVector, type MoveEstimate } from '../transitions/moveEstimate.ts';
import { roleTransition, summarize, type TransitionSummary } from '../transitions/transitionSummaries.ts';
import { EDUCATION_LEVELS, type ExploreFilters, type ExploreResult } from './exploreSchema.ts';

/** DESIGN §5.14: how much each normalized component counts in the ranking score. */
export const EXPLORE_WEIGHTS = { match: 0.4, speed: 0.3, salary: 0.2, growth: 0.1 } as const;
/** Plans of three years or more score zero on speed. */
const SPEED_HORIZON_WEEKS = 156;

const clamp01 = (value: number) => Math.max(0, Math.min(1, value));
const round3 = (value: number) => Math.round(value * 1000) / 1000;

export interface ExploreProfile {
  readonly from?: Role;
  readonly person: Person;
}

/** Someone known only by their skills starts from an empty mid-level profile. */
const NO_ROLE: SourceProfile = { skills: [], seniority: 'mid' };

/** Ranks every other role for a profile, with the numbers behind each rank. */
export function explore(kb: KnowledgeBase, profile: ExploreProfile, filters: ExploreFilters): ExploreResult {
  const { from, person } = profile;
  const baseline = person.currentSalary ?? from?.salary.median;
  const generic = from !== undefined && Object.keys(person.known).length === 0;
  const candidates = kb.roles.filter(
    (role) => role.id !== from?.id && !role.startingPoint && !isResidualOccupation(role),
  );
  const salaryChangeOf = (role: Role) =>
    baseline === undefined
      ? null
      : {
          typicalPct: roundToFive((role.salary.median / baseline - 1) * 100),
          minPct: roundToFive((role.salary.p25 / baseline - 1) * 100),
          maxPct: roundToFive((role.salary.p75 / baseline - 1) * 100),
          medianPct: Math.round((role.salary.median / baseline - 1) * 100),
        };
  const componentsOf = (
    role: Role,
    move: Pick<MoveEstimate, 'score' | 'weeks'>,
    salaryChange: ReturnType<typeof salaryChangeOf>,
  ) => ({
    match: round3(move.score),
    speed: round3(1 - Math.min(move.weeks, SPEED_HORIZON_WEEKS) / SPEED_HORIZON_WEEKS),
    salary: salaryChange ? round3(clamp01((salaryChange.medianPct + 50) / 150)) : 0.5,
    growth: round3(clamp01((role.outlook.growthPct + 10) / 50)),
  });
  const scoreOf = (components: ReturnType<typeof componentsOf>) =>
    round3(
      components.match * EXPLORE_WEIGHTS.match +
        components.speed * EXPLORE_WEIGHTS.speed +
        components.salary * EXPLORE_WEIGHTS.salary +
        components.growth * EXPLORE_WEIGHTS.growth,
    );

  // Filters on figures known without the engine apply first; the rest are ranked by the estimate.
  const source = from ?? NO_ROLE;
  const held = heldVector(kb, source, person);
  const estimated = candidates
    .filter((role) => passesRoleFilters(role, filters))
    .map((role) => ({ role, salaryChange: salaryChangeOf(role) }))
    .filter(
      ({ salaryChange }) =>
        filters.minSalaryChangePct === undefined ||
        (salaryChange !== null && salaryChange.medianPct >= filters.minSalaryChangePct),
    )
    .map((entry) => {
      const move = estimateWith(kb, held, source, entry.role, person.hoursPerWeek);
      return {
        ...entry,
        estimate: scoreOf(componentsOf(entry.role, move, entry.salaryChange)),
        // The most the exact score can be: the plan is never shorter than the estimate's least weeks.
        bound: scoreOf(componentsOf(entry.role, { ...move, weeks: move.minimumWeeks }, entry.salaryChange)),
      };
    })
    .sort((a, b) => b.estimate - a.estimate || a.role.id.localeCompare(b.role.id));

  const exact = ({ role, salaryChange }: (typeof estimated)[number]) => {
    const summary: TransitionSummary = generic
      ? roleTransition(kb, from, role, person.hoursPerWeek)
      : summarize(kb, source, role, person);
    const components = componentsOf(role, { score: summary.score, weeks: summary.totalWeeks }, salaryChange);
    const score = scoreOf(components);
    const label = growthLabel(role.outlook.growthPct);
    const why =
      `${Math.round(summary.score * 100)}% skill match, ${monthsText(summary.minMonths, summary.maxMonths)} at ` +
      `${person.hoursPerWeek} h/week, ${salaryChange ? `pay ${salaryText(salaryChange)}` : 'pay change unknown without a salary'}, ` +
      `growth ${role.outlook.growthPct >= 0 ? '+' : ''}${role.outlook.growthPct}% (${label}).`;
    return { role, summary, salaryChange, components, score, label, why };
  };
  // Issue 15 §3: the full engine runs in order of the estimate, and only for roles whose bound could still reach
  // the ranking so far (exact scores tie-break by id), so the result is the exhaustive one, at a fraction of the cost.
  type Ranked = ReturnType<typeof exact>;
  const before = (a: { score: number; role: Role }, b: { score: number; role: Role }) =>
    b.score - a.score || a.role.id.localeCompare(b.role.id);
  const kept: Ranked[] = [];
  for (const entry of estimated) {
    const last = kept.length >= filters.limit ? kept[kept.length - 1] : undefined;
    if (last && before({ score: entry.bound, role: entry.role }, last) > 0) continue;
    const ranked = exact(entry);
    if (filters.maxMonths !== undefined && ranked.summary.maxMonths > filters.maxMonths) continue;
    if (person.budget === 'free' && !ranked.summary.gaps.every((id) => hasFreeResource(kb, id))) continue;
    kept.push(ranked);
    kept.sort(before);
    if (kept.length > filters.limit) kept.pop();
  }

  return {
    profile: {
      ...(from ? { from: { id: from.id, title: from.title } } : {}),
      known: Object.fromEntries(Object.entries(person.known).sort(([a], [b]) => a.localeCompare(b))),
      hoursPerWeek: person.hoursPerWeek,
      budget: person.budget,
      ...(baseline === undefined ? {} : { baselineSalary: baseline }),
    },
    filters: {
      ...(filters.family ? { family: filters.family } : {}),
      ...(filters.maxMonths === undefined ? {} : { maxMonths: filters.maxMonths }),
      ...(filters.minSalaryChangePct === undefined ? {} : { minSalaryChangePct: filters.minSalaryChangePct }),
      ...(filters.maxJobZone === undefined ? {} : { maxJobZone: filters.maxJobZone }),
      ...(filters.maxEducation === undefined ? {} : { maxEducation: filters.maxEducation }),
      ...(filters.minMedianPay === undefined ? {} : { minMedianPay: filters.minMedianPay }),
      ...(filters.minGrowthPct === undefined ? {} : { minGrowthPct: filters.minGrowthPct }),
      limit: filters.limit,
    },
    weights: { ...EXPLORE_WEIGHTS },
    considered: candidates.length,
    results: kept.map((entry, i) => ({
      rank: i + 1,
      role: { id: entry.role.id, title: entry.role.title, family: entry.role.family },
      score: entry.score,
      components: entry.components,
      match: { score: entry.summary.score, matched: entry.summary.matched, total: entry.summary.total },
      timeline: {
        minMonths: entry.summary.minMonths,
        maxMonths: entry.summary.maxMonths,
        totalWeeks: entry.summary.totalWeeks,
      },
      difficulty: entry.summary.difficulty,
      salaryChange: entry.salaryChange,
      growth: { pct: entry.role.outlook.growthPct, label: entry.label },
      topGaps: entry.summary.gaps.slice(0, 3).map((id) => ({ id, name: kb.skill.get(id)?.name ?? id })),
      why: entry.why,
    })),
    kbVersion: kb.kbVersion,
  };
}

function hasFreeResource(kb: KnowledgeBase, skillId: string): boolean {
  return (kb.resourcesBySkill.get(skillId) ?? []).some((resource) => resource.costUsd === 0);
}

/** The filters on a role's own figures (family, job zone, education, pay, growth), known without the engine. */
function passesRoleFilters(role: Role, filters: ExploreFilters): boolean {
  if (filters.family && role.family !== filters.family) return false;
  if (filters.maxJobZone !== undefined && (role.jobZone === undefined || role.jobZone > filters.maxJobZone))
    return false;
  if (
    filters.maxEducation !== undefined &&
    (role.education === undefined || role.education > EDUCATION_LEVELS[filters.maxEducation])
  )
    return false;
  if (filters.minMedianPay !== undefined && role.salary.median < filters.minMedianPay) return false;
  if (filters.minGrowthPct !== undefined && role.outlook.growthPct < filters.minGrowthPct) return false;
  return true;
}

/**
 * A catalogue role for a residual category ("Healthcare Practitioners and Technical Workers, All Other"): a guide
 * exists, but it is nobody's job title, so it is never recommended.
 */
function isResidualOccupation(role: Role): boolean {
  return role.catalog !== undefined && /^\d{2}-\d{2}99\.00$/.test(role.catalog.code);
}
