import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import type { Skill } from '../domain/kb/schemas.ts';
import { AppError } from './appError.ts';
import { DEFAULT_KNOWN_LEVEL } from './parsePersonInput.ts';

/** A skill found in pasted text, with the level the text suggests and the words that suggest it. */
export interface ExtractedSkill {
  readonly id: string;
  readonly name: string;
  readonly level: number;
  /** The line it was found on, shortened: what the person checks before confirming. */
  readonly evidence: string;
}

export const MAX_EXTRACT_CHARS = 20_000;

/** Words that are ordinary English as well as a skill's name: matched only as written ("Go", not "go"). */
const ENGLISH_WORDS = new Set([
  'go',
  'rust',
  'swift',
  'lean',
  'epic',
  'chef',
  'stan',
  'raft',
  'expo',
  'dart',
  'node',
  'excel',
  'spark',
  'rest',
  'type',
  'access',
  'word',
  'bash',
]);
/** So ambiguous that even as written they count only as an item in a list ("Languages: Go, Rust"). */
const LIST_ONLY = new Set([
  'go',
  'r',
  'ad',
  'sam',
  'pm',
  'dr',
  'ia',
  'sh',
  'type',
  'lean',
  'epic',
  'rest',
  'node',
  'rust',
  'swift',
  'chef',
  'stan',
  'dart',
  'expo',
  'raft',
]);

interface Phrase {
  readonly skill: Skill;
  readonly pattern: RegExp;
  readonly listOnly: boolean;
  readonly length: number;
}

/** The names a skill goes by in a CV: its name, the parts of a compound name, and its aliases. */
function namesOf(skill: Skill): string[] {
  const names = new Set<string>([skill.name, ...skill.aliases]);
  const [head, inner] = skill.name.split(/\s*\(([^)]*)\)\s*/);
  // A piece of "X and Y" is a name of its own when it is several words or a proper name ("Kubernetes"); the first
  // word of a name is capitalised only because it comes first ("Building and construction" is not "building").
  const keep = (piece: string, first: boolean) =>
    piece.includes(' ') || (first ? /[A-Z]/.test(piece.slice(1)) : /[A-Z]/.test(piece));
  for (const part of [head, ...(inner ?? '').split(/,|\band\b/)]) {
    const trimmed = part?.trim();
    if (!trimmed) continue;
    names.add(trimmed);
    const pieces = trimmed.split(/\s+and\s+/).map((piece) => piece.trim());
    pieces.forEach((piece, i) => {
      if (pieces.length > 1 && keep(piece, i === 0)) names.add(piece);
    });
  }
  return [...names].filter((name) => name.length > 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const phraseCache = new WeakMap<KnowledgeBase, Phrase[]>();
function phrasesOf(kb: KnowledgeBase): Phrase[] {
  let phrases = phraseCache.get(kb);
  if (phrases) return phrases;
  phrases = kb.skills.flatMap((skill) =>
    namesOf(skill).map((name) => {
      const lower = name.toLowerCase();
      const acronym = /^[A-Z0-9]{1,4}$/.test(name);
      const exact = acronym || ENGLISH_WORDS.has(lower) || name.length <= 2;
      // A plural is the same skill ("REST APIs", "pivot tables"), for names that end in a letter.
      const body =
        escapeRegExp(name).replace(/\s+/g, '\\s+') +
        (/[a-z]$/i.test(name) && name.length > 3 ? '(?:e?s)?' : '');
      return {
        skill,
        pattern: new RegExp(`(?<![A-Za-z0-9+#])${body}(?![A-Za-z0-9+#]|\\.[A-Za-z])`, exact ? 'g' : 'gi'),
        listOnly: LIST_ONLY.has(lower),
        length: name.length,
      };
    }),
  );
  // Longest first, so "Machine learning engineering" wins over "Machine learning" on the same words.
  phrases.sort((a, b) => b.length - a.length);
  phraseCache.set(kb, phrases);
  return phrases;
}

/**
 * True when an ambiguous word is used as a skill: as an item in a list ("Languages: Go, Rust") or after "in",
 * "with" or "using" ("services written in Go"), not as a word in a sentence ("Go to market", "a dog called Rust").
 */
function usedAsSkill(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 3);
  const listed = /(^|[,;:/|•·(\-–]\s*)$/.test(before) && /^(\s*[,;/|•·)]|\s*$|\s*\n)/.test(after);
  return listed || /\b(in|with|using|and)\s+$/.test(before);
}

/** The clause around a mention: between list separators, plus a parenthesis right after it ("Python (basic)"). */
function clauseAround(text: string, start: number, end: number): string {
  const separators = /[,;•|\n]/;
  let from = start;
  while (from > 0 && !separators.test(text[from - 1] as string)) from--;
  let to = end;
  if (/^\s*\(/.test(text.slice(end, end + 3))) to = text.indexOf(')', end) + 1 || end;
  while (to < text.length && !separators.test(text[to] as string)) to++;
  return text.slice(from, to);
}

/** The level a line suggests for what it mentions: "expert", "5+ years" → advanced; "familiar" → basic. */
function levelFrom(context: string): number {
  const text = context.toLowerCase();
  const years = [...text.matchAll(/(\d{1,2})\s*\+?\s*(?:years?|yrs?)/g)].map((m) => Number(m[1]));
  if (
    /\b(expert|expertise|advanced|proficient in|deep knowledge|mastery|lead(?:ing)?|architected)\b/.test(text)
  )
    return 4;
  if (years.some((n) => n >= 5)) return 4;
  if (
    /\b(familiar|familiarity|exposure|basic|beginner|introductory|learning|coursework|some experience)\b/.test(
      text,
    )
  )
    return 2;
  return DEFAULT_KNOWN_LEVEL;
}

/**
 * Proposes known skills from pasted text (a CV, a LinkedIn skills list, a job description) by the knowledge
 * base's skill names and aliases, each with the level its line suggests. Nothing is stored; the person confirms.
 */
export function extractSkills(kb: KnowledgeBase, text: string): ExtractedSkill[] {
  if (text.length > MAX_EXTRACT_CHARS) {
    throw new AppError(
      'invalid-input',
      `paste at most ${MAX_EXTRACT_CHARS.toLocaleString('en-US')} characters (this text has ${text.length.toLocaleString('en-US')})`,
      { field: 'text' },
    );
  }
  const taken: [number, number][] = [];
  const found = new Map<string, { skill: Skill; at: number; level: number; evidence: string }>();
  for (const phrase of phrasesOf(kb)) {
    for (const match of text.matchAll(phrase.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      if (phrase.listOnly && !usedAsSkill(text, start, end)) continue;
      taken.push([start, end]);
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const lineEnd = text.indexOf('\n', end);
      const line = text
        .slice(lineStart, lineEnd === -1 ? undefined : lineEnd)
        .trim()
        .replace(/^[-•*·–]\s*/, '');
      // The words of its own clause decide its level, not a neighbour's "(basic)".
      const level = levelFrom(clauseAround(text, start, end));
      const previous = found.get(phrase.skill.id);
      if (previous && previous.level >= level && previous.at <= start) continue;
      found.set(phrase.skill.id, {
        skill: phrase.skill,
        at: Math.min(start, previous?.at ?? start),
        level: Math.max(level, previous?.level ?? 0),
        evidence: line.length > 100 ? `${line.slice(0, 97)}…` : line,
      });
    }
  }
  return [...found.values()]
    .sort((a, b) => a.at - b.at)
    .map(({ skill, level, evidence }) => ({ id: skill.id, name: skill.name, level, evidence }));
}

/** The `know` text for confirmed skills: "python:4,sql:3". */
export function knowText(skills: readonly { id: string; level: number }[]): string {
  return skills.map((skill) => `${skill.id}:${skill.level}`).join(',');
}
