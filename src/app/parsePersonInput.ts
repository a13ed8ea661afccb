import type { z } from 'zod';
import { MAX_KNOWN_SKILLS, type Person, PersonSchema } from '../domain/guide/person.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { normalizeName } from '../domain/kb/normalizeName.ts';
import { AppError } from './appError.ts';
import { checkNameLength } from './names.ts';
import type { PersonRequestSchema } from './requestFields.ts';

/** What a person said about themselves, checked against its schema; known skills are still names. */
export type PersonRequest = z.output<typeof PersonRequestSchema>;
type KnownSkillsInput = PersonRequest['know'];

const invalid = (field: string, message: string) => new AppError('invalid-input', message, { field });

/** Up to three skill names that look like `name`, for "did you mean". */
function suggestedSkillNames(kb: KnowledgeBase, name: string): string[] {
  return kb.searchSkills(name, 3).map((candidate) => kb.skill.get(candidate)?.name ?? candidate);
}

function resolveSkill(kb: KnowledgeBase, name: string, token: string): string {
  checkNameLength(name, 'know', 'skill');
  const id = kb.skillByName.get(normalizeName(name));
  if (id) return id;
  const suggestions = suggestedSkillNames(kb, name);
  const hint = suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : '';
  throw invalid('know', `unknown skill "${name}" in "${token}".${hint}`);
}

function parseLevel(value: string | number, token: string): number {
  const level = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isInteger(level) || level < 0 || level > 5) {
    throw invalid('know', `level in "${token}" must be a whole number from 0 to 5`);
  }
  return level;
}

/** Level words people write, beside the numbers 0–5. */
const LEVEL_WORDS: Record<string, number> = {
  none: 0,
  aware: 1,
  basic: 2,
  beginner: 2,
  working: 3,
  intermediate: 3,
  advanced: 4,
  expert: 5,
};
/** Ticking a skill without a level means "I have this": working level. */
export const DEFAULT_KNOWN_LEVEL = 3;

/** "python:4", "SQL: 3", "sql=3", "Python (advanced)" or just "excel" → [name, level, token]. */
function splitToken(token: string): [string, string | number, string] {
  const match = /^(.*?)\s*(?::|=|\()\s*([^():=]*?)\s*\)?$/.exec(token);
  if (!match?.[1]) return [token, DEFAULT_KNOWN_LEVEL, token];
  const word = match[2]?.toLowerCase() ?? '';
  return [match[1], word in LEVEL_WORDS ? (LEVEL_WORDS[word] as number) : word, token];
}

/** A skill name that matched nothing, with the names it may have meant. */
export interface UnrecognisedSkill {
  readonly text: string;
  readonly suggestions: string[];
}

type KnownEntry = [name: string, level: string | number, token: string];

/** "python:4, sql:3", "Python (advanced), excel" or {python: 4} → [name, level, token] per skill written. */
function knownEntries(know: KnownSkillsInput): KnownEntry[] {
  if (know === undefined || know === '') return [];
  return typeof know === 'string'
    ? know
        .split(',')
        .map((token) => token.trim())
        .filter(Boolean)
        .map(splitToken)
    : Object.entries(know).map(([name, level]) => [name, level, `${name}: ${level}`]);
}

/** Skill id → level for entries, with every bad name or level named, and at most MAX_KNOWN_SKILLS of them. */
function levelsOf(kb: KnowledgeBase, entries: readonly KnownEntry[]): Record<string, number> {
  if (entries.length > MAX_KNOWN_SKILLS) throw invalid('know', `at most ${MAX_KNOWN_SKILLS} known skills`);
  const known: Record<string, number> = {};
  for (const [name, level, token] of entries)
    known[resolveSkill(kb, name.trim(), token)] = parseLevel(level, token);
  return known;
}

/**
 * As parseKnownSkills, but names that match no skill are set aside and returned with suggestions rather than
 * refused: for surfaces that list them back ("we did not recognise 'vba'") and go on with the rest.
 */
export function parseKnownSkillsLenient(
  kb: KnowledgeBase,
  know: KnownSkillsInput,
): { known: Record<string, number>; unrecognised: UnrecognisedSkill[] } {
  const unrecognised: UnrecognisedSkill[] = [];
  const recognised = knownEntries(know).filter(([name]) => {
    checkNameLength(name, 'know', 'skill');
    if (kb.skillByName.has(normalizeName(name.trim()))) return true;
    unrecognised.push({ text: name.trim(), suggestions: suggestedSkillNames(kb, name) });
    return false;
  });
  return { known: levelsOf(kb, recognised), unrecognised };
}

/**
 * "python:4, sql:3", "Python (advanced), excel" or {python: 4} → skill id → level, with every bad token named.
 * A skill written without a level counts as held at working level.
 */
export function parseKnownSkills(kb: KnowledgeBase, know: KnownSkillsInput): Record<string, number> {
  return levelsOf(kb, knownEntries(know));
}

/** The person a checked request describes: known skills resolved to ids, defaults for what was not given. */
export function parsePersonInput(kb: KnowledgeBase, request: PersonRequest): Person {
  return PersonSchema.parse({
    known: parseKnownSkills(kb, request.know),
    hoursPerWeek: request.hours,
    budget: request.budget,
    currentSalary: request.salary,
    startDate: request.start,
  });
}
