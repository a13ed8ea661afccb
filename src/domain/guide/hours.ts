import type { Skill } from '../kb/schemas.ts';

/** Hours from level 0 to `level` (level 0 costs nothing). */
export function hoursTo(skill: Skill, level: number): number {
  return level <= 0 ? 0 : (skill.hoursToLevel[Math.min(level, 5) - 1] ?? 0);
}

/** DESIGN §5.4: hours = hoursToLevel[L] − hoursToLevel[h]. */
export function hoursBetween(skill: Skill, fromLevel: number, toLevel: number): number {
  return Math.max(0, hoursTo(skill, toLevel) - hoursTo(skill, fromLevel));
}

export function weeksFor(hours: number, hoursPerWeek: number): number {
  return hours <= 0 ? 0 : Math.ceil(hours / hoursPerWeek);
}
