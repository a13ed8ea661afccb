import type { KnowledgeBase } from '../kb/knowledgeBase.ts';

/** Facts about a KB that no person changes, computed once per KB and reused by every guide. */
export interface KbDerived {
  /** Skill t → skills that give partial credit for t, with the transfer factor (symmetric, strongest wins). */
  readonly transferInto: ReadonlyMap<string, readonly { from: string; transfer: number }[]>;
  /** Skill id → ids of every skill that lists it as a prerequisite. */
  readonly requiredBy: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<KnowledgeBase, KbDerived>();

export function derive(kb: KnowledgeBase): KbDerived {
  const cached = cache.get(kb);
  if (cached) return cached;
  // "Related" is similarity, so credit flows both ways; when both skills state a factor, the larger holds.
  const pairs = new Map<string, Map<string, number>>();
  const add = (from: string, to: string, transfer: number) => {
    const into = pairs.get(to) ?? new Map<string, number>();
    into.set(from, Math.max(into.get(from) ?? 0, transfer));
    pairs.set(to, into);
  };
  const requiredBy = new Map<string, string[]>();
  for (const skill of kb.skills) {
    for (const related of skill.related) {
      add(skill.id, related.skill, related.transfer);
      add(related.skill, skill.id, related.transfer);
    }
    for (const prerequisite of skill.prerequisites) {
      requiredBy.set(prerequisite, [...(requiredBy.get(prerequisite) ?? []), skill.id]);
    }
  }
  const transferInto = new Map(
    [...pairs].map(([to, from]) => [
      to,
      [...from]
        .map(([id, transfer]) => ({ from: id, transfer }))
        .sort((a, b) => b.transfer - a.transfer || a.from.localeCompare(b.from)),
    ]),
  );
  const derived = { transferInto, requiredBy };
  cache.set(kb, derived);
  return derived;
}
