import { z } from 'zod';
import { RoleRefSchema } from '../domain/guide/guideSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { normalizeName } from '../domain/kb/normalizeName.ts';
import { FamilySchema, type Role, SenioritySchema } from '../domain/kb/schemas.ts';
import { majorGroupOfSoc } from '../domain/kb/socMajorGroups.ts';
import { parseRequest, type RequestInput } from './parseRequest.ts';
import { FamilyParam, RoleSearchParam, textParam } from './requestFields.ts';

/** A role as lists show it. */
export const RoleSummarySchema = RoleRefSchema.extend({
  family: FamilySchema,
  seniority: SenioritySchema,
  medianSalary: z.number(),
  growthPct: z.number(),
  aliases: z.array(z.string()),
  /** The 2018 SOC code and O*NET-SOC code of the occupation the role stands for (null: none, "No experience"). */
  soc: z.string().nullable(),
  onet: z.string().nullable(),
  /** The SOC major group ("29"), for browsing every occupation by job family. */
  majorGroup: z.string().nullable(),
  /** True for roles our editors wrote; false for roles built from the public occupation catalogue. */
  reviewed: z.boolean(),
});
export type RoleSummary = z.infer<typeof RoleSummarySchema>;

/** Which roles to list: a fuzzy search over names, a family, or both. */
export const RoleListRequestSchema = z.object({
  search: textParam(RoleSearchParam.optional()),
  family: FamilyParam,
});
export type RoleListRequest = RequestInput<typeof RoleListRequestSchema>;

/** The occupation a role stands for: its own when generated from the catalogue, else its weightiest code. */
function occupationOf(role: Role): { soc: string | null; onet: string | null; majorGroup: string | null } {
  const [primary] = [...role.occupationCodes].sort((a, b) => b.weight - a.weight);
  if (!primary || primary.soc === '00-0000') return { soc: null, onet: null, majorGroup: null };
  return { soc: primary.soc, onet: primary.onet ?? null, majorGroup: majorGroupOfSoc(primary.soc) };
}

export function roleSummary(role: Role): RoleSummary {
  return {
    id: role.id,
    title: role.title,
    family: role.family,
    seniority: role.seniority,
    medianSalary: role.salary.median,
    growthPct: role.outlook.growthPct,
    aliases: [...role.aliases],
    ...occupationOf(role),
    reviewed: !role.catalog,
  };
}

/**
 * Roles sorted by title, or by relevance when a search query is given: a role or job title that matches the
 * query exactly ("Staff Nurse") first, then the fuzzy matches.
 */
export function listRoles(kb: KnowledgeBase, input: RoleListRequest = {}): RoleSummary[] {
  const { search: query, family } = parseRequest(RoleListRequestSchema, input);
  const exact = query ? kb.roleByName.get(normalizeName(query)) : undefined;
  const roles = query
    ? [...new Set([...(exact ? [exact] : []), ...kb.searchRoles(query, kb.roles.length)])].flatMap(
        (id) => kb.role.get(id) ?? [],
      )
    : [...kb.roles].sort((a, b) => a.title.localeCompare(b.title));
  return roles.filter((role) => !family || role.family === family).map(roleSummary);
}
