import { fitsLanguages } from '../kb/fitsLanguages.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Resource } from '../kb/schemas.ts';
import type { ResourceRef } from './guideSchema.ts';
import type { Budget } from './person.ts';

const KIND_RANK: Record<Resource['kind'], number> = {
  course: 0,
  book: 1,
  tutorial: 2,
  docs: 3,
  project: 4,
  community: 5,
  paper: 6,
  dataset: 7,
  tool: 8,
};

/** A resource teaching more skills than this is a broad programme; a focused one teaches a single skill better. */
const BROAD_RESOURCE_SKILLS = 3;

function wantedLevel(fromLevel: number): Resource['level'] {
  return fromLevel <= 1 ? 'beginner' : fromLevel <= 2 ? 'intermediate' : 'advanced';
}
const LEVEL_INDEX = { beginner: 0, intermediate: 1, advanced: 2 } as const;

/**
 * The best resources for climbing a skill from `fromLevel`: those pitched at the learner's level first, then
 * courses and books, then cheaper and shorter. With a free budget, only free resources qualify when any exist. A
 * resource taught in a programming language qualifies only when that language is one of `languages` (the
 * target's and the person's), unless nothing else teaches the skill.
 */
export function pickResources(
  kb: KnowledgeBase,
  skillId: string,
  fromLevel: number,
  budget: Budget,
  languages: ReadonlySet<string>,
  count = 2,
): Resource[] {
  const teaching = kb.resourcesBySkill.get(skillId) ?? [];
  const fitting = teaching.filter((resource) => fitsLanguages(resource, skillId, languages));
  const all = fitting.length > 0 ? fitting : teaching;
  const free = all.filter((resource) => resource.costUsd === 0);
  const pool = budget === 'free' && free.length > 0 ? free : all;
  const wanted = LEVEL_INDEX[wantedLevel(fromLevel)];
  return [...pool]
    .sort(
      (a, b) =>
        Math.abs(LEVEL_INDEX[a.level] - wanted) - Math.abs(LEVEL_INDEX[b.level] - wanted) ||
        Number(a.skills.length > BROAD_RESOURCE_SKILLS) - Number(b.skills.length > BROAD_RESOURCE_SKILLS) ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        Number(a.costUsd > 0) - Number(b.costUsd > 0) ||
        a.hours - b.hours ||
        a.id.localeCompare(b.id),
    )
    .slice(0, count);
}

export function toRef(resource: Resource): ResourceRef {
  return {
    id: resource.id,
    title: resource.title,
    provider: resource.provider,
    url: resource.url,
    costUsd: resource.costUsd,
    hours: resource.hours,
  };
}
