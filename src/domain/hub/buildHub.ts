import { growthLabel } from '../guide/headline.ts';
import { DEFAULT_PERSON } from '../guide/person.ts';
import { listText, monthsText, usd, withArticle } from '../guide/words.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import { catalogBasis } from '../kb/provenance.ts';
import { certificationRef, sourceRefs } from '../kb/refs.ts';
import type { Certification, Role } from '../kb/schemas.ts';
import { estimateMove, nearestSources } from '../transitions/moveEstimate.ts';
import { roleTransition, type TransitionSummary } from '../transitions/transitionSummaries.ts';
import type { Hub } from './hubSchema.ts';

export const HUB_ENTRIES = 8;
/** Related occupations a hub lists, of O*NET's up to 20. */
const RELATED_SHOWN = 10;
/**
 * The most backgrounds given the full engine when ranking the ways in (issue 15 §3), in order of the cheap
 * estimate. The bound usually settles the ranking long before (the 8 fastest ways in sit within the first 61
 * estimated ones on the curated KB, 31 for 99 % of them); 100 caps a cold hub's cost at any KB size.
 */
export const HUB_CANDIDATES = 100;
/**
 * Destinations given the full engine when ranking the ways out. Their order (match and pay) uses the engine's
 * match score, which the estimate reproduces exactly, so twice the entries shown is a margin, not a guess.
 */
const OUT_OF_CANDIDATES = 2 * HUB_ENTRIES;

/** DESIGN §5.13: out-of ranking, match weighted against the median-pay gain (capped at ±100 %). */
export function outOfScore(summary: Pick<TransitionSummary, 'score'>, gainPct: number): number {
  const gain = Math.max(-1, Math.min(1, gainPct / 100));
  return Math.round((0.7 * summary.score + 0.3 * gain) * 1000) / 1000;
}

/**
 * The role hub, built from role-profile transitions only: it depends on nothing personal, so callers may keep it
 * (`getHub` keeps the recently asked ones).
 */
export function buildHub(kb: KnowledgeBase, role: Role): Hub {
  const others = kb.roles.filter((other) => other.id !== role.id);
  const ref = (r: Role) => ({ id: r.id, title: r.title });
  const skillRef = (id: string) => ({ id, name: kb.skill.get(id)?.name ?? id });
  const timeline = (s: TransitionSummary) => ({
    minMonths: s.minMonths,
    maxMonths: s.maxMonths,
    totalWeeks: s.totalWeeks,
  });
  const match = (s: TransitionSummary) => ({ score: s.score, matched: s.matched, total: s.total });

  // Nobody moves into a starting point such as "No experience", and nobody moves out of one into another.
  const destinations = others.filter((other) => !other.startingPoint);
  // The backgrounds the role's own entry text names come first, then the closest others up to HUB_ENTRIES.
  const named = new Set(role.entry.from);
  const into = (role.startingPoint ? [] : waysIn(kb, role, others, named)).sort(
    (a, b) =>
      a.summary.totalWeeks - b.summary.totalWeeks ||
      b.summary.score - a.summary.score ||
      a.source.id.localeCompare(b.source.id),
  );

  const transferCounts = countBy(into.flatMap(({ summary }) => summary.transfers));
  const coreSkills = role.skills.filter((link) => link.importance === 'core').map((link) => link.skill);
  const missingCounts = countBy(
    into.flatMap(({ summary }) => summary.gaps.filter((id) => coreSkills.includes(id))),
  );

  // Gaps most backgrounds share are summarised once ("Gaps to fill"); each row leads with its own.
  const gapCounts = countBy(into.flatMap(({ summary }) => summary.gaps));
  const commonGaps = new Set([...gapCounts].filter(([, n]) => n > into.length / 2).map(([id]) => id));

  const gainOf = (destination: Role) =>
    Math.round((destination.salary.median / role.salary.median - 1) * 100);
  const outOf = destinations
    .map((destination) => ({
      destination,
      estimated: outOfScore(estimateMove(kb, role, destination), gainOf(destination)),
    }))
    .sort((a, b) => b.estimated - a.estimated || a.destination.id.localeCompare(b.destination.id))
    .slice(0, OUT_OF_CANDIDATES)
    .map(({ destination }) => {
      const summary = roleTransition(kb, role, destination);
      const gainPct = gainOf(destination);
      return { destination, summary, gainPct, score: outOfScore(summary, gainPct) };
    })
    .sort((a, b) => b.score - a.score || a.destination.id.localeCompare(b.destination.id))
    .slice(0, HUB_ENTRIES);

  const certs = role.certifications.flatMap((id) => kb.certification.get(id) ?? []);
  const retired = kb.certifications.filter(
    (cert) => cert.status === 'retired' && cert.skills.some((skill) => coreSkills.includes(skill)),
  );
  const closest = into.length > 0 ? into.map(({ summary }) => summary) : outOf.map(({ summary }) => summary);
  const realistic = {
    hoursPerWeek: DEFAULT_PERSON.hoursPerWeek,
    minMonths: Math.min(...closest.map((summary) => summary.minMonths)),
    maxMonths: Math.max(...closest.map((summary) => summary.maxMonths)),
  };
  const sourceIds = [
    ...new Set([...role.salary.sourceIds, ...role.outlook.sourceIds, ...role.demand.sourceIds]),
  ].sort();
  const label = growthLabel(role.outlook.growthPct);

  return {
    role: {
      ...ref(role),
      family: role.family,
      seniority: role.seniority,
      aliases: [...role.aliases],
      startingPoint: role.startingPoint,
      reviewed: !role.catalog,
      ...(role.catalog
        ? {
            provenance:
              `Built from public occupation data, ${catalogBasis(role.catalog.code)}` +
              (role.catalog.borrowedFrom
                ? ` O*NET has not rated this occupation itself; its ratings are those of its closest rated relative (${role.catalog.borrowedFrom}), an approximation.`
                : ''),
          }
        : {}),
    },
    title: role.startingPoint
      ? `${role.title}: Where You Can Go From Here`
      : `${role.title} Career Transition Guide`,
    summary: {
      text: role.summary,
      occupationCodes: role.occupationCodes.map((code) => ({
        soc: code.soc,
        ...(code.onet ? { onet: code.onet } : {}),
        title: code.title,
      })),
      salary: {
        p25: role.salary.p25,
        median: role.salary.median,
        p75: role.salary.p75,
        asOf: role.salary.asOf,
        ...(role.salary.note ? { note: role.salary.note } : {}),
        sourceIds: [...role.salary.sourceIds],
      },
      outlook: {
        growthPct: role.outlook.growthPct,
        period: role.outlook.period,
        label,
        sourceIds: [...role.outlook.sourceIds],
      },
      demand: { text: role.demand.text, sourceIds: [...role.demand.sourceIds] },
    },
    into: {
      sources: into.map(({ source, summary }) => ({
        role: ref(source),
        timeline: timeline(summary),
        difficulty: summary.difficulty,
        match: match(summary),
        topGaps: distinctiveGaps(summary.gaps, commonGaps).slice(0, 3).map(skillRef),
      })),
      skillsThatTransfer: ranked(transferCounts)
        .filter(([, count]) => count >= 2)
        .slice(0, 8)
        .map(([id, count]) => ({ skill: skillRef(id), sources: count })),
      gapsToFill: ranked(missingCounts)
        .slice(0, 6)
        .map(([id, count]) => ({ skill: skillRef(id), missingIn: count })),
      realisticTimeline: realistic,
      entry: {
        education: role.entry.education,
        experience: role.entry.experience,
        degreeExpected: role.entry.degreeExpected,
      },
    },
    outOf: outOf.map(({ destination, summary, gainPct, score }) => ({
      role: ref(destination),
      medianSalary: destination.salary.median,
      salaryChangePct: gainPct,
      timeline: timeline(summary),
      match: match(summary),
      score,
    })),
    transferableSkills: role.skills
      .filter((link) => link.importance === 'core')
      .map((link) => ({
        skill: skillRef(link.skill),
        level: link.level,
        usage: link.usage,
        paysOffIn: (rolesUsing(kb).get(link.skill) ?? [])
          .filter((other) => other.id !== role.id)
          .slice(0, 4)
          .map(ref),
      })),
    certifications: certs.map((cert) => certEntry(kb, cert)),
    retiredCertifications: retired.map((cert) => certEntry(kb, cert)),
    resumeTips: { into: [...role.resumeTips.into], outOf: [...role.resumeTips.outOf] },
    related: (role.related ?? []).slice(0, RELATED_SHOWN).flatMap((id) => {
      const other = kb.role.get(id);
      return other ? [{ id: other.id, title: other.title }] : [];
    }),
    faq: hubFaq(kb, role, into, outOf, realistic, label),
    sources: sourceRefs(kb, sourceIds),
    kbVersion: kb.kbVersion,
  };
}

const usingCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly Role[]>>();

/** Skill id → the roles that use it beyond nice-to-have, best paid first (then by id); once per KB. */
function rolesUsing(kb: KnowledgeBase): ReadonlyMap<string, readonly Role[]> {
  const cached = usingCache.get(kb);
  if (cached) return cached;
  const using = new Map<string, Role[]>();
  for (const role of kb.roles) {
    for (const link of role.skills) {
      if (link.importance === 'nice') continue;
      const list = using.get(link.skill) ?? [];
      if (list.at(-1) !== role) list.push(role);
      using.set(link.skill, list);
    }
  }
  for (const list of using.values())
    list.sort((a, b) => b.salary.median - a.salary.median || a.id.localeCompare(b.id));
  usingCache.set(kb, using);
  return using;
}

type WayIn = { source: Role; summary: TransitionSummary };

/**
 * The named backgrounds, then the fastest others up to HUB_ENTRIES by (weeks, match, id). The full engine runs in
 * order of the estimate and skips a background whose least weeks (the estimate's bound, with its exact match)
 * already rank behind the last one kept, so the list is the exhaustive one; at most HUB_CANDIDATES plans run.
 */
function waysIn(kb: KnowledgeBase, role: Role, others: readonly Role[], named: ReadonlySet<string>): WayIn[] {
  const namedWays = others
    .filter((other) => named.has(other.id))
    .map((source) => ({ source, summary: roleTransition(kb, source, role) }));
  const kept: WayIn[] = [];
  const wanted = HUB_ENTRIES - namedWays.length;
  const before = (
    a: { weeks: number; score: number; id: string },
    b: { weeks: number; score: number; id: string },
  ) => a.weeks - b.weeks || b.score - a.score || a.id.localeCompare(b.id);
  const rankOf = ({ source, summary }: WayIn) => ({
    weeks: summary.totalWeeks,
    score: summary.score,
    id: source.id,
  });
  let planned = 0;
  for (const source of wanted > 0 ? nearestSources(kb, role, others.length) : []) {
    if (named.has(source.id)) continue;
    const last = kept.length >= wanted ? kept[kept.length - 1] : undefined;
    if (last) {
      const estimate = estimateMove(kb, source, role);
      const best = { weeks: estimate.minimumWeeks, score: estimate.score, id: source.id };
      if (before(best, rankOf(last)) > 0) continue;
    }
    if (planned++ >= HUB_CANDIDATES) break;
    kept.push({ source, summary: roleTransition(kb, source, role) });
    kept.sort((a, b) => before(rankOf(a), rankOf(b)));
    if (kept.length > wanted) kept.pop();
  }
  return [...namedWays, ...kept];
}

function certEntry(kb: KnowledgeBase, cert: Certification) {
  const successor = cert.successor ? kb.certification.get(cert.successor) : undefined;
  return {
    ...certificationRef(cert),
    ...(cert.retiredOn ? { retiredOn: cert.retiredOn } : {}),
    ...(successor ? { successor: { id: successor.id, name: successor.name } } : {}),
  };
}

function countBy(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** A background's gaps with the ones most backgrounds share moved to the end (kept, in case nothing else is left). */
function distinctiveGaps(gaps: readonly string[], common: ReadonlySet<string>): string[] {
  return [...gaps.filter((id) => !common.has(id)), ...gaps.filter((id) => common.has(id))];
}

function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function hubFaq(
  kb: KnowledgeBase,
  role: Role,
  into: { source: Role; summary: TransitionSummary }[],
  outOf: { destination: Role; gainPct: number }[],
  realistic: { minMonths: number; maxMonths: number },
  label: string,
): { q: string; a: string }[] {
  const fastest = into[0];
  const sourceText = (ids: readonly string[]) =>
    listText(ids.map((id) => kb.source.get(id)).flatMap((s) => (s ? [`${s.publisher}, ${s.year}`] : [])));
  const entries = [
    {
      q: `How long does it take to become ${withArticle(role.title)}?`,
      a:
        `From the closest backgrounds, ${monthsText(realistic.minMonths, realistic.maxMonths)} at 10 hours a week.` +
        (fastest
          ? ` The fastest route in the knowledge base is from ${fastest.source.title}: ${monthsText(fastest.summary.minMonths, fastest.summary.maxMonths)}.`
          : ''),
    },
    {
      q: `What does ${withArticle(role.title)} earn?`,
      a:
        `In the U.S., ${usd(role.salary.p25)} to ${usd(role.salary.p75)} for the middle half of earners, with a median of ` +
        `${usd(role.salary.median)} (${sourceText(role.salary.sourceIds)}).${role.salary.note ? ` ${role.salary.note}` : ''}`,
    },
    {
      q: `Is demand for ${role.title} roles growing?`,
      a: `Employment is projected to change by ${role.outlook.growthPct}% over ${role.outlook.period}, ${label} (${sourceText(role.outlook.sourceIds)}). ${role.demand.text}`,
    },
  ];
  const bestPay = [...outOf].sort((a, b) => b.gainPct - a.gainPct)[0];
  if (bestPay) {
    entries.push({
      q: `Where can ${withArticle(role.title)} go next?`,
      a:
        `The closest next steps are ${listText(outOf.slice(0, 3).map((o) => o.destination.title))}. ` +
        `Of the top matches, ${bestPay.destination.title} pays the most, a median ${usd(bestPay.destination.salary.median)}.`,
    });
  }
  return [...entries, ...role.faq];
}
