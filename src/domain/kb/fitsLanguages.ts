import type { Resource } from './schemas.ts';

/**
 * A resource fits a learner of `skillId` when it is not tied to a programming language, teaches that language
 * itself, or teaches in one of `languages` (those the target role or the learner uses).
 */
export function fitsLanguages(resource: Resource, skillId: string, languages: ReadonlySet<string>): boolean {
  return resource.language === undefined || resource.language === skillId || languages.has(resource.language);
}
