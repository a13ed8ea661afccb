import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { addedTitles, type KbEntities, type KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { type CompactRole, compactRoles, expandRoles, positions } from './compactRoles.ts';
import { hashTree } from './fingerprint.mjs';
import type { KbLoadResult } from './loadKnowledgeBase.ts';
import { indexKnowledgeBase } from './nameSearch.ts';

/** Bumped whenever the snapshot's shape changes, so an old file is never read as a new one. */
const SNAPSHOT_FORMAT = 4;

interface Snapshot {
  readonly format: number;
  readonly fingerprint: string;
  readonly kbVersion: string;
  readonly entities: Omit<KbEntities, 'titles' | 'roles'> & { readonly roles: readonly CompactRole[] };
  /**
   * The catalogue's ~50,000 titles (`addedTitles`) as two lists, each title's key and the position of its role
   * in `entities.roles`: a third of the bytes of one object per title.
   */
  readonly titles: { readonly keys: readonly string[]; readonly roles: readonly number[] };
}

/**
 * JSON with every character beyond ASCII escaped (`\u00e9`): the file is then read as Latin-1, a plain copy
 * that makes a one-byte string, where UTF-8 text with a single accent would be decoded into a two-byte
 * string twice its size.
 */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * What the content looked like: every file's path, size and modification time. Cheap (no file is read), and
 * any edit, added or removed file changes it.
 */
export function contentFingerprint(dir: string): string {
  const hash = createHash('sha256').update(`format ${SNAPSHOT_FORMAT}\n`);
  hashTree(hash, dir, dir);
  return hash.digest('hex');
}

/** The validated KB of `dir` as stored in `file`, or undefined when there is none or the content changed since. */
export function readSnapshot(file: string, dir: string): KnowledgeBase | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'latin1')) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.fingerprint !== contentFingerprint(dir))
    return undefined;
  const { entities } = snapshot;
  const roles = expandRoles(entities.roles, entities.skills);
  const { keys, roles: titleRoles } = snapshot.titles;
  const titles = keys.map((key, i) => ({ key, role: roles[titleRoles[i] as number]?.id as string }));
  return indexKnowledgeBase({ ...entities, roles, titles }, snapshot.kbVersion);
}

/** Stores a KB that passed full validation, for `readSnapshot` to trust while `dir` is unchanged. */
export function writeSnapshot(file: string, dir: string, kb: KnowledgeBase): void {
  const { kbVersion, roles, skills, resources, certifications, traits, sources } = kb;
  const roleAt = positions(roles.map((role) => role.id));
  const titles = addedTitles(kb);
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    fingerprint: contentFingerprint(dir),
    kbVersion,
    entities: { roles: compactRoles(roles, skills), skills, resources, certifications, traits, sources },
    titles: {
      keys: titles.map((title) => title.key),
      roles: titles.map((title) => roleAt(title.role)),
    },
  };
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so a reader never sees half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, asciiJson(snapshot));
  renameSync(partial, file);
}

export type SnapshotLoad = KbLoadResult & { readonly from: 'snapshot' | 'content' };

/**
 * The product's KB (with the catalogue's roles) from `file` while `dir` is unchanged; otherwise parsed and
 * validated in full from `dir` (the YAML reader
 * is only loaded then) and, when valid, stored in `file` for the next start. A snapshot that cannot be written
 * (a read-only install) costs nothing but the next start's speed.
 */
export async function loadWithSnapshot(dir: string, file: string): Promise<SnapshotLoad> {
  const stored = readSnapshot(file, dir);
  if (stored) return { ok: true, kb: stored, from: 'snapshot' };
  const { loadKnowledgeBase } = await import('./loadKnowledgeBase.ts');
  return { ...keepSnapshot(file, dir, loadKnowledgeBase(dir, { catalog: true })), from: 'content' };
}

/** Stores a KB that just passed full validation (an invalid one is never stored), then gives the result back. */
export function keepSnapshot(file: string, dir: string, loaded: KbLoadResult): KbLoadResult {
  if (loaded.ok) {
    try {
      writeSnapshot(file, dir, loaded.kb);
    } catch {
      // Not writable (a read-only install): the next load validates again.
    }
  }
  return loaded;
}
