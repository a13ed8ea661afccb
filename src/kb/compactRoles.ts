import type { ElementLevel, Role, Skill } from '../domain/kb/schemas.ts';

/**
 * A role as the KB snapshot stores it: its element profile as `[skill position, level, …]` and its related roles
 * as positions, instead of an object per element and the ids over again (2 of the snapshot's 9.4 MB, and the
 * ids come back as the KB's own strings rather than a copy each).
 */
export type CompactRole = Omit<Role, 'elements' | 'related'> & {
  readonly elements?: readonly number[];
  readonly related?: readonly number[];
};

/** Each id's position in `ids`, for storing references as numbers; an id not there is a bug in the writer. */
export function positions(ids: readonly string[]): (id: string) => number {
  const byId = new Map(ids.map((id, i) => [id, i]));
  return (id) => {
    const position = byId.get(id);
    if (position === undefined) throw new Error(`the snapshot has no entity ${id}`);
    return position;
  };
}

/** `roles` for the snapshot, element skills and related roles by their position in `skills` and `roles`. */
export function compactRoles(roles: readonly Role[], skills: readonly Skill[]): CompactRole[] {
  const skillAt = positions(skills.map((skill) => skill.id));
  const roleAt = positions(roles.map((role) => role.id));
  return roles.map(({ elements, related, ...role }) => ({
    ...role,
    ...(elements ? { elements: elements.flatMap((element) => [skillAt(element.skill), element.level]) } : {}),
    ...(related ? { related: related.map(roleAt) } : {}),
  }));
}

/** The roles `compactRoles` stored, whole again. */
export function expandRoles(stored: readonly CompactRole[], skills: readonly Skill[]): Role[] {
  const roleIds = stored.map((role) => role.id);
  const elementLevels = (flat: readonly number[]): ElementLevel[] => {
    const levels: ElementLevel[] = new Array(flat.length / 2);
    for (let i = 0; i < levels.length; i++) {
      levels[i] = { skill: (skills[flat[2 * i] as number] as Skill).id, level: flat[2 * i + 1] as number };
    }
    return levels;
  };
  return stored.map(({ elements, related, ...role }) => ({
    ...role,
    ...(elements ? { elements: elementLevels(elements) } : {}),
    ...(related ? { related: related.map((position) => roleIds[position] as string) } : {}),
  }));
}
