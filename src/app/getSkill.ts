import { z } from 'zod';
import { RoleRefSchema, SkillRefSchema } from '../domain/guide/guideSchema.ts';
import { IMPORTANCE_RANK } from '../domain/guide/priority.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { normalizeName } from '../domain/kb/normalizeName.ts';
import { ImportanceSchema, RequiredLevelSchema, ResourceSchema, SkillSchema } from '../domain/kb/schemas.ts';
import { AppError } from './appError.ts';
import { checkNameLength } from './names.ts';

/** A skill as the knowledge base describes it, with who needs it at which level and how to learn it. */
export const SkillDetailSchema = z.object({
  skill: SkillSchema.omit({ id: true }).extend({ id: z.string() }),
  prerequisites: z.array(SkillRefSchema),
  related: z.array(SkillRefSchema.extend({ transfer: z.number() })),
  roles: z.array(RoleRefSchema.extend({ level: RequiredLevelSchema, importance: ImportanceSchema })),
  resources: z.array(ResourceSchema.omit({ id: true }).extend({ id: z.string() })),
});
export type SkillDetail = z.infer<typeof SkillDetailSchema>;

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
          IMPORTANCE_RANK[a.importance] - IMPORTANCE_RANK[b.importance] ||
          b.level - a.level ||
          a.title.localeCompare(b.title),
      ),
    resources: [...(kb.resourcesBySkill.get(skill.id) ?? [])],
  };
}
