import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { Family, Seniority } from '../domain/kb/schemas.ts';
import { checkNameLength } from './names.ts';

export interface RoleSummary {
  readonly id: string;
  readonly title: string;
  readonly family: Family;
  readonly seniority: Seniority;
  readonly medianSalary: number;
  readonly growthPct: number;
  readonly aliases: readonly string[];
}

/** Roles sorted by title, or by relevance when a search query is given. */
export function listRoles(
  kb: KnowledgeBase,
  options: { search?: string; family?: Family } = {},
): RoleSummary[] {
  const query = options.search?.trim();
  if (query) checkNameLength(query, 'search', 'role');
  const roles = query
    ? kb.searchRoles(query, kb.roles.length).flatMap((id) => kb.role.get(id) ?? [])
    : [...kb.roles].sort((a, b) => a.title.localeCompare(b.title));
  return roles
    .filter((role) => !options.family || role.family === options.family)
    .map((role) => ({
      id: role.id,
      title: role.title,
      family: role.family,
      seniority: role.seniority,
      medianSalary: role.salary.median,
      growthPct: role.outlook.growthPct,
      aliases: role.aliases,
    }));
}
