import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnowledgeBase, type KnowledgeBase } from '../src/domain/kb/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { buildSite } from '../src/site/buildSite.ts';
import { round } from './stats.ts';

/** Roles in the --quick site (the starting point among them): every skill page, a few dozen guides. */
const QUICK_ROLES = 8;

/** The first `count` roles of the KB and everything else, for a site small enough for --quick. */
function firstRoles(kb: KnowledgeBase, count: number): KnowledgeBase {
  const roles = [
    ...kb.roles.filter((role) => role.startingPoint),
    ...kb.roles.filter((role) => !role.startingPoint),
  ];
  const keep = new Set(roles.slice(0, count).map((role) => role.id));
  const search = (query: string, limit: number) =>
    kb
      .searchRoles(query, kb.roles.length)
      .filter((id) => keep.has(id))
      .slice(0, limit);
  return createKnowledgeBase({ ...kb, roles: kb.roles.filter((role) => keep.has(role.id)) }, kb.kbVersion, {
    roles: search,
    skills: kb.searchSkills,
  });
}

/**
 * `pathway build-site` into a temporary directory: the whole site in page workers (one per CPU), or with
 * --quick a site of a few roles in this thread. Pages, files, bytes, seconds and pages per second.
 */
export async function siteBench(kb: KnowledgeBase, contentDir: string, quick: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-bench-site-'));
  try {
    // The whole site is the product's: the page workers load the KB with the catalogue's roles, so this does too.
    const product = () => {
      const loaded = loadKnowledgeBase(contentDir, { catalog: true });
      if (!loaded.ok) throw new Error('content/ is invalid; run `npm run pathway -- kb check`');
      return loaded.kb;
    };
    const siteKb = quick ? firstRoles(kb, QUICK_ROLES) : product();
    const summary = await buildSite({
      kb: siteKb,
      contentDir: quick ? undefined : contentDir,
      outDir: dir,
      baseUrl: 'https://example.org/',
    });
    return {
      roles: siteKb.roles.length,
      pages: summary.pages,
      files: summary.files,
      bytes: summary.bytes,
      seconds: round(summary.seconds, 1),
      pagesPerSec: Math.round(summary.pagesPerSecond),
      workers: summary.workers,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
