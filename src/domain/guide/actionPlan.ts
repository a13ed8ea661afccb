import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import type { Milestone, Transition } from './planTransition.ts';
import { levelName, lowerFirst } from './words.ts';

/** The first-month project may only use skills the plan has reached by this week. */
const FIRST_MONTH_WEEK = 5;
const NINETY_DAYS_WEEK = 13;

export function milestoneText(kb: KnowledgeBase, target: Role, milestone: Milestone): string {
  switch (milestone.kind) {
    case 'skill':
      return `${kb.skill.get(milestone.skill ?? '')?.name ?? milestone.skill} at ${levelName(milestone.level ?? 0)} level`;
    case 'credential':
      return `${target.credential?.name ?? 'the required credential'} completed`;
    case 'portfolio':
      return `${Math.min(3, target.projects.length)} portfolio projects published`;
    case 'job-search':
      return `applications out for ${target.title} roles`;
  }
}

/** DESIGN §5.11: this week, this month, next 90 days — three concrete items each, in roadmap order. */
export function actionPlan(kb: KnowledgeBase, target: Role, transition: Transition) {
  const gaps = transition.plan.orderedGaps;
  const nameOf = (id: string) => kb.skill.get(id)?.name ?? id;
  const firstSkills = gaps.slice(0, 3);
  const steps = firstSkills.flatMap((gap) => kb.skill.get(gap.skill)?.firstSteps.slice(0, 1) ?? []);
  const extraSteps = firstSkills.flatMap((gap) => kb.skill.get(gap.skill)?.firstSteps.slice(1) ?? []);
  const thisWeek = [...steps, ...extraSteps, ...target.resumeTips.into].slice(0, 3);

  // Skills in reach by the end of month one: what is already held, plus gaps finished by then.
  const pending = new Set(gaps.filter((gap) => gap.endWeek > FIRST_MONTH_WEEK).map((gap) => gap.skill));
  const inReach = (skill: string) => !pending.has(skill);
  const project = target.projects
    .map((candidate, index) => ({
      candidate,
      index,
      share: candidate.skills.filter(inReach).length / candidate.skills.length,
    }))
    .filter(({ share }) => share >= 0.5)
    .sort(
      (a, b) =>
        b.share - a.share || a.candidate.skills.length - b.candidate.skills.length || a.index - b.index,
    )[0]?.candidate;
  const starts = gaps.slice(0, 2).flatMap((gap) => {
    const first = gap.resources[0];
    return first
      ? [`Start ${first.title} for ${nameOf(gap.skill)} and block the hours in your calendar.`]
      : [];
  });
  const thisMonth = [
    ...starts,
    ...(project
      ? [`Build a first small version of "${project.title}": ${lowerFirst(project.description)}`]
      : []),
    ...target.resumeTips.into,
  ].slice(0, 3);

  const all = transition.milestones;
  const within = all.filter((milestone) => milestone.endWeek <= NINETY_DAYS_WEEK);
  const picked =
    within.length <= 3 ? within : [within[0], within[Math.floor(within.length / 2)], within.at(-1)];
  const next90Days = picked.flatMap((milestone) =>
    milestone ? [`By week ${milestone.endWeek}: ${milestoneText(kb, target, milestone)}.`] : [],
  );
  const later = all.find((milestone) => milestone.endWeek > NINETY_DAYS_WEEK);
  if (next90Days.length < 3 && later) {
    next90Days.push(
      `By week ${NINETY_DAYS_WEEK}: well into the next step, ${milestoneText(kb, target, later)}, due by week ${later.endWeek}.`,
    );
  }
  return { thisWeek, thisMonth, next90Days };
}
