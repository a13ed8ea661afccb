import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import { derive } from './derived.ts';
import type { Person } from './person.ts';

/** What the engine needs of where a person starts: a role, or just a set of known skills. */
export type SourceProfile = Pick<Role, 'skills' | 'seniority'> &
  Partial<Pick<Role, 'background' | 'credential' | 'family' | 'elements' | 'education'>>;

export interface Held {
  readonly level: number;
  /** Set when the level comes from a related skill rather than the skill itself. */
  readonly via?: { readonly skill: string; readonly level: number; readonly transfer: number };
}

/** Holding a skill at level L implies its prerequisites at L − 1, up to working level. */
const IMPLIED_PREREQUISITE_CAP = 3;

/**
 * The person's own levels: the source role's profile, its occupation's O*NET element levels and the background
 * its education and experience give,
 * with anything the person stated overriding both, plus the prerequisites those skills imply (nobody writes
 * advanced Python without programming fundamentals).
 */
export function profileOf(
  kb: KnowledgeBase,
  source: SourceProfile,
  person: Person,
): ReadonlyMap<string, number> {
  const profile = new Map<string, number>();
  for (const link of [...(source.elements ?? []), ...(source.background ?? []), ...source.skills]) {
    profile.set(link.skill, Math.max(profile.get(link.skill) ?? 0, link.level));
  }
  for (const [skill, level] of Object.entries(person.known)) profile.set(skill, level);
  const pending = [...profile.keys()];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    const implied = Math.min((profile.get(id) ?? 0) - 1, IMPLIED_PREREQUISITE_CAP);
    if (implied <= 0) continue;
    for (const prerequisite of kb.skill.get(id)?.prerequisites ?? []) {
      if ((profile.get(prerequisite) ?? 0) < implied) {
        profile.set(prerequisite, implied);
        pending.push(prerequisite);
      }
    }
  }
  return profile;
}

/** DESIGN §5.1: h(t) = max(own level, max over related r of floor(level(r) × transfer(r,t))). */
export function heldLevel(kb: KnowledgeBase, profile: ReadonlyMap<string, number>, skill: string): Held {
  const own = profile.get(skill) ?? 0;
  let best: Held = { level: own };
  for (const { from, transfer } of derive(kb).transferInto.get(skill) ?? []) {
    const fromLevel = profile.get(from) ?? 0;
    const credited = Math.floor(fromLevel * transfer);
    if (credited > best.level) best = { level: credited, via: { skill: from, level: fromLevel, transfer } };
  }
  return best;
}
