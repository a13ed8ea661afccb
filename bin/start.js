#!/usr/bin/env node
// `npm start`: the server as compiled JavaScript (compiled first when src/ changed), with the knowledge base
// read from its validated snapshot while content/ is unchanged.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root, serverBundle, snapshotFile } from './build.js';

process.env.KB_SNAPSHOT ??= snapshotFile;
if (await ensureBuilt()) {
  const { startServer } = await import(pathToFileURL(serverBundle).href);
  await startServer();
} else {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
