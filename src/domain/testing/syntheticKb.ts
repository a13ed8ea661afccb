import { createKnowledgeBase, type KbEntities, type KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Importance, Role, RoleSkill } from '../kb/schemas.ts';

/**
 * A knowledge base of `roles` roles for scaling measurements and tests (issue 15 §4): the curated roles as they
 * are, then clones of them with new ids and titles, perturbed skill levels and importances, a skill or two
 * dropped or borrowed from another role, and pay moved a little. Skills, resources and everything else are the
 * real ones, so every number still comes from the real model. The same seed gives the same KB.
 */
export function syntheticKb(
  base: KnowledgeBase,
  roles: number,
  options: {
    readonly seed?: number;
    /** How the loader indexes entities (the fuzzy name search); a plain exact-id search by default. */
    readonly index?: (entities: KbEntities, kbVersion: string) => KnowledgeBase;
  } = {},
): KnowledgeBase {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const originals = base.roles;
  const clones: Role[] = [];
  for (let i = 0; originals.length + clones.length < roles; i++) {
    const model = originals[i % originals.length] as Role;
    const variant = Math.floor(i / originals.length) + 1;
    clones.push(cloneRole(model, variant, random, pick(originals)));
  }
  const entities: KbEntities = {
    roles: [...originals, ...clones],
    skills: base.skills,
    resources: base.resources,
    certifications: base.certifications,
    traits: base.traits,
    sources: base.sources,
  };
  const version = `${base.kbVersion}+synthetic.${roles}`;
  if (options.index) return options.index(entities, version);
  const byId = (ids: readonly string[]) => (query: string, limit: number) =>
    ids.filter((id) => id === query).slice(0, limit);
  return createKnowledgeBase(entities, version, {
    roles: byId(entities.roles.map((role) => role.id)),
    skills: byId(entities.skills.map((skill) => skill.id)),
  });
}

const IMPORTANCES: readonly Importance[] = ['core', 'important', 'nice'];

function cloneRole(model: Role, variant: number, random: () => number, donor: Role): Role {
  const clamp = (level: number) => Math.max(1, Math.min(5, level));
  const perturbed: RoleSkill[] = model.skills.flatMap((link): RoleSkill[] => {
    // Drop about one skill in eight that is not core, as related jobs differ in what they touch.
    if (link.importance !== 'core' && random() < 0.12) return [];
    const level = random() < 0.3 ? clamp(link.level + (random() < 0.5 ? -1 : 1)) : link.level;
    const importance =
      random() < 0.15
        ? (IMPORTANCES[Math.floor(random() * IMPORTANCES.length)] as Importance)
        : link.importance;
    const { hireLevel, ...rest } = link;
    return [
      {
        ...rest,
        level,
        importance,
        ...(hireLevel === undefined ? {} : { hireLevel: Math.min(hireLevel, level) }),
      },
    ];
  });
  const held = new Set(perturbed.map((link) => link.skill));
  // Borrow a skill or two from another role, at a level at most working.
  for (const link of donor.skills) {
    if (perturbed.length >= 20 || held.has(link.skill) || random() > 0.15) continue;
    const { hireLevel: _, ...rest } = link;
    perturbed.push({
      ...rest,
      level: Math.min(link.level, 3),
      importance: random() < 0.5 ? 'important' : 'nice',
    });
    held.add(link.skill);
  }
  // A role keeps at least 8 skills: put back dropped ones in their original order.
  for (const link of model.skills) {
    if (perturbed.length >= 8) break;
    if (!held.has(link.skill)) {
      perturbed.push(link);
      held.add(link.skill);
    }
  }
  const scale = 0.8 + random() * 0.45;
  const pay = (value: number) => Math.round((value * scale) / 100) * 100;
  const growthPct = Math.round((model.outlook.growthPct + (random() - 0.5) * 6) * 10) / 10;
  return {
    ...model,
    id: `${model.id}-v${variant}`,
    title: `${model.title} (variant ${variant})`,
    aliases: [],
    skills: perturbed,
    salary: {
      ...model.salary,
      p25: pay(model.salary.p25),
      median: pay(model.salary.median),
      p75: pay(model.salary.p75),
    },
    outlook: { ...model.outlook, growthPct },
  };
}

/** A small seeded PRNG (mulberry32): the generator's only source of randomness, so its output is reproducible. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
