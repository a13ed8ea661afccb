import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseYamlFile, type YamlPath } from '../kb/yamlFile.ts';
import { type Credential, CredentialSchema } from './credentialSchema.ts';
import type { CatalogProblem } from './loadCatalog.ts';

/** The curated credentials, validated against the catalogue and indexed by the occupations they gate. */
export interface CredentialTable {
  /** In id order. */
  readonly credentials: readonly Credential[];
  /** O*NET-SOC code → the credentials that gate it, in id order. */
  readonly byOccupation: ReadonlyMap<string, readonly Credential[]>;
}

export type CredentialLoadResult =
  | { ok: true; table: CredentialTable }
  | { ok: false; problems: readonly CatalogProblem[] };

/** What the loader needs of the catalogue: whether an O*NET-SOC code is one of its occupations. */
export interface OccupationCodes {
  has(code: string): boolean;
}

/**
 * Reads every `*.yaml` in `dir` (content/credentials), validates each against `CredentialSchema` and the rules a
 * schema cannot state (ranges in order, codes in the catalogue, ids unique), and reports every problem at once as
 * `file:line: message`. Any problem means no table.
 */
export function loadCredentials(dir: string, occupations: OccupationCodes): CredentialLoadResult {
  const problems: CatalogProblem[] = [];
  const loaded: { credential: Credential; file: string; lineOf: (path: YamlPath) => number }[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  for (const name of files) {
    const file = join(dir, name);
    const read = parseYamlFile(file, readFileSync(file, 'utf8'));
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const parsed = read.yaml;
    const result = CredentialSchema.safeParse(parsed.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path as (string | number)[];
        problems.push({
          file,
          line: parsed.lineOf(path),
          message: `${path.map(String).join('.') || '(file)'}: ${issue.message}`,
        });
      }
      continue;
    }
    const at = (path: YamlPath, message: string) =>
      problems.push({ file, line: parsed.lineOf(path), message });
    ruleProblems(result.data, occupations, at);
    loaded.push({ credential: result.data, file, lineOf: parsed.lineOf });
  }
  const firstFileOf = new Map<string, string>();
  for (const { credential, file, lineOf } of loaded) {
    const first = firstFileOf.get(credential.id);
    if (first === undefined) firstFileOf.set(credential.id, file);
    else
      problems.push({
        file,
        line: lineOf(['id']),
        message: `id ${credential.id} is also used by ${basename(first)}`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, table: indexCredentials(loaded.map((entry) => entry.credential)) };
}

/** The rules that relate one file's fields to each other or to the catalogue. */
function ruleProblems(
  credential: Credential,
  occupations: OccupationCodes,
  at: (path: YamlPath, message: string) => void,
): void {
  const { programme, costUsd, experienceMonths } = credential;
  if (programme) {
    if (programme.minMonths > programme.maxMonths)
      at(
        ['programme', 'minMonths'],
        `programme: minMonths (${programme.minMonths}) is more than maxMonths (${programme.maxMonths})`,
      );
    if (programme.partTimeMaxMonths !== undefined && programme.partTimeMaxMonths < programme.maxMonths)
      at(
        ['programme', 'partTimeMaxMonths'],
        `programme: partTimeMaxMonths (${programme.partTimeMaxMonths}) is shorter than maxMonths (${programme.maxMonths})`,
      );
    if (
      credential.kind === 'apprenticeship' &&
      experienceMonths !== undefined &&
      experienceMonths > programme.maxMonths
    )
      at(
        ['experienceMonths'],
        `experienceMonths (${experienceMonths}) is earned inside the apprenticeship, so it cannot exceed maxMonths (${programme.maxMonths})`,
      );
  }
  if (costUsd && costUsd.min > costUsd.max)
    at(['costUsd', 'min'], `costUsd: min (${costUsd.min}) is more than max (${costUsd.max})`);
  const seen = new Set<string>();
  credential.occupations.forEach((code, index) => {
    if (seen.has(code)) at(['occupations', index], `occupation ${code} is listed twice`);
    seen.add(code);
    if (!occupations.has(code)) at(['occupations', index], `occupation ${code} is not in the catalogue`);
  });
}

function indexCredentials(credentials: readonly Credential[]): CredentialTable {
  const sorted = [...credentials].sort((a, b) => a.id.localeCompare(b.id));
  const byOccupation = new Map<string, Credential[]>();
  for (const credential of sorted) {
    deepFreeze(credential);
    for (const code of credential.occupations) {
      const list = byOccupation.get(code) ?? [];
      list.push(credential);
      byOccupation.set(code, list);
    }
  }
  for (const list of byOccupation.values()) Object.freeze(list);
  return Object.freeze({ credentials: Object.freeze(sorted), byOccupation });
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}
