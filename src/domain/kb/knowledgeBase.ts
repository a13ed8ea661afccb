import { normalizeName } from './normalizeName.ts';
import type { Certification, Resource, Role, Skill, Source, Trait } from './schemas.ts';

/** Another name a role answers to (a catalogue occupation's alternate or reported job title), by its `normalizeName` key. */
export interface RoleTitle {
  readonly key: string;
  readonly role: string;
}

export interface KbEntities {
  readonly roles: readonly Role[];
  /** Job titles beyond the roles' own names and aliases, most authoritative first; the first role named wins. */
  readonly titles?: readonly RoleTitle[];
  readonly skills: readonly Skill[];
  readonly resources: readonly Resource[];
  readonly certifications: readonly Certification[];
  readonly traits: readonly Trait[];
  readonly sources: readonly Source[];
}

/** A name search injected by the loader (fuzzy matching lives outside the pure domain). */
export type NameSearch = (query: string, limit: number) => readonly string[];

/** The KB keeps no `titles`: they are in `roleByName`, and `addedTitles` gives them back. */
export interface KnowledgeBase extends Omit<KbEntities, 'titles'> {
  readonly kbVersion: string;
  readonly role: ReadonlyMap<string, Role>;
  readonly skill: ReadonlyMap<string, Skill>;
  readonly resource: ReadonlyMap<string, Resource>;
  readonly certification: ReadonlyMap<string, Certification>;
  readonly trait: ReadonlyMap<string, Trait>;
  readonly source: ReadonlyMap<string, Source>;
  /** Resources teaching each skill, ordered free first, then by hours and id. */
  readonly resourcesBySkill: ReadonlyMap<string, readonly Resource[]>;
  /** Normalized title, id or alias → role id. */
  readonly roleByName: ReadonlyMap<string, string>;
  /** Normalized name, id or alias → skill id. */
  readonly skillByName: ReadonlyMap<string, string>;
  readonly searchRoles: NameSearch;
  readonly searchSkills: NameSearch;
}

function indexById<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function indexNames<T extends { readonly id: string; readonly aliases: readonly string[] }>(
  items: readonly T[],
  nameOf: (item: T) => string,
): Map<string, string> {
  const byName = new Map<string, string>();
  for (const item of items) {
    for (const name of [item.id, nameOf(item), ...item.aliases]) {
      const key = normalizeName(name);
      if (key && !byName.has(key)) byName.set(key, item.id);
    }
  }
  return byName;
}

const roleNames = (roles: readonly Role[]) => indexNames(roles, (role) => role.title);

/**
 * The titles `roleByName` holds beyond the roles' own names, in its order: given to `createKnowledgeBase` as
 * `titles` with the same roles, they make the same `roleByName` (what the KB snapshot stores).
 */
export function addedTitles(kb: KnowledgeBase): RoleTitle[] {
  const own = roleNames(kb.roles);
  return [...kb.roleByName].flatMap(([key, role]) => (own.has(key) ? [] : [{ key, role }]));
}

/** Adds the titles to the roles' own names (a fresh map from `roleNames`), in place: the first role named wins. */
function withTitles(byName: Map<string, string>, titles: readonly RoleTitle[]): ReadonlyMap<string, string> {
  for (const { key, role } of titles) if (key && !byName.has(key)) byName.set(key, role);
  return byName;
}

function compareResources(a: Resource, b: Resource): number {
  const freeFirst = Number(a.costUsd > 0) - Number(b.costUsd > 0);
  if (freeFirst !== 0) return freeFirst;
  return a.hours - b.hours || a.id.localeCompare(b.id);
}

/** Freezes `value` and everything below it; loops without `Object.values`, which made an array per object. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (const inner of value) deepFreeze(inner);
    else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Builds the immutable, indexed knowledge base from validated entities. */
export function createKnowledgeBase(
  entities: KbEntities,
  kbVersion: string,
  search: { roles: NameSearch; skills: NameSearch },
): KnowledgeBase {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  const roles = byId(entities.roles);
  const skills = byId(entities.skills);
  const resources = byId(entities.resources);
  const resourcesBySkill = new Map<string, Resource[]>();
  for (const resource of resources) {
    for (const skillId of resource.skills) {
      const list = resourcesBySkill.get(skillId) ?? [];
      list.push(resource);
      resourcesBySkill.set(skillId, list);
    }
  }
  for (const list of resourcesBySkill.values()) list.sort(compareResources);
  const certifications = byId(entities.certifications);
  const traits = byId(entities.traits);
  const sources = byId(entities.sources);
  return deepFreeze({
    kbVersion,
    roles,
    skills,
    resources,
    certifications,
    traits,
    sources,
    role: indexById(roles),
    skill: indexById(skills),
    resource: indexById(resources),
    certification: indexById(certifications),
    trait: indexById(traits),
    source: indexById(sources),
    resourcesBySkill,
    roleByName: withTitles(roleNames(roles), entities.titles ?? []),
    skillByName: indexNames(skills, (skill) => skill.name),
    searchRoles: search.roles,
    searchSkills: search.skills,
  });
}
