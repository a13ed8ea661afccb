// npm run check runs this: every import between src/ folders follows the layering ARCHITECTURE.md documents,
// so a wrong-way import fails the build. Prints each violation as file:line and exits 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** For each folder under src/, the folders it may import from (itself always). */
export const ALLOWED: Record<string, readonly string[]> = {
  domain: [],
  kb: ['domain', 'catalog'],
  catalog: ['domain', 'kb'],
  app: ['domain'],
  db: ['app'],
  config: [],
  web: ['app', 'domain'],
  server: ['app', 'db', 'web', 'domain', 'kb', 'config'],
  site: ['app', 'domain', 'kb', 'web', 'server'],
  cli: ['app', 'domain', 'kb', 'catalog', 'config', 'server', 'site'],
};

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/;

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

function sourceFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every import in `srcDir` that crosses into a folder its own folder may not use, or into the tests. */
export function importViolations(srcDir: string): Violation[] {
  const root = resolve(srcDir);
  const violations: Violation[] = [];
  for (const file of sourceFiles(root)) {
    const layer = relative(root, file).split(sep)[0] as string;
    const allowed = ALLOWED[layer];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const match = IMPORT.exec(text);
        const spec = match?.[1] ?? match?.[2];
        if (!spec) return;
        const target = relative(root, resolve(dirname(file), spec));
        const where = { file: relative(process.cwd(), file), line: i + 1 };
        if (target.startsWith('..')) {
          violations.push({
            ...where,
            message: `imports ${spec}, outside src/ (tests and tools are not part of the product)`,
          });
          return;
        }
        const targetLayer = target.split(sep)[0] as string;
        if (targetLayer === layer || !allowed) return;
        if (!allowed.includes(targetLayer))
          violations.push({ ...where, message: `src/${layer} may not import src/${targetLayer} (${spec})` });
      });
  }
  return violations;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = importViolations(join(import.meta.dirname, '..', 'src'));
  for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message}`);
  if (violations.length > 0) process.exit(1);
  console.log('imports follow the layering');
}
