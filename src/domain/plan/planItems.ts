import { z } from 'zod';
import { type Guide, ResourceRefSchema } from '../guide/guideSchema.ts';
import { levelName } from '../guide/words.ts';

/** One box of a plan's checklist. */
export const PlanItemSchema = z.object({
  /** Stable across KB versions for the same skill or the same task text. */
  id: z.string(),
  label: z.string(),
  phaseIndex: z.number().int(),
  /** Share of the plan's weeks this item stands for (used to judge "on track"). */
  weeks: z.number(),
  /** For a skill: the resources the guide picked to learn it with (the first two). */
  resources: z.array(ResourceRefSchema),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a task's text (not a security hash). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The checklist of a guide: in learning phases one item per skill to learn; in portfolio and job-search phases
 * one item per task.
 */
export function planItems(guide: Guide): PlanItem[] {
  const items: PlanItem[] = [];
  for (const phase of guide.roadmap) {
    const learning = phase.kind === 'foundations' || phase.kind === 'core' || phase.kind === 'specialization';
    if (learning) {
      for (const skillId of phase.skills) {
        const skill = guide.skillsToLearn.find((entry) => entry.skill.id === skillId);
        if (!skill) continue;
        items.push({
          id: `skill-${skillId}`,
          label: `Reach ${levelName(skill.toLevel)} level in ${skill.skill.name}`,
          phaseIndex: phase.index,
          weeks: skill.weeks,
          resources: skill.resources.slice(0, 2),
        });
      }
    } else {
      for (const task of phase.tasks) {
        items.push({
          id: `task-${phase.kind}-${shortHash(task)}`,
          label: task,
          phaseIndex: phase.index,
          weeks: phase.weeks / Math.max(phase.tasks.length, 1),
          resources: [],
        });
      }
    }
  }
  return items;
}
