import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { normalizeName } from '../domain/kb/normalizeName.ts';
import type { Importance, Resource, Skill } from '../domain/kb/schemas.ts';
import { AppError } from './appError.ts';
import { checkNameLength } from './names.ts';

export interface SkillDetail {
  readonly skill: Skill;
  readonly prerequisites: readonly { id: string; name: string }[];
  readonly related: readonly { id: string; name: string; transfer: number }[];
  readonly roles: readonly { id: string; title: string; level: number; importance: Importance }[];
  readonly resources: readonly Resource[];
}

const IMPORTANCE_ORDER: Record<Importance, number> = { core: 0, important: 1, nice: 2 };

/** What a skill is, who needs it at which level, and how to learn it. */
export function getSkill(kb: KnowledgeBase, name: string): SkillDetail {
  checkNameLength(name, 'skill', 'skill');
  const id = kb.skillByName.get(normalizeName(name));
  const skill = id === undefined ? undefined : kb.skill.get(id);
  if (!skill) {
    const suggestions = kb.searchSkills(name, 3).flatMap((candidate) => {
      const found = kb.skill.get(candidate);
      return found ? [{ id: found.id, title: found.name }] : [];
    });
    throw new AppError('not-found', `Unknown skill "${name}".`, { field: 'skill', suggestions });
  }
  const named = (ids: readonly string[]) =>
    ids.flatMap((p) => (kb.skill.get(p) ? [{ id: p, name: kb.skill.get(p)?.name ?? p }] : []));
  return {
    skill,
    prerequisites: named(skill.prerequisites),
    related: skill.related.flatMap((r) => {
      const other = kb.skill.get(r.skill);
      return other ? [{ id: other.id, name: other.name, transfer: r.transfer }] : [];
    }),
    roles: kb.roles
      .flatMap((role) =>
        role.skills
          .filter((link) => link.skill === skill.id)
          .map((link) => ({
            id: role.id,
            title: role.title,
            level: link.level,
            importance: link.importance,
          })),
      )
      .sort(
        (a, b) =>
          IMPORTANCE_ORDER[a.importance] - IMPORTANCE_ORDER[b.importance] ||
          b.level - a.level ||
          a.title.localeCompare(b.title),
      ),
    resources: kb.resourcesBySkill.get(skill.id) ?? [],
  };
}
