import { posix } from 'node:path';
import type { LinkTarget } from './sitePages.ts';

/** How the links of one page are rewritten for the static site. */
export interface LinkPolicy {
  /** Where the file is on the static site: a page's folder (`/roles/teacher/`) or a file (`/404.html`). */
  readonly url: string;
  /** What a root-relative path is (see siteTargets); undefined for a path the site does not have. */
  readonly target: (path: string) => LinkTarget | undefined;
  /** The site's own address, ending in '/': links and canonicals become absolute under it. */
  readonly baseUrl?: string | undefined;
  /** A running Pathway app, ending in '/': forms and server-only links go there instead of being removed. */
  readonly appUrl?: string | undefined;
}

export interface RewrittenHtml {
  readonly html: string;
  /** Root-relative links to paths the site neither writes nor leaves to the app (a gap in the page list). */
  readonly unresolved: readonly string[];
}

// hono/jsx writes well-formed HTML with every attribute value quoted and escaped (no raw < > " inside), and the
// views have no inline scripts or comments, so tags can be found by one pattern.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)(?:="([^"]*)")?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const decode = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
const encode = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** Says what a removed form did ("“Save this plan” needs the running Pathway app…") and where it still works. */
function formNote(labels: readonly string[], appLink: string | undefined): string {
  const subject = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  const where = appLink
    ? `: <a href="${encode(appLink)}">open this page there</a>.`
    : '; this copy of the site is static.';
  return `<p class="notice" data-static-note="">${subject} ${labels.length === 1 ? 'needs' : 'need'} the running Pathway app${where}</p>`;
}

const onApp = (path: string, appUrl: string) => new URL(path.slice(1), appUrl).href;

/**
 * Where a root-relative link goes on the static site: relative to `folder` (or absolute under the base URL),
 * to the app for what needs a server, or 'unknown' for a path the site does not have. Other links stay.
 */
function staticLink(
  raw: string,
  policy: LinkPolicy,
  folder: string,
): string | 'keep' | 'needs-server' | 'unknown' {
  if (!raw.startsWith('/') || raw.startsWith('//')) return 'keep';
  const [, path = '', query = '', hash = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(raw) ?? [];
  const target = query ? 'server' : policy.target(path);
  if (target === 'server')
    return policy.appUrl ? onApp(`${path}${query}${hash}`, policy.appUrl) : 'needs-server';
  if (target === undefined) return 'unknown';
  const address = target === 'page' && path !== '/' ? `${path}/` : path;
  if (policy.baseUrl) return `${new URL(address.slice(1), policy.baseUrl).href}${hash}`;
  const relative = posix.relative(folder, address);
  if (target === 'file') return `${relative}${hash}`;
  return `${relative === '' ? '.' : relative}/${hash}`;
}

/**
 * Rewrites one page rendered by the app for the static site: root-relative href, src and action values become
 * relative to the page's folder (or absolute under `baseUrl`); links that need a server (a query string, /go,
 * /plans, /api) go to `appUrl` or are unwrapped to their text; forms go to `appUrl` (GET) or are replaced by a
 * note, as a static host answers neither; the live view count and, without `baseUrl`, the canonical link go.
 */
export function rewriteHtml(html: string, policy: LinkPolicy): RewrittenHtml {
  const unresolved: string[] = [];
  const folder = policy.url.slice(0, policy.url.lastIndexOf('/') + 1);
  const page = folder === policy.url ? policy.url.replace(/(.)\/$/, '$1') : policy.url;
  const appLink = policy.appUrl && onApp(page, policy.appUrl);

  let out = '';
  let last = 0;
  let skipping: { name: string; depth: number; label?: string } | undefined;
  let buttonStart = 0;
  let unwrapping = false;
  // Forms removed one after the other share one note.
  let labels: string[] = [];
  let noteStart = -1;
  let noteEnd = -1;
  const addNote = (label: string) => {
    if (out.length === noteEnd) {
      out = out.slice(0, noteStart);
      if (!labels.includes(label)) labels.push(label);
    } else labels = [label];
    noteStart = out.length;
    out += formNote(labels, appLink);
    noteEnd = out.length;
  };
  for (const match of html.matchAll(TAG)) {
    const [tag, slash, rawName = '', attributeText = '', selfClosing] = match;
    const name = rawName.toLowerCase();
    if (!skipping) out += html.slice(last, match.index);
    last = match.index + tag.length;
    if (skipping) {
      if (skipping.name === 'form' && name === 'button') {
        if (!slash) buttonStart = last;
        else
          skipping.label ??= `“${html
            .slice(buttonStart, match.index)
            .replace(/<[^>]*>/g, '')
            .trim()}”`;
      }
      if (name === skipping.name && !selfClosing) skipping.depth += slash ? -1 : 1;
      if (skipping.depth === 0) {
        if (skipping.name === 'form') addNote(skipping.label ?? 'This form');
        skipping = undefined;
      }
      continue;
    }
    if (slash) {
      if (name === 'a' && unwrapping) unwrapping = false;
      else out += tag;
      continue;
    }
    const attributes = [...attributeText.matchAll(ATTRIBUTE)].map(([, key = '', value]) => ({
      key,
      value: value === undefined ? undefined : decode(value),
    }));
    const attribute = (key: string) => attributes.find((entry) => entry.key.toLowerCase() === key);
    const drop = () => {
      if (!selfClosing && !VOID.has(name)) skipping = { name, depth: 1 };
    };
    if (attribute('data-views')) {
      drop();
      continue;
    }
    if (name === 'link' && attribute('rel')?.value === 'canonical' && !policy.baseUrl) continue;
    const formToApp =
      name === 'form' && policy.appUrl && (attribute('method')?.value ?? 'get').toLowerCase() === 'get';
    if (name === 'form' && !formToApp) {
      drop();
      continue;
    }
    let changed = false;
    let unwrap = false;
    for (const entry of attributes) {
      const key = entry.key.toLowerCase();
      if (entry.value === undefined || !URL_ATTRIBUTES.has(key)) continue;
      const link =
        key === 'action' && policy.appUrl && entry.value.startsWith('/')
          ? onApp(entry.value, policy.appUrl)
          : staticLink(entry.value, policy, folder);
      if (link === 'needs-server' && name === 'a') unwrap = true;
      else if (link === 'needs-server' || link === 'unknown') unresolved.push(entry.value);
      else if (link !== 'keep') {
        entry.value = link;
        changed = true;
      }
    }
    if (unwrap) {
      unwrapping = true;
      continue;
    }
    out += changed
      ? `<${rawName}${attributes
          .map(({ key, value }) => (value === undefined ? ` ${key}` : ` ${key}="${encode(value)}"`))
          .join('')}${selfClosing ? '/' : ''}>`
      : tag;
  }
  if (!skipping) out += html.slice(last);
  return { html: out, unresolved };
}
