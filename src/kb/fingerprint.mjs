// Plain JavaScript, so bin/build.js can use it before anything is compiled (and dist/ gets a copy).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Adds `file` to `hash` as its path relative to `base`, its size and its modification time: no file is read. */
export function hashFile(hash, base, file) {
  addFile(hash, relative(base, file), file);
}

function addFile(hash, name, file) {
  const stat = statSync(file);
  hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\n`);
}

/**
 * Adds every file below `dir`, in name order, so any edit, added or removed file changes the digest. Names are
 * joined by hand rather than through path.join and path.relative, which took half the time for the KB's
 * 1,400 files: it runs at every start.
 */
export function hashTree(hash, base, dir) {
  const prefix = relative(base, dir);
  addTree(hash, prefix === '' ? '' : `${prefix}/`, dir);
}

function addTree(hash, name, dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) addTree(hash, `${name}${entry.name}/`, path);
    else if (entry.isFile()) addFile(hash, `${name}${entry.name}`, path);
  }
}
