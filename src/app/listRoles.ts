import { z } from 'zod';
import { RoleRefSchema } from '../domain/guide/guideSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { FamilySchema, SenioritySchema } from '../domain/kb/schemas.ts';
import { parseRequest, type RequestInput } from './parseRequest.ts';
import { FamilyParam, RoleSearchParam, textParam } from './requestFields.ts';

/** A role as lists show it. */
export const RoleSummarySchema = RoleRefSchema.extend({
  family: FamilySchema,
  seniority: SenioritySchema,
  medianSalary: z.number(),
  growthPct: z.number(),
  aliases: z.array(z.string()),
});
export type RoleSummary = z.infer<typeof RoleSummarySchema>;

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
