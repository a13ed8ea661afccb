import type { RoleRef } from '../domain/guide/guideSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { normalizeName } from '../domain/kb/normalizeName.ts';
import type { Role } from '../domain/kb/schemas.ts';
import { AppError } from './appError.ts';
import { checkNameLength } from './names.ts';

/** Up to `limit` roles whose names look like `query`, best first. */
export function suggestRoles(kb: KnowledgeBase, query: string, limit = 3): RoleRef[] {
  return kb.searchRoles(query, limit).flatMap((id) => {
    const role = kb.role.get(id);
    return role ? [{ id: role.id, title: role.title }] : [];
  });
}

/** Resolves a title, slug or alias (case- and punctuation-insensitive); unknown names carry suggestions. */
export function resolveRole(kb: KnowledgeBase, name: string, field = 'role'): Role {
  checkNameLength(name, field, 'role');
  const id = kb.roleByName.get(normalizeName(name));
  const role = id === undefined ? undefined : kb.role.get(id);
  if (role) return role;
  const suggestions = suggestRoles(kb, name);
  const hint = suggestions.length ? ` Did you mean: ${suggestions.map((s) => s.title).join(', ')}?` : '';
  throw new AppError('not-found', `Unknown role "${name}".${hint}`, { field, suggestions });
}

/** Resolves a role to move into: a starting point such as "No experience" is never a target. */
export function resolveTarget(kb: KnowledgeBase, name: string, field = 'to'): Role {
  const role = resolveRole(kb, name, field);
  if (role.startingPoint) {
    throw new AppError(
      'invalid-input',
      `"${role.title}" is a starting point, not a role to move into; name the role you want to become.`,
      { field },
    );
  }
  return role;
}

/** The two roles of a move: a known role, a role to move into, and not the same one. */
export function resolveMove(
  kb: KnowledgeBase,
  names: { from: string; to: string },
): { from: Role; to: Role } {
  const from = resolveRole(kb, names.from, 'from');
  const to = resolveTarget(kb, names.to, 'to');
  if (from.id === to.id) {
    throw new AppError(
      'invalid-input',
      `"${names.from}" and "${names.to}" are the same role (${from.title}); pick a different target.`,
      { field: 'to' },
    );
  }
  return { from, to };
}

/** Where someone starts who names no current role: the knowledge base's starting point ("No experience"). */
export function startingPoint(kb: KnowledgeBase): Role {
  const role = kb.roles.find((candidate) => candidate.startingPoint);
  if (!role) throw new AppError('invalid-input', 'Enter your current role.', { field: 'from' });
  return role;
}
