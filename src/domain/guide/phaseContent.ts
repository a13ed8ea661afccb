import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import type { SkillAssessment } from './assessSkills.ts';
import type { ResourceRef } from './guideSchema.ts';
import type { Person } from './person.ts';
import { pickResources, toRef } from './pickResources.ts';
import type { PlannedPhase } from './roadmap.ts';
import { levelName, listText, withArticle } from './words.ts';

const TITLES = {
  foundations: 'Foundations',
  core: 'Core skills',
  specialization: 'Specialization',
  portfolio: 'Portfolio',
  'job-search': 'Job search',
} as const;

/** Title, tasks and resources of one roadmap phase. */
export function phaseContent(
  kb: KnowledgeBase,
  source: Role,
  target: Role,
  phase: PlannedPhase,
  assessment: SkillAssessment,
  person: Person,
): { title: string; skills: string[]; tasks: string[]; resources: ResourceRef[] } {
  const name = (id: string) => kb.skill.get(id)?.name ?? id;
  if (phase.gaps.length > 0) {
    const names = phase.gaps.map((gap) => name(gap.skill));
    const resources = new Map<string, ResourceRef>();
    const tasks = phase.gaps.map((gap) => {
      const [best] = pickResources(kb, gap.skill, gap.fromLevel, person.budget, 1);
      if (best) resources.set(best.id, toRef(best));
      return (
        `Take ${name(gap.skill)} from ${levelName(gap.fromLevel)} to ${levelName(gap.toLevel)} ` +
        `(about ${Math.round(gap.hours)} h)${best ? ` with ${best.title}` : ''}.`
      );
    });
    const shown =
      names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : listText(names);
    return {
      title: `${TITLES[phase.kind]}: ${shown}`,
      skills: phase.gaps.map((gap) => gap.skill),
      tasks,
      resources: [...resources.values()].slice(0, 6),
    };
  }
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
      `Prepare a two-minute story of why ${withArticle(source.title)} makes a strong ${target.title}` +
        `${carried.length > 0 ? `, built on your ${listText(carried)}` : ''}.`,
    ],
    resources: [],
  };
}
