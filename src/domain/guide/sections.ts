import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import type { Gap, SkillAssessment } from './assessSkills.ts';
import type { Plan } from './roadmap.ts';
import { levelName, listText, lowerFirst, usd, withArticle } from './words.ts';

const nameOf = (kb: KnowledgeBase, id: string) => kb.skill.get(id)?.name ?? id;

/** Two paragraphs: what carries over, the biggest gaps, and the edge this background gives. */
export function overview(
  kb: KnowledgeBase,
  source: Role,
  target: Role,
  assessment: SkillAssessment,
  personal: boolean,
): string[] {
  const who = personal
    ? `With your profile as ${withArticle(source.title)}`
    : `As ${withArticle(source.title)}`;
  const carried = assessment.transferable.slice(0, 3).map((item) => nameOf(kb, item.skill));
  const first =
    `${who}, you already meet ${assessment.matched} of the ${assessment.total} skill levels ${withArticle(target.title)} ` +
    `works at, for an overall match of ${Math.round(assessment.score * 100)}%. ` +
    (carried.length > 0
      ? `What carries over most directly: ${listText(carried)}.`
      : `Little of the ${source.title.toLowerCase()} toolkit maps directly onto this work, so most of the plan is new learning.`);
  const biggest = [...assessment.gaps]
    .sort((a, b) => b.hours - a.hours || a.skill.localeCompare(b.skill))
    .slice(0, 3);
  const gapHours = biggest.reduce((sum, gap) => sum + gap.hours, 0);
  const share = assessment.learningHours > 0 ? Math.round((gapHours / assessment.learningHours) * 100) : 0;
  const gapText =
    biggest.length > 0
      ? `The biggest gaps are ${listText(biggest.map((gap) => `${nameOf(kb, gap.skill)} (${levelName(gap.fromLevel)} → ${levelName(gap.toLevel)})`))}, ` +
        `${share}% of the roughly ${Math.round(assessment.learningHours)} hours of learning in this plan.`
      : 'There is no skill gap to close: the work left is proving what you already know.';
  const edge = assessment.transferable[0];
  const edgeText = edge
    ? ` Your edge over other newcomers is ${nameOf(kb, edge.skill)} at ${levelName(edge.level)} level: ${lowerFirst(edge.target.usage)}`
    : '';
  return [first, `${gapText}${edgeText}`];
}

/** DESIGN §5.10. */
export function realityCheck(kb: KnowledgeBase, source: Role, target: Role, assessment: SkillAssessment) {
  const traitText = (ids: readonly string[], pick: 'love' | 'miss' | 'challenge') =>
    ids.flatMap((id) => {
      const text = kb.trait.get(id)?.[pick];
      return text ? [text] : [];
    });
  const targetLoves = new Set(target.traits.love);
  const hardest = [...assessment.gaps].sort((a, b) => b.hours - a.hours || a.skill.localeCompare(b.skill))[0];
  const hardestText = hardest
    ? [
        `Going from level ${hardest.fromLevel} to ${hardest.toLevel} in ${nameOf(kb, hardest.skill)} takes about ` +
          `${Math.round(hardest.hours)} hours, the longest single climb in this plan.`,
      ]
    : [];
  return {
    love: traitText(target.traits.love, 'love').slice(0, 5),
    miss: traitText(
      source.traits.love.filter((id) => !targetLoves.has(id)),
      'miss',
    ).slice(0, 5),
    challenges: [...traitText(target.traits.challenges, 'challenge').slice(0, 4), ...hardestText],
  };
}

export interface Milestone {
  readonly endWeek: number;
  readonly text: string;
}

/** Every gap, the portfolio and the job search as milestones with the week they end. */
export function milestones(kb: KnowledgeBase, target: Role, plan: Plan): Milestone[] {
  const result: Milestone[] = [];
  for (const phase of plan.phases) {
    let week = phase.startWeek;
    for (const gap of phase.gaps) {
      week += gap.weeks;
      result.push({ endWeek: week - 1, text: `${nameOf(kb, gap.skill)} at ${levelName(gap.toLevel)} level` });
    }
    const end = phase.startWeek + phase.weeks - 1;
    if (phase.kind === 'portfolio') {
      result.push({
        endWeek: end,
        text: `${Math.min(3, target.projects.length)} portfolio projects published`,
      });
    }
    if (phase.kind === 'job-search')
      result.push({ endWeek: end, text: `applications out for ${target.title} roles` });
  }
  return result;
}

/** DESIGN §5.11: this week, this month, next 90 days — three concrete items each. */
export function actionPlan(kb: KnowledgeBase, target: Role, plan: Plan, firstResources: Map<string, string>) {
  const gaps: readonly Gap[] = plan.orderedGaps;
  const firstSkills = gaps.slice(0, 3);
  const steps = firstSkills.flatMap((gap) => kb.skill.get(gap.skill)?.firstSteps.slice(0, 1) ?? []);
  const extraSteps = firstSkills.flatMap((gap) => kb.skill.get(gap.skill)?.firstSteps.slice(1) ?? []);
  const thisWeek = [...steps, ...extraSteps, ...target.resumeTips.into].slice(0, 3);

  const project = [...target.projects].sort(
    (a, b) =>
      Number(!a.skills.includes(gaps[0]?.skill ?? '')) - Number(!b.skills.includes(gaps[0]?.skill ?? '')) ||
      a.skills.length - b.skills.length,
  )[0];
  const starts = gaps.slice(0, 2).flatMap((gap) => {
    const title = firstResources.get(gap.skill);
    return title ? [`Start ${title} for ${nameOf(kb, gap.skill)} and block the hours in your calendar.`] : [];
  });
  const thisMonth = [
    ...starts,
    ...(project
      ? [`Build a first small version of "${project.title}": ${lowerFirst(project.description)}`]
      : []),
    ...target.resumeTips.into,
  ].slice(0, 3);

  const all = milestones(kb, target, plan);
  const within = all.filter((milestone) => milestone.endWeek <= 13);
  const picked =
    within.length <= 3 ? within : [within[0], within[Math.floor(within.length / 2)], within.at(-1)];
  const next90Days = picked.flatMap((milestone) =>
    milestone ? [`By week ${milestone.endWeek}: ${milestone.text}.`] : [],
  );
  const later = all.find((milestone) => milestone.endWeek > 13);
  if (next90Days.length < 3 && later) {
    next90Days.push(`By week 13: well into the next step, ${later.text}, due by week ${later.endWeek}.`);
  }
  return { thisWeek, thisMonth, next90Days };
}

export function salarySentence(role: Role, kbSourceTitle: string): string {
  return (
    `${role.title} pay in the U.S. runs from ${usd(role.salary.p25)} (25th percentile) to ${usd(role.salary.p75)} ` +
    `(75th), with a median of ${usd(role.salary.median)} (${kbSourceTitle}).`
  );
}
