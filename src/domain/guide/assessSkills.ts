import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Importance, Role } from '../kb/schemas.ts';
import { derive } from './derived.ts';
import type { Priority } from './guideSchema.ts';
import type { SourceProfile } from './heldLevels.ts';
import { type Held, heldLevel, profileOf } from './heldLevels.ts';
import { hoursBetween } from './hours.ts';
import { jobReadyLevel } from './jobReady.ts';
import type { Person } from './person.ts';
import { IMPORTANCE_RANK, IMPORTANCE_WEIGHT, PRIORITY_OF, PRIORITY_RANK } from './priority.ts';

/** A prerequisite the person lacks is learned to this level ("basic") unless the target needs more. */
export const PREREQUISITE_LEVEL = 2;
/** Held at this level or above, a skill counts as carrying over (DESIGN §5.3). */
export const TRANSFER_LEVEL = 3;
/** A skill held at basic level or better that already meets the target's hiring bar carries over as well. */
export const MATCHED_TRANSFER_LEVEL = 2;

export interface TargetSkill {
  readonly skill: string;
  readonly importance: Importance;
  /** The job-ready level: what a newcomer must show to be hired (DESIGN §5.4, `jobReadyLevel`). */
  readonly required: number;
  /** The level the role's experienced people work at; the job grows a newcomer from `required` to here. */
  readonly roleLevel: number;
  readonly held: Held;
  readonly usage: string;
}

export interface Transferable {
  /** The skill the person holds (may differ from the target skill when credit comes via a related one). */
  readonly skill: string;
  readonly level: number;
  readonly target: TargetSkill;
  /** Hours to close the last level through practice, when held one level below what the role needs. */
  readonly topUpHours: number;
}

export interface Gap {
  readonly skill: string;
  readonly priority: Priority;
  readonly fromLevel: number;
  readonly toLevel: number;
  /** Hours from `fromLevel` to `toLevel` by the skill's `hoursToLevel`, before any course is shared. */
  readonly hours: number;
  /** Nice-to-have gaps (and prerequisites only they need): listed with their hours, outside the headline. */
  readonly optional: boolean;
  /** Gap skills this one is a prerequisite for (empty for the target's own skills). */
  readonly requiredFor: readonly string[];
  readonly target?: TargetSkill;
}

export interface SkillAssessment {
  readonly targetSkills: readonly TargetSkill[];
  readonly score: number;
  readonly matched: number;
  readonly total: number;
  readonly transferable: readonly Transferable[];
  /** Every gap, required and optional, with hours before courses are shared. */
  readonly gaps: readonly Gap[];
  readonly topUpHours: number;
}

/** DESIGN §5.3: held at working level within a level of the hiring bar, or at basic or better and at the bar. */
export function carriesOver(t: Pick<TargetSkill, 'held' | 'required'>): boolean {
  return (
    (t.held.level >= TRANSFER_LEVEL && t.required - t.held.level <= 1) ||
    (t.held.level >= MATCHED_TRANSFER_LEVEL && t.held.level >= t.required)
  );
}

function compareTargets(a: TargetSkill, b: TargetSkill): number {
  return IMPORTANCE_RANK[a.importance] - IMPORTANCE_RANK[b.importance] || a.skill.localeCompare(b.skill);
}

/** DESIGN §5.1–5.4: held levels, match, what carries over and what must be learned. */
export function assessSkills(
  kb: KnowledgeBase,
  source: SourceProfile,
  target: Role,
  person: Person,
): SkillAssessment {
  const profile = profileOf(kb, source, person);
  const targetSkills: TargetSkill[] = target.skills
    .map((link) => ({
      skill: link.skill,
      importance: link.importance,
      required: jobReadyLevel(link),
      roleLevel: link.level,
      held: heldLevel(kb, profile, link.skill),
      usage: link.usage,
    }))
    .sort(compareTargets);

  let weighted = 0;
  let weights = 0;
  let matched = 0;
  for (const t of targetSkills) {
    const w = IMPORTANCE_WEIGHT[t.importance];
    weighted += (w * Math.min(t.held.level, t.required)) / t.required;
    weights += w;
    if (t.held.level >= t.required) matched++;
  }

  const transferable: Transferable[] = [];
  const gaps = new Map<string, Gap>();
  const skillOf = (id: string) => kb.skill.get(id);
  for (const t of targetSkills) {
    const skill = skillOf(t.skill);
    if (!skill) continue;
    const hours = hoursBetween(skill, t.held.level, t.required);
    const nearMatch = carriesOver(t);
    if (nearMatch) {
      transferable.push({
        skill: t.held.via?.skill ?? t.skill,
        level: t.held.via?.level ?? t.held.level,
        target: t,
        topUpHours: Math.round(hours),
      });
    } else if (hours > 0) {
      gaps.set(t.skill, {
        skill: t.skill,
        priority: PRIORITY_OF[t.importance],
        fromLevel: t.held.level,
        toLevel: t.required,
        hours,
        optional: t.importance === 'nice',
        requiredFor: [],
        target: t,
      });
    }
  }
  addPartialTransfers(kb, profile, targetSkills, transferable);
  // Required gaps claim their prerequisites first, so a prerequisite is optional only when nothing required needs it.
  addMissingPrerequisites(kb, profile, targetSkills, gaps, false);
  addMissingPrerequisites(kb, profile, targetSkills, gaps, true);

  return {
    targetSkills,
    score: weights === 0 ? 0 : Math.round((weighted / weights) * 1000) / 1000,
    matched,
    total: targetSkills.length,
    transferable: transferable.slice(0, 8),
    gaps: [...gaps.values()],
    topUpHours: transferable.reduce((sum, item) => sum + item.topUpHours, 0),
  };
}

/**
 * Skills held at working level that the target does not list but that give partial credit toward a skill it
 * still lacks (Java toward Python): they carry over, even though the target skill itself has to be learned.
 */
function addPartialTransfers(
  kb: KnowledgeBase,
  profile: ReadonlyMap<string, number>,
  targetSkills: readonly TargetSkill[],
  transferable: Transferable[],
): void {
  const shown = new Set(transferable.map((item) => item.skill));
  const inTarget = new Set(targetSkills.map((t) => t.skill));
  const transferInto = derive(kb).transferInto;
  for (const t of targetSkills) {
    if (t.held.level >= t.required) continue;
    for (const { from } of transferInto.get(t.skill) ?? []) {
      const level = profile.get(from) ?? 0;
      if (level < TRANSFER_LEVEL || shown.has(from) || inTarget.has(from)) continue;
      shown.add(from);
      transferable.push({ skill: from, level, target: t, topUpHours: 0 });
    }
  }
  transferable.sort(
    (a, b) =>
      IMPORTANCE_RANK[a.target.importance] - IMPORTANCE_RANK[b.target.importance] ||
      Number(a.skill !== a.target.skill) - Number(b.skill !== b.target.skill) ||
      b.level - a.level ||
      a.skill.localeCompare(b.skill),
  );
}

/** DESIGN §5.5: a prerequisite the person lacks becomes a gap of its own, transitively. */
function addMissingPrerequisites(
  kb: KnowledgeBase,
  profile: ReadonlyMap<string, number>,
  targetSkills: readonly TargetSkill[],
  gaps: Map<string, Gap>,
  optional: boolean,
): void {
  const inTarget = new Set(targetSkills.map((t) => t.skill));
  const queue = [...gaps.values()]
    .filter((gap) => gap.optional === optional)
    .map((gap) => gap.skill)
    .sort();
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const gap = gaps.get(id);
    const skill = kb.skill.get(id);
    if (!gap || !skill) continue;
    for (const prerequisite of skill.prerequisites) {
      const existing = gaps.get(prerequisite);
      if (existing) {
        // A nice-to-have skill that a required gap builds on is no longer optional.
        const promoted = existing.optional && !gap.optional;
        if (!existing.requiredFor.includes(id) || promoted) {
          gaps.set(prerequisite, {
            ...existing,
            optional: existing.optional && gap.optional,
            priority: higher(existing.priority, gap.priority),
            requiredFor: [...new Set([...existing.requiredFor, id])].sort(),
          });
          if (promoted) queue.push(prerequisite);
        }
        continue;
      }
      if (inTarget.has(prerequisite)) continue;
      const prerequisiteSkill = kb.skill.get(prerequisite);
      if (!prerequisiteSkill) continue;
      const held = heldLevel(kb, profile, prerequisite).level;
      const hours = hoursBetween(prerequisiteSkill, held, PREREQUISITE_LEVEL);
      if (held >= PREREQUISITE_LEVEL || hours <= 0) continue;
      gaps.set(prerequisite, {
        skill: prerequisite,
        priority: gap.priority,
        fromLevel: held,
        toLevel: PREREQUISITE_LEVEL,
        hours,
        optional,
        requiredFor: [id],
      });
      queue.push(prerequisite);
    }
  }
}

function higher(a: Priority, b: Priority): Priority {
  return PRIORITY_RANK[a] <= PRIORITY_RANK[b] ? a : b;
}
