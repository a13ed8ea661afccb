// Plain JavaScript, so bin/build.js can use it before anything is compiled (and dist/ gets a copy).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Adds `file` to `hash` as its path relative to `base`, its size and its modification time: no file is read. */
export function hashFile(hash, base, file) {
  const stat = statSync(file);
  hash.update(`${relative(base, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
}

/** Adds every file below `dir`, in name order, so any edit, added or removed file changes the digest. */
export function hashTree(hash, base, dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, base, path);
    else if (entry.isFile()) hashFile(hash, base, path);
  }
}
