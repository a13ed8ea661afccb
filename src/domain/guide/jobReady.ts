import type { RoleSkill } from '../kb/schemas.ts';

/**
 * DESIGN §5.4 (amended): the level a newcomer must show to be hired. Experienced people work a level above it
 * wherever the role asks for advanced or expert work; important skills are hired at working level at most and
 * nice-to-have ones at basic. A role's explicit `hireLevel` wins. The rule is written in ARCHITECTURE.md.
 */
export function jobReadyLevel(link: Pick<RoleSkill, 'level' | 'importance' | 'hireLevel'>): number {
  if (link.hireLevel !== undefined) return Math.min(link.hireLevel, link.level);
  const { level } = link;
  switch (link.importance) {
    case 'core':
      return level >= 4 ? level - 1 : level;
    case 'important':
      return level <= 2 ? level : Math.min(level - 1, 3);
    case 'nice':
      return Math.min(level, 2);
  }
}
