import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import type { PhaseKind, ResourceRef } from './guideSchema.ts';
import { toRef } from './pickResources.ts';
import type { Transition } from './planTransition.ts';
import type { PlannedPhase, ScheduledGap } from './roadmap.ts';
import { topicsBetween } from './topics.ts';
import { levelName, listText, withArticle } from './words.ts';

const TITLES: Record<PhaseKind, string> = {
  credential: 'Credential',
  foundations: 'Foundations',
  core: 'Core skills',
  specialization: 'Specialization',
  portfolio: 'Portfolio',
  'job-search': 'Job search',
};
/** Topics a roadmap task names; the skills table lists them all. */
const TASK_TOPICS = 6;

/** Title, tasks and resources of one roadmap phase: tasks name the resource and the topics it covers. */
export function phaseContent(
  kb: KnowledgeBase,
  source: Role,
  target: Role,
  phase: PlannedPhase,
  transition: Transition,
): { title: string; skills: string[]; tasks: string[]; resources: ResourceRef[] } {
  const name = (id: string) => kb.skill.get(id)?.name ?? id;
  const credential = transition.plan.credential;
  if (phase.kind === 'credential' && credential) {
    const taught = phase.gaps.map((gap) => name(gap.skill));
    return {
      title: `Credential: ${credential.name}`,
      skills: phase.gaps.map((gap) => gap.skill),
      tasks: [
        `Complete ${credential.name}: about ${credential.months} months ${credential.partTime ? 'part-time' : 'full-time'}. ${credential.note}`,
        ...(taught.length > 0
          ? [`The programme teaches ${listText(taught)}; use its projects and placements as your portfolio.`]
          : []),
      ],
      resources: [],
    };
  }
  if (phase.gaps.length > 0) {
    const names = phase.gaps.map((gap) => name(gap.skill));
    const resources = new Map<string, ResourceRef>();
    const done = new Set<string>();
    const tasks: string[] = [];
    for (const gap of phase.gaps) {
      if (done.has(gap.skill)) continue;
      const course = gap.sharedCourse;
      const together = course
        ? phase.gaps.filter((other) => other.skill === gap.skill || course.withSkills.includes(other.skill))
        : [gap];
      for (const member of together) done.add(member.skill);
      const best = gap.resources[0];
      if (best) resources.set(best.id, toRef(best));
      tasks.push(task(kb, together, best ? `${best.title} (${best.provider})` : undefined));
    }
    const shown =
      names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : listText(names);
    return {
      title: `${TITLES[phase.kind]}: ${shown}`,
      skills: phase.gaps.map((gap) => gap.skill),
      tasks,
      resources: [...resources.values()].slice(0, 6),
    };
  }
  const { assessment } = transition;
  if (phase.kind === 'portfolio') {
    const projects = target.projects.slice(0, 3);
    const topUps = assessment.transferable.filter(
      (item) => item.topUpHours > 0 && item.skill === item.target.skill,
    );
    return {
      title: `Portfolio: ${projects.length} projects that prove the new skills`,
      skills: [...new Set(projects.flatMap((project) => project.skills))].sort(),
      tasks: [
        ...projects.map((project) => `${project.title}: ${project.description}`),
        ...topUps.map(
          (item) =>
            `Use the projects to take ${name(item.skill)} from ${levelName(item.level)} to ${levelName(item.target.required)}.`,
        ),
      ],
      resources: [],
    };
  }
  const carried = assessment.transferable.slice(0, 2).map((item) => name(item.skill));
  return {
    title: `Job search: position yourself as ${withArticle(target.title)}`,
    skills: [],
    tasks: [
      ...target.resumeTips.into.slice(0, 3),
      `Prepare a two-minute story of why your years as ${withArticle(source.title)} make you a strong ${target.title}` +
        `${carried.length > 0 ? `, built on your ${listText(carried)}` : ''}.`,
    ],
    resources: [],
  };
}

/** "Work through X for Linear algebra and Calculus (about 90 h): vectors and matrices, derivatives, …". */
function task(kb: KnowledgeBase, gaps: readonly ScheduledGap[], resource: string | undefined): string {
  const hours = gaps.reduce((sum, gap) => sum + gap.hours, 0);
  const skills = listText(
    gaps.map(
      (gap) =>
        `${kb.skill.get(gap.skill)?.name ?? gap.skill} (${levelName(gap.fromLevel)} → ${levelName(gap.toLevel)})`,
    ),
  );
  const perSkill = Math.max(2, Math.ceil(TASK_TOPICS / gaps.length));
  const topics = gaps.flatMap((gap) =>
    topicsBetween(kb.skill.get(gap.skill), gap.fromLevel, gap.toLevel).slice(0, perSkill),
  );
  const lead = resource
    ? `Work through ${resource} for ${skills}`
    : `Practise ${skills} through small projects`;
  return `${lead}, about ${hours} h${topics.length > 0 ? `: ${topics.join(', ')}` : ''}.`;
}
