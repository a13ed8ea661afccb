// The calibration measures (issue 11): timeline agreement and skill recall against published guides.
import { buildGuide } from '../../src/domain/guide/buildGuide.ts';
import type { Guide } from '../../src/domain/guide/guideSchema.ts';
import { DEFAULT_PERSON } from '../../src/domain/guide/person.ts';
import type { KnowledgeBase } from '../../src/domain/kb/knowledgeBase.ts';
import { normalizeName } from '../../src/domain/kb/normalizeName.ts';

export interface PublishedCase {
  readonly id: string;
  readonly from_query: string;
  readonly to_query: string;
  readonly timeline_months: readonly [number, number] | null;
  readonly pace_hours_per_week: number | null;
  readonly skills_to_learn: readonly string[] | null;
  readonly source?: string;
  readonly source_title?: string;
}

/** Paces a case without a stated pace is computed at; it agrees when either overlaps. */
export const DEFAULT_PACES = [10, 20] as const;

const STOP_WORDS = new Set(
  'a an and as at by for from in into of on or the to vs with using your basics basic intro introduction'.split(
    ' ',
  ),
);

/**
 * A light stem, so "recruitment", "recruiting" and "recruiters" meet at "recruit" and "policies" at "polic":
 * plural endings first, then one of -ment, -ing, -ed, -ion, -er on words long enough to keep a stem.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const suffix of ['ment', 'ing', 'ed', 'ion', 'er']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w.endsWith('y') && w.length > 4 ? w.slice(0, -1) : w;
}

/** Lower-case word stems of a text without function words ("ETL pipelines" → etl, pipeline). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9+#]+/g) ?? []).filter((word) => !STOP_WORDS.has(word)).map(stem);
}

/**
 * A published skill counts as named when more than half of its words appear in the guide's learning text. A skill
 * written as alternatives ("TensorFlow or PyTorch", "Pandas/NumPy", "AWS, GCP, or Azure") counts when one
 * alternative does: the guide names one of the tools the source accepts.
 */
export function isNamed(skill: string, guideWords: ReadonlySet<string>): boolean {
  const alternatives = /\bor\b/i.test(skill) ? skill.split(/,|\bor\b/i) : skill.split('/');
  return alternatives.some((alternative) => mostWordsNamed(alternative, guideWords));
}

function mostWordsNamed(text: string, guideWords: ReadonlySet<string>): boolean {
  const words = [...new Set(wordsOf(text))];
  if (words.length === 0) return false;
  const found = words.filter((word) => guideWords.has(word)).length;
  return found / words.length > 0.5;
}

/** The words of what a guide asks you to learn or carry over: skills to learn, roadmap and transferable skills. */
export function learningWords(guide: Guide): Set<string> {
  const texts = [
    ...guide.skillsToLearn.flatMap((entry) => [entry.skill.name, entry.howToLearn, ...entry.topics]),
    ...guide.roadmap.flatMap((phase) => [phase.title, ...phase.tasks]),
    ...guide.transferableSkills.flatMap((entry) => [
      entry.skill.name,
      entry.appliesTo.name,
      entry.appliesHow,
      ...entry.topics,
    ]),
  ];
  return new Set(texts.flatMap(wordsOf));
}

export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** The families of software, data, infrastructure, security and testing work. */
const TECH_FAMILIES: ReadonlySet<string> = new Set([
  'software-engineering',
  'data-and-ai',
  'infrastructure-and-operations',
  'security',
  'quality-assurance',
]);

export interface CaseResult {
  readonly id: string;
  readonly move: string;
  readonly source: string;
  readonly resolved: boolean;
  readonly unresolved?: string;
  readonly published?: readonly [number, number];
  readonly paces?: readonly number[];
  readonly pathway?: readonly { hoursPerWeek: number; months: [number, number]; learningHours: number }[];
  readonly timelineAgrees?: boolean;
  /** True when the target's family is not one of the tech families. */
  readonly outsideTech?: boolean;
  readonly skills?: { listed: number; named: number; missing: string[] };
}

export function measureCase(kb: KnowledgeBase, item: PublishedCase): CaseResult {
  const move = `${item.from_query} → ${item.to_query}`;
  const base = { id: item.id, move, source: item.source ?? item.source_title ?? '' };
  const fromId = kb.roleByName.get(normalizeName(item.from_query));
  const toId = kb.roleByName.get(normalizeName(item.to_query));
  const from = fromId ? kb.role.get(fromId) : undefined;
  const to = toId ? kb.role.get(toId) : undefined;
  if (!from || !to || from.id === to.id) {
    const missing = [!from && item.from_query, !to && item.to_query].filter(Boolean).join(', ');
    return { ...base, resolved: false, unresolved: missing ? `no role for ${missing}` : 'same role' };
  }
  const paces = item.pace_hours_per_week ? [item.pace_hours_per_week] : [...DEFAULT_PACES];
  const guides = paces.map((hoursPerWeek) => buildGuide(kb, from, to, { ...DEFAULT_PERSON, hoursPerWeek }));
  const pathway = guides.map((guide) => ({
    hoursPerWeek: guide.headline.timeline.hoursPerWeek,
    months: [guide.headline.timeline.minMonths, guide.headline.timeline.maxMonths] as [number, number],
    learningHours: guide.headline.timeline.learningHours,
  }));
  const published = item.timeline_months ?? undefined;
  const listed = item.skills_to_learn ?? [];
  const words = learningWords(guides[0] as Guide);
  const missing = listed.filter((skill) => !isNamed(skill, words));
  return {
    ...base,
    resolved: true,
    outsideTech: !TECH_FAMILIES.has(to.family),
    ...(published
      ? { published, paces, pathway, timelineAgrees: pathway.some((p) => overlaps(p.months, published)) }
      : { paces, pathway }),
    ...(listed.length > 0
      ? { skills: { listed: listed.length, named: listed.length - missing.length, missing } }
      : {}),
  };
}

export function summarize(results: readonly CaseResult[]) {
  const resolved = results.filter((r) => r.resolved);
  const timed = resolved.filter((r) => r.published);
  const agreeing = timed.filter((r) => r.timelineAgrees);
  const timedOutside = timed.filter((r) => r.outsideTech);
  const agreeingOutside = timedOutside.filter((r) => r.timelineAgrees);
  const listed = resolved.reduce((sum, r) => sum + (r.skills?.listed ?? 0), 0);
  const named = resolved.reduce((sum, r) => sum + (r.skills?.named ?? 0), 0);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    cases: results.length,
    resolved: resolved.length,
    unresolved: results
      .filter((r) => !r.resolved)
      .map((r) => ({ id: r.id, move: r.move, why: r.unresolved })),
    timeline: {
      cases: timed.length,
      agreeing: agreeing.length,
      agreement: timed.length === 0 ? 0 : round(agreeing.length / timed.length),
      /** Cases whose target is outside the tech families (issue 15 asks ≥ 70 % here). */
      outsideTech: {
        cases: timedOutside.length,
        agreeing: agreeingOutside.length,
        agreement: timedOutside.length === 0 ? 0 : round(agreeingOutside.length / timedOutside.length),
      },
    },
    skillRecall: { listed, named, recall: listed === 0 ? 0 : round(named / listed) },
    disagreeing: timed
      .filter((r) => !r.timelineAgrees)
      .map((r) => ({ id: r.id, move: r.move, published: r.published, pathway: r.pathway })),
    cases_detail: resolved.map((r) => ({
      id: r.id,
      move: r.move,
      published: r.published ?? null,
      pathway: r.pathway?.map(
        (p) => `${p.months[0]}-${p.months[1]} mo at ${p.hoursPerWeek} h/wk (${p.learningHours} h)`,
      ),
      missingSkills: r.skills?.missing ?? [],
    })),
  };
}
