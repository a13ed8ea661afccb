// Compiles src/ to dist/ (TypeScript → JavaScript, no type check: `npm run check` does that) and stores a
// validated snapshot of the bundled knowledge base, so `npm start` and the CLI run plain JavaScript and skip
// parsing hundreds of YAML files. `ensureBuilt()` rebuilds only when src/ changed since the last build.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hashFile, hashTree } from '../src/kb/fingerprint.mjs';

export const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const dist = join(root, 'dist');
const stampFile = join(dist, 'build.json');
export const snapshotFile = join(dist, 'kb-snapshot.json');

/** Every input of the build (paths, sizes, modification times): any edit changes it. */
function sourceFingerprint() {
  const hash = createHash('sha256');
  hashTree(hash, root, join(root, 'src'));
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'bin/build.js']) {
    hashFile(hash, root, join(root, file));
  }
  return hash.digest('hex');
}

export function isBuilt() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8')).source === sourceFingerprint();
  } catch {
    return false;
  }
}

/** Builds dist/ from scratch; returns an error message, or undefined when it worked. */
export function build() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return 'TypeScript is not installed (npm install without --omit=dev installs it)';
  }
  const source = sourceFingerprint();
  rmSync(dist, { recursive: true, force: true });
  // Loaded here, not on every `npm start` that finds dist/ up to date (about 10 ms).
  const { spawnSync } = createRequire(import.meta.url)('node:child_process');
  const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (compiled.status !== 0) return `the TypeScript compiler failed:\n${compiled.stdout}${compiled.stderr}`;
  // What tsc does not emit: the plain-JavaScript worker scripts and the web assets.
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.mjs')) {
      const from = join(entry.parentPath ?? entry.path, entry.name);
      cpSync(from, join(dist, relative(join(root, 'src'), from)));
    }
  }
  cpSync(join(root, 'src/web/assets'), join(dist, 'web/assets'), { recursive: true });
  // The stamp comes last: a build stopped half-way is rebuilt next time.
  writeFileSync(stampFile, `${JSON.stringify({ source })}\n`);
  return undefined;
}

/** Stores the validated snapshot of the bundled KB with the code just compiled; false when the KB is invalid. */
export async function snapshotBundledKb() {
  const { loadWithSnapshot } = await import(pathToFileURL(join(dist, 'kb/snapshot.js')).href);
  return (await loadWithSnapshot(join(root, 'content'), snapshotFile)).ok;
}

/**
 * Builds when src/ changed since the last build, then snapshots the KB as the build script does, so a start after
 * a rebuild is as fast as any other; false when it cannot build (the caller runs the sources instead).
 */
export async function ensureBuilt(say = (message) => process.stderr.write(`${message}\n`)) {
  if (isBuilt()) return true;
  say(existsSync(stampFile) ? 'Sources changed; compiling Pathway…' : 'Compiling Pathway (first run)…');
  const failure = build();
  if (failure) {
    say(`Could not compile (${failure.trim()}); running the TypeScript sources instead.`);
    return false;
  }
  // An invalid KB gets no snapshot; the server then says what is wrong with it.
  await snapshotBundledKb();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const failure = build();
  if (failure) {
    process.stderr.write(`${failure}\n`);
    process.exit(1);
  }
  // The first start then reads the bundled knowledge base from its snapshot.
  process.stdout.write(
    (await snapshotBundledKb())
      ? 'Compiled to dist/ with a snapshot of the knowledge base.\n'
      : 'Compiled to dist/; the knowledge base is invalid (run `npm run kb:check`), so there is no snapshot.\n',
  );
}
