import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importViolations } from './check-imports.ts';

const root = mkdtempSync(join(tmpdir(), 'pathway-imports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('the import-boundary check', () => {
  it('passes the repository as it is', () => {
    expect(importViolations(join(import.meta.dirname, '..', 'src'))).toEqual([]);
  });

  it('reports a wrong-way import and an import of the tests, with file and line', () => {
    write(
      'src/domain/engine.ts',
      "import { z } from 'zod';\nimport { getGuide } from '../app/getGuide.ts';\n",
    );
    write(
      'src/app/getGuide.ts',
      "import type { Guide } from '../domain/engine.ts';\nexport { realKb } from '../../test/realKb.ts';\n",
    );
    write('src/web/view.tsx', "import { createApp } from '../server/createApp.tsx';\n");
    write('src/app/getGuide.test.ts', "import { createApp } from '../server/createApp.tsx';\n");
    const found = importViolations(join(root, 'src')).map(
      (v) => `${v.file.split('src/')[1]}:${v.line}: ${v.message}`,
    );
    expect(found).toEqual([
      expect.stringMatching(/^app\/getGuide\.ts:2: imports \.\.\/\.\.\/test\/realKb\.ts, outside src\//),
      'domain/engine.ts:2: src/domain may not import src/app (../app/getGuide.ts)',
      'web/view.tsx:1: src/web may not import src/server (../server/createApp.tsx)',
    ]);
  });
});
