import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { savePlan, startServer, waitOk } from './serverProcess.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'pathway-compiled-'));
const server = startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'info', API_RATE_LIMIT: '0' }, 'npm start');
afterAll(async () => {
  await server.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

// The bundle keeps the modules that find files beside themselves (the web assets, PGlite's worker scripts)
// where tsc put them: these requests fail if the bundle looks for those files anywhere else.
describe('npm start (the compiled server bundle)', () => {
  it('serves pages and assets, opens the embedded database, saves a plan and closes cleanly', async () => {
    // A stale build is compiled first; the first open of a fresh directory runs initdb.
    await waitOk(server.base, '/readyz', 240_000);
    const css = await fetch(`${server.base}/assets/app.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(await css.text()).toMatch(/body/);
    const guide = await fetch(`${server.base}/transitions/teacher/instructional-designer`);
    expect(guide.status).toBe(200);
    expect(await guide.text()).toContain('Instructional Designer');
    const saved = await savePlan(server.base, 'teacher', 'instructional-designer');
    expect(saved.status).toBe(201);
    expect((await fetch(`${server.base}/plans/${saved.id}`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain('"msg":"closed"');
  }, 300_000);
});
