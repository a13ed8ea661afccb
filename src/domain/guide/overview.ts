import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import type { Transition } from './planTransition.ts';
import { levelName, listText, lowerFirst, withArticle } from './words.ts';

const nameOf = (kb: KnowledgeBase, id: string) => kb.skill.get(id)?.name ?? id;

/** DESIGN §1 overview: what carries over, the biggest gaps, and the edge this background gives. */
export function overview(
  kb: KnowledgeBase,
  source: Role,
  target: Role,
  transition: Transition,
  personal: boolean,
): string[] {
  const { assessment, plan, biggestGaps } = transition;
  const who = personal
    ? `With your profile as ${withArticle(source.title)}`
    : `As ${withArticle(source.title)}`;
  const carried = assessment.transferable.slice(0, 3).map((item) => nameOf(kb, item.skill));
  const matchText =
    assessment.matched === 0
      ? `${who}, none of the ${assessment.total} skills ${withArticle(target.title)} is hired on is at the job-ready level yet; your overall match is ${Math.round(assessment.score * 100)}%.`
      : `${who}, you already hold ${assessment.matched} of the ${assessment.total} skills ${withArticle(target.title)} is hired on at the job-ready level, for an overall match of ${Math.round(assessment.score * 100)}%.`;
  const carriedText =
    carried.length > 0
      ? ` What carries over most directly: ${listText(carried)}.`
      : ` Little of the ${source.title} toolkit maps directly onto this work, so most of the plan is new learning.`;

  const gapHours = biggestGaps.reduce((sum, gap) => sum + gap.hours, 0);
  const share = plan.learningHours > 0 ? Math.round((gapHours / plan.learningHours) * 100) : 0;
  const gapText =
    biggestGaps.length > 0
      ? `The biggest gaps are ${listText(biggestGaps.map((gap) => `${nameOf(kb, gap.skill)} (${levelName(gap.fromLevel)} → ${levelName(gap.toLevel)})`))}, ` +
        `${share}% of the ${plan.learningHours} hours of learning in this plan.`
      : 'There is no skill gap to close: the work left is proving what you already know.';
  const credential = plan.credential;
  const credentialText = credential
    ? `The largest step is ${credential.name}: about ${credential.months} months ${credential.partTime ? 'part-time' : 'full-time'}` +
      `${credential.covers.length > 0 ? `, which also teaches ${listText(credential.covers.map((id) => nameOf(kb, id)))}` : ''}. `
    : '';
  const edge = assessment.transferable[0];
  const edgeText = edge
    ? ` Your edge over other newcomers is ${nameOf(kb, edge.skill)} at ${levelName(edge.level)} level: ${lowerFirst(edge.target.usage)}`
    : '';
  return [`${matchText}${carriedText}`, `${credentialText}${gapText}${edgeText}`];
}
