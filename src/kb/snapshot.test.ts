import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGuide } from '../domain/guide/buildGuide.ts';
import { DEFAULT_PERSON } from '../domain/guide/person.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { loadKnowledgeBase } from './loadKnowledgeBase.ts';
import { contentFingerprint, loadWithSnapshot, readSnapshot, writeSnapshot } from './snapshot.ts';

const bundled = join(import.meta.dirname, '..', '..', 'content');

describe('KB snapshot', () => {
  let work: string;
  let dir: string;
  let file: string;
  let validated: KnowledgeBase;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'pathway-snapshot-'));
    dir = join(work, 'content');
    file = join(work, 'cache', 'kb-snapshot.json');
    cpSync(bundled, dir, { recursive: true });
    const loaded = loadKnowledgeBase(dir);
    if (!loaded.ok) throw new Error('the bundled KB must be valid');
    validated = loaded.kb;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives back the same KB as a full load: entities, searches and guides', () => {
    writeSnapshot(file, dir, validated);
    const restored = readSnapshot(file, dir);
    expect(restored).toBeDefined();
    const kb = restored as KnowledgeBase;
    expect(kb.kbVersion).toBe(validated.kbVersion);
    for (const kind of ['roles', 'skills', 'resources', 'certifications', 'traits', 'sources'] as const) {
      expect(kb[kind]).toEqual(validated[kind]);
    }
    expect(kb.searchRoles('ml enginer', 3)).toEqual(validated.searchRoles('ml enginer', 3));
    const [from, to] = [kb.role.get('teacher'), kb.role.get('instructional-designer')];
    const [from0, to0] = [validated.role.get('teacher'), validated.role.get('instructional-designer')];
    if (!from || !to || !from0 || !to0) throw new Error('the bundled KB has these roles');
    expect(buildGuide(kb, from, to, DEFAULT_PERSON)).toEqual(
      buildGuide(validated, from0, to0, DEFAULT_PERSON),
    );
  });

  it("gives back the catalogue's roles and every title in the same order, from a file of ASCII only", async () => {
    rmSync(file, { force: true });
    const full = await loadWithSnapshot(dir, file);
    const stored = await loadWithSnapshot(dir, file);
    if (!full.ok || !stored.ok) throw new Error('the bundled KB must be valid');
    expect([full.from, stored.from]).toEqual(['content', 'snapshot']);
    expect(full.kb.roleByName.size).toBeGreaterThan(40_000);
    expect([...stored.kb.roleByName]).toEqual([...full.kb.roleByName]);
    expect(stored.kb.roles).toEqual(full.kb.roles);
    expect(stored.kb.skills).toEqual(full.kb.skills);
    // Read as Latin-1, which only ASCII survives unchanged; the content has accented names.
    expect(readFileSync(file, 'latin1')).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.stringify(full.kb.roles)).toMatch(/[^\x20-\x7e]/);
  });

  it('is not used once any content file changes, is added or is removed', () => {
    writeSnapshot(file, dir, validated);
    const before = contentFingerprint(dir);
    const role = join(dir, 'roles', 'teacher.yaml');
    const text = readFileSync(role, 'utf8');
    writeFileSync(role, `${text}\n`);
    expect(contentFingerprint(dir)).not.toBe(before);
    expect(readSnapshot(file, dir)).toBeUndefined();
    writeFileSync(role, text);
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(role, past, past);
    expect(readSnapshot(file, dir)).toBeUndefined();
    writeSnapshot(file, dir, validated);
    expect(readSnapshot(file, dir)).toBeDefined();
    writeFileSync(join(dir, 'roles', 'extra.yaml'), 'title: Extra\n');
    expect(readSnapshot(file, dir)).toBeUndefined();
    rmSync(join(dir, 'roles', 'extra.yaml'));
  });

  it('validates in full when there is no snapshot or it is unreadable, then stores one', async () => {
    rmSync(file, { force: true });
    expect((await loadWithSnapshot(dir, file)).from).toBe('content');
    expect((await loadWithSnapshot(dir, file)).from).toBe('snapshot');
    writeFileSync(file, '{"format": 1, "fingerprint": "trunc');
    const again = await loadWithSnapshot(dir, file);
    expect(again).toMatchObject({ ok: true, from: 'content' });
  });

  it('never stores an invalid KB: problems come back and the next load validates again', async () => {
    const broken = join(work, 'broken');
    cpSync(dir, broken, { recursive: true });
    writeFileSync(join(broken, 'roles', 'teacher.yaml'), 'title: [unclosed\n');
    const brokenFile = join(work, 'broken-snapshot.json');
    const loaded = await loadWithSnapshot(broken, brokenFile);
    expect(loaded.ok).toBe(false);
    expect(readSnapshot(brokenFile, broken)).toBeUndefined();
  });
});
