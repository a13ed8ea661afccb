import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSkills, MAX_EXTRACT_CHARS } from '../src/app/extractSkills.ts';
import { bufferIo } from '../src/cli/io.ts';
import { runCli } from '../src/cli/runCli.ts';
import { loadConfig } from '../src/config/loadConfig.ts';
import { createApp } from '../src/server/createApp.tsx';
import { CONTENT_DIR, realKb } from './realKb.ts';
import { testDeps } from './testDeps.ts';

const kb = realKb();
const cv = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'cvs', `${name}.txt`), 'utf8');
const levels = (text: string) =>
  Object.fromEntries(extractSkills(kb, text).map((skill) => [skill.id, skill.level]));

describe('skills proposed from pasted text', () => {
  it('reads an operations analyst CV: tools, languages and their levels', () => {
    const found = levels(cv('data-analyst-cv'));
    expect(found).toMatchObject({ excel: 4, sql: 3, python: 3, pandas: 3, 'bi-tools': 3, postgresql: 3 });
    expect(Object.keys(found)).toEqual(
      expect.arrayContaining(['statistics', 'data-cleaning', 'stakeholder-management']),
    );
    // "Go to market support" is a phrase, not the Go language.
    expect(found).not.toHaveProperty('go');
    expect(found).not.toHaveProperty('go-to-market');
  });

  it('reads a teacher CV: curriculum design, a familiar authoring tool at basic, and no idioms', () => {
    const found = levels(cv('teacher-cv'));
    expect(found).toMatchObject({
      'curriculum-design': 4,
      'elearning-authoring': 2,
      'lms-administration': 3,
      excel: 3,
    });
    // "Lean on parents" is not Lean process improvement.
    expect(found).not.toHaveProperty('process-improvement');
    expect(found).not.toHaveProperty('python');
  });

  it('reads a developer CV: listed languages count, a dog called Rust and resting on weekends do not', () => {
    const found = levels(cv('backend-developer-cv'));
    expect(found).toMatchObject({
      go: 3,
      java: 3,
      python: 3,
      sql: 3,
      'api-design': 3,
      docker: 3,
      kubernetes: 3,
      git: 3,
      aws: 3,
      'unit-testing': 3,
      'infrastructure-as-code': 2,
    });
    expect(found).not.toHaveProperty('rust');
    // The name "SAM O'NEILL" is not the SAM instructional design model.
    expect(found).not.toHaveProperty('instructional-design-models');
  });

  it('says where each skill was found, and refuses text longer than it reads', () => {
    const [first] = extractSkills(kb, 'Skills: Tableau, SQL');
    expect(first?.evidence).toBe('Skills: Tableau, SQL');
    expect(() => extractSkills(kb, 'x'.repeat(MAX_EXTRACT_CHARS + 1))).toThrow(/at most 20,000 characters/);
    expect(extractSkills(kb, '')).toEqual([]);
    // Names with symbols match as written.
    expect(levels('Languages: C++, C#, Node.js; 6 years of .NET')).toMatchObject({
      cpp: 3,
      csharp: 4,
      nodejs: 3,
    });
  });
});

describe('"Start from my résumé" on every surface', () => {
  const app = createApp(testDeps());
  const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

  it('API: POST /api/v1/skills/extract proposes skills and the know value, and stores nothing', async () => {
    const response = await app.request('/api/v1/skills/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: cv('backend-developer-cv') }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { skills: { id: string; level: number }[]; know: string };
    expect(body.skills.map((skill) => skill.id)).toEqual(
      expect.arrayContaining(['go', 'java', 'kubernetes']),
    );
    expect(body.know).toMatch(/^api-design:3,go:3,java:3,/);
    const bad = await app.request('/api/v1/skills/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cv: 'x' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'text' });
  });

  it('CLI: pathway skills extract reads standard input', async () => {
    const io = bufferIo(cv('teacher-cv'));
    expect(await runCli(['skills', 'extract'], io, loadConfig({ PATHWAY_CONTENT_DIR: CONTENT_DIR }))).toBe(0);
    expect(io.stdout()).toMatch(/Curriculum design\s+advanced/);
    expect(io.stdout()).toMatch(/--know biology:4,curriculum-design:4,elearning-authoring:2/);
    const json = bufferIo('Skills: SQL');
    await runCli(
      ['skills', 'extract', '--format', 'json'],
      json,
      loadConfig({ PATHWAY_CONTENT_DIR: CONTENT_DIR }),
    );
    expect(JSON.parse(json.stdout())).toMatchObject({ know: 'sql:3' });
    const nothing = bufferIo(undefined);
    expect(
      await runCli(['skills', 'extract'], nothing, loadConfig({ PATHWAY_CONTENT_DIR: CONTENT_DIR })),
    ).toBe(2);
    expect(nothing.stderr()).toMatch(/pipe the text in/);
  });

  it('web: the pasted text becomes ticked skills with levels, and confirming opens the guide with them', async () => {
    const page = await app.request('/skills/extract', {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ text: cv('data-analyst-cv'), to: 'data-analyst' }).toString(),
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<input type="checkbox" id="have-excel" name="have" value="excel" checked/);
    expect(html).toMatch(/<option value="4" selected="">4 advanced<\/option>/);
    expect(html).toContain('value="data-analyst"');
    const go = await app.request('/go?have=excel&level-excel=4&have=sql&level-sql=3&from=&to=data-analyst');
    expect(go.status).toBe(302);
    expect(go.headers.get('location')).toBe(
      '/transitions/no-experience/data-analyst?know=excel%3A4%2Csql%3A3',
    );
    const explore = await app.request('/go?have=excel&level-excel=4&from=Teacher&to=');
    expect(explore.headers.get('location')).toBe('/explore?from=teacher&know=excel%3A4');
    const refused = await app.request('/skills/extract', {
      method: 'POST',
      headers: { ...FORM, origin: 'https://evil.example' },
      body: 'text=SQL',
    });
    expect(refused.status).toBe(400);
    expect(await (await app.request('/')).text()).toContain('Start from my résumé');
  });
});
