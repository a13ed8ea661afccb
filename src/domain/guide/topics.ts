import type { Skill } from '../kb/schemas.ts';
import { LEVEL_NAMES } from './words.ts';

type LevelName = Exclude<(typeof LEVEL_NAMES)[number], 'none'>;

/** The skill's concrete topics for the levels above `fromLevel` up to and including `toLevel`. */
export function topicsBetween(skill: Skill | undefined, fromLevel: number, toLevel: number): string[] {
  const topics = skill?.topics;
  if (!topics) return [];
  const result: string[] = [];
  for (let level = Math.max(1, fromLevel + 1); level <= Math.min(5, toLevel); level++) {
    result.push(...(topics[LEVEL_NAMES[level] as LevelName] ?? []));
  }
  return result;
}
