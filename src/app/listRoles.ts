import { z } from 'zod';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { Family, Seniority } from '../domain/kb/schemas.ts';
import { parseRequest, type RequestInput } from './parseRequest.ts';
import { FamilyParam, RoleSearchParam, textParam } from './requestFields.ts';

export interface RoleSummary {
  readonly id: string;
  readonly title: string;
  readonly family: Family;
  readonly seniority: Seniority;
  readonly medianSalary: number;
  readonly growthPct: number;
  readonly aliases: readonly string[];
}

/** Which roles to list: a fuzzy search over names, a family, or both. */
export const RoleListRequestSchema = z.object({
  search: textParam(RoleSearchParam.optional()),
  family: FamilyParam,
});
export type RoleListRequest = RequestInput<typeof RoleListRequestSchema>;

/** Roles sorted by title, or by relevance when a search query is given. */
export function listRoles(kb: KnowledgeBase, input: RoleListRequest = {}): RoleSummary[] {
  const { search: query, family } = parseRequest(RoleListRequestSchema, input);
  const roles = query
    ? kb.searchRoles(query, kb.roles.length).flatMap((id) => kb.role.get(id) ?? [])
    : [...kb.roles].sort((a, b) => a.title.localeCompare(b.title));
  return roles
    .filter((role) => !family || role.family === family)
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
