// Compiles src/ to dist/ (TypeScript → JavaScript, no type check: `npm run check` does that) and stores a
// validated snapshot of the bundled knowledge base, so `npm start` and the CLI run plain JavaScript and skip
// parsing hundreds of YAML files. `ensureBuilt()` rebuilds only when src/ changed since the last build.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hashFile, hashTree } from '../src/kb/fingerprint.mjs';

export const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const dist = join(root, 'dist');
const stampFile = join(dist, 'build.json');
export const snapshotFile = join(dist, 'kb-snapshot.json');
/** The server as one module (plus the chunks it loads on demand): a start resolves and compiles far fewer files. */
export const serverBundle = join(dist, 'bundle', 'server.js');
/**
 * Compiled modules that find files beside themselves through `import.meta.url`: the bundle imports them from
 * where tsc put them instead of copying them in. Packages that read their own files (PGlite's WASM, pino's
 * worker, pg's optional native driver) stay in node_modules for the same reason.
 */
const BESIDE_THEIR_FILES = ['web/assets.js', 'db/scripts.js'];
const EXTERNAL_PACKAGES = ['@electric-sql/pglite', 'kysely-pglite-dialect', 'pg', 'pino', 'ics'];

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

/** Builds dist/ from scratch; resolves to an error message, or undefined when it worked. */
export async function build() {
  const require = createRequire(import.meta.url);
  let tsc;
  let esbuild;
  try {
    tsc = require.resolve('typescript/bin/tsc');
    esbuild = require('esbuild');
  } catch {
    return 'TypeScript or esbuild is not installed (npm install without --omit=dev installs them)';
  }
  const source = sourceFingerprint();
  rmSync(dist, { recursive: true, force: true });
  // Loaded here, not on every `npm start` that finds dist/ up to date (about 10 ms).
  const { spawnSync } = require('node:child_process');
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
  const bundled = await bundleServer(esbuild);
  if (bundled) return bundled;
  // The stamp comes last: a build stopped half-way is rebuilt next time.
  writeFileSync(stampFile, `${JSON.stringify({ source })}\n`);
  return undefined;
}

/** Bundles the compiled server with esbuild; returns an error message, or undefined when it worked. */
async function bundleServer(esbuild) {
  const besideTheirFiles = {
    name: 'beside-their-files',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const compiled = relative(dist, join(args.resolveDir, args.path));
        return BESIDE_THEIR_FILES.includes(compiled) ? { path: `../${compiled}`, external: true } : undefined;
      });
    },
  };
  // zod's messages in 40-odd languages are almost half its code; Pathway uses only the English default, which zod
  // imports from its own file, so `z.locales` is left with English alone (about 25 ms less to load at start).
  const englishOnly = {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
          ? { path: join(args.resolveDir, '../locales/index.js'), namespace: 'zod-english-only' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
        contents: "export { default as en } from './en.js';",
        resolveDir: dirname(args.path),
      }));
    },
  };
  try {
    await esbuild.build({
      entryPoints: { server: join(dist, 'server/main.js') },
      outdir: dirname(serverBundle),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: EXTERNAL_PACKAGES,
      plugins: [besideTheirFiles, englishOnly],
      // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
      banner: {
        js: "import { createRequire as pathwayRequire } from 'node:module'; const require = pathwayRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    return undefined;
  } catch (error) {
    return `esbuild could not bundle the server:\n${error.message}`;
  }
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
  const failure = await build();
  if (failure) {
    say(`Could not compile (${failure.trim()}); running the TypeScript sources instead.`);
    return false;
  }
  // An invalid KB gets no snapshot; the server then says what is wrong with it.
  await snapshotBundledKb();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const failure = await build();
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
