import type { Difficulty, RoleRef } from '../domain/guide/guideSchema.ts';
import { salaryChange } from '../domain/guide/headline.ts';
import { salaryText } from '../domain/guide/headlineText.ts';
import { DEFAULT_PERSON } from '../domain/guide/person.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { roleTransition } from '../domain/transitions/transitionSummaries.ts';

/** Transitions featured on the home page: the ones people ask about most. */
const POPULAR: readonly [string, string][] = [
  ['software-engineer', 'machine-learning-engineer'],
  ['software-engineer', 'multimodal-ai-engineer'],
  ['data-scientist', 'ai-engineer'],
  ['teacher', 'instructional-designer'],
  ['graphic-designer', 'ux-designer'],
  ['data-analyst', 'data-scientist'],
  ['qa-tester', 'software-development-engineer-in-test'],
  ['system-administrator', 'devops-engineer'],
];

export interface PopularTransition {
  readonly from: RoleRef;
  readonly to: RoleRef;
  /** The typical guide's timeline, at the default pace of `hoursPerWeek`. */
  readonly minMonths: number;
  readonly maxMonths: number;
  readonly hoursPerWeek: number;
  readonly difficulty: Difficulty;
  /** The typical pay change, median to median, with the first-role and established figures. */
  readonly pay: string;
}

/** The featured moves with the typical guide's timeline, difficulty and pay change (a KB without a role skips it). */
export function popularTransitions(kb: KnowledgeBase): PopularTransition[] {
  return POPULAR.flatMap(([fromId, toId]) => {
    const from = kb.role.get(fromId);
    const to = kb.role.get(toId);
    if (!from || !to) return [];
    const summary = roleTransition(kb, from, to);
    return [
      {
        from: { id: from.id, title: from.title },
        to: { id: to.id, title: to.title },
        minMonths: summary.minMonths,
        maxMonths: summary.maxMonths,
        hoursPerWeek: DEFAULT_PERSON.hoursPerWeek,
        difficulty: summary.difficulty,
        pay: salaryText(salaryChange(from, to, undefined)),
      },
    ];
  });
}
