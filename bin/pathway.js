#!/usr/bin/env node
// The CLI as compiled JavaScript (compiled first when src/ changed; through tsx if it cannot be compiled).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, ensureBuilt, root, snapshotFile } from './build.js';

process.env.KB_SNAPSHOT ??= snapshotFile;
if (await ensureBuilt()) {
  await import(pathToFileURL(join(dist, 'cli/main.js')).href);
} else {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(result.status ?? 1);
}
