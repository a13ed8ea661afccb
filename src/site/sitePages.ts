import { listRoles } from '../app/listRoles.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { ASSETS } from '../web/assets.ts';
import { groupBySoc } from '../web/families.ts';
import { guidePath } from '../web/format.ts';

/** One HTML page of the static site and the files written beside it. */
export interface SitePage {
  /** What the app is asked for: `/roles/teacher`. */
  readonly path: string;
  /** Where the page lives on the static site: its folder (`/roles/teacher/`), or a file (`/404.html`). */
  readonly url: string;
  /** The file written, relative to the output directory: `roles/teacher/index.html`. */
  readonly file: string;
  /** The status the app answers with; anything else fails the build. */
  readonly status: 200 | 404;
  /** Exports of a guide (Markdown, JSON, iCalendar), asked for and written under their own paths. */
  readonly exports: readonly string[];
}

export const GUIDE_EXPORTS = ['md', 'json', 'ics'] as const;

/** The stylesheet and script every page links to, served by the app under /assets/. */
export const ASSET_PATHS: readonly string[] = [...ASSETS.keys()].map((name) => `/assets/${name}`);

/** Paths only a running app answers: forms, searches, saved plans and the API. */
const SERVER_ONLY = /^\/(go|plans|api|skills\/extract)(\/|$)/;
/**
 * A guide the site does not pre-build: one into or out of a catalogue occupation (hubs link to them). The app
 * answers it, like a search; the static copy links there with --app-url and keeps the text otherwise.
 */
const UNBUILT_GUIDE = /^\/transitions\/[^/]+\/[^/]+$/;

/** What a root-relative path without a query is on the static site. */
export type LinkTarget = 'page' | 'file' | 'server';

function page(path: string, status: 200 | 404 = 200, exports: readonly string[] = []): SitePage {
  const url = path === '/' ? '/' : `${path}/`;
  return { path, url, file: fileOf(`${url}index.html`), status, exports };
}

/** The output file of a site path: URL segments decoded (ids are slugs, so this only guards odd ones). */
export function fileOf(path: string): string {
  return path.slice(1).split('/').map(decodeURIComponent).join('/');
}

/**
 * Every page of the site in a fixed order: home, role list, explore and path landing pages, every role hub,
 * every skill page, every guide between two curated roles (never into a starting point, as the engine refuses
 * those; guides into and out of catalogue occupations are answered by the app, not pre-built)
 * with its exports, and the page a static host shows for a missing address.
 */
export function sitePages(kb: KnowledgeBase): SitePage[] {
  const curated = kb.roles.filter((role) => !role.catalog);
  const targets = curated.filter((role) => !role.startingPoint);
  const guides = curated.flatMap((from) =>
    targets
      .filter((to) => to.id !== from.id)
      .map((to) => {
        const path = guidePath(from.id, to.id);
        return page(
          path,
          200,
          GUIDE_EXPORTS.map((kind) => `${path}.${kind}`),
        );
      }),
  );
  return [
    page('/'),
    page('/roles'),
    page('/explore'),
    page('/path'),
    ...groupBySoc(listRoles(kb)).map((group) => page(`/occupations/${group.code}`)),
    ...kb.roles.map((role) => page(`/roles/${encodeURIComponent(role.id)}`)),
    ...kb.skills.map((skill) => page(`/skills/${encodeURIComponent(skill.id)}`)),
    ...guides,
    { path: '/404.html', url: '/404.html', file: '404.html', status: 404, exports: [] },
  ];
}

/** Classifies root-relative paths for the link rewriter: written pages, exports and assets, server-only routes. */
export function siteTargets(pages: readonly SitePage[]): (path: string) => LinkTarget | undefined {
  const known = new Map<string, LinkTarget>();
  for (const entry of pages) {
    if (entry.status === 200) known.set(entry.path, 'page');
    for (const path of entry.exports) known.set(path, 'file');
  }
  for (const path of ASSET_PATHS) known.set(path, 'file');
  return (path) =>
    known.get(path) ?? (SERVER_ONLY.test(path) || UNBUILT_GUIDE.test(path) ? 'server' : undefined);
}
