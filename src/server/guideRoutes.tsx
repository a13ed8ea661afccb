import type { Context, Hono } from 'hono';
import { LRUCache } from 'lru-cache';
import { guideIcs } from '../app/formats/guideIcs.ts';
import { guideMarkdown } from '../app/formats/guideMarkdown.ts';
import { GuideRequestSchema, getGuide } from '../app/getGuide.ts';
import { DEFAULT_KNOWN_LEVEL } from '../app/parsePersonInput.ts';
import { parseRequest } from '../app/parseRequest.ts';
import { resolveRole, resolveTarget, startingPoint } from '../app/resolveRole.ts';
import { isCountedView } from '../app/viewCounter.ts';
import { DEFAULT_PERSON } from '../domain/guide/person.ts';
import { roleTransition } from '../domain/transitions/transitionSummaries.ts';
import { guidePath } from '../web/format.ts';
import { GuidePage } from '../web/views/guidePage.tsx';
import type { AppDeps } from './deps.ts';
import { kbEtagOf, notModified } from './middleware.ts';
import { failureView } from './problem.ts';

const PERSON_PARAMS = ['know', 'hours', 'budget', 'salary', 'start'] as const;
const EXPORTS = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;
type ExportKind = keyof typeof EXPORTS;

/** The canonical query of a guide: person parameters only, in a fixed order, empty ones dropped. */
function canonicalQuery(values: Partial<Record<(typeof PERSON_PARAMS)[number], string>>): string {
  const params = new URLSearchParams();
  for (const name of PERSON_PARAMS) {
    const value = values[name]?.trim();
    if (value) params.set(name, value);
  }
  return params.toString();
}

/** Turns the personalize form's ticked skills and level selects into `know=skill:level,…`. */
function knowFromForm(c: Context): string {
  const ticked = c.req.queries('have') ?? [];
  return ticked.map((id) => `${id}:${c.req.query(`level-${id}`) ?? DEFAULT_KNOWN_LEVEL}`).join(',');
}

function nextMonday(now: Date): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7 || 7));
  return date.toISOString().slice(0, 10);
}

/** Rendered guide responses by canonical URL; they depend only on the KB and the URL, so they never go stale. */
const MAX_CACHED_BYTES = 8 * 1024 * 1024;
const encoder = new TextEncoder();
const VIEWS_MARKER = '\u0000views\u0000';

/** Joins cached page parts around the live view count ("28 views"). */
function withViews(parts: Uint8Array<ArrayBuffer>[], views: number): Uint8Array<ArrayBuffer> {
  if (parts.length === 1) return parts[0] as Uint8Array<ArrayBuffer>;
  const label = encoder.encode(`${views.toLocaleString('en-US')} view${views === 1 ? '' : 's'}`);
  const joined = new Uint8Array(
    parts.reduce((sum, part) => sum + part.byteLength, 0) + label.byteLength * (parts.length - 1),
  );
  let offset = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      joined.set(label, offset);
      offset += label.byteLength;
    }
    joined.set(part, offset);
    offset += part.byteLength;
  });
  return joined;
}

export function guideRoutes(app: Hono, deps: AppDeps): void {
  const { kb } = deps;
  const rendered = new LRUCache<string, Uint8Array<ArrayBuffer>[]>({
    maxSize: MAX_CACHED_BYTES,
    sizeCalculation: (parts) => parts.reduce((sum, part) => sum + part.byteLength, 0) || 1,
  });

  // The home search and the résumé form: known skills (ticked `have` with `level-…`, or `know`) travel along.
  // With skills, a missing current role means starting from them alone, and a missing target means exploring.
  app.get('/go', (c) => {
    const from = c.req.query('from')?.trim() ?? '';
    const to = c.req.query('to')?.trim() ?? '';
    const know = c.req.queries('have') ? knowFromForm(c) : (c.req.query('know')?.trim() ?? '');
    failureView(c, {
      suggestionHref: (id, field) =>
        field === 'to'
          ? `/go?from=${encodeURIComponent(from)}&to=${id}`
          : `/go?from=${id}&to=${encodeURIComponent(to)}`,
    });
    if (know && !to) {
      const source = from ? resolveRole(kb, from, 'from').id : undefined;
      return c.redirect(
        `/explore?${new URLSearchParams({ ...(source ? { from: source } : {}), know })}`,
        302,
      );
    }
    // With known skills and no current role, the move starts from the knowledge base's starting point.
    const request = parseRequest(GuideRequestSchema, {
      from: from || (know ? startingPoint(kb).id : ''),
      to,
      know,
    });
    const source = resolveRole(kb, request.from, 'from');
    const target = resolveTarget(kb, request.to, 'to');
    return c.redirect(guidePath(source.id, target.id, know ? canonicalQuery({ know }) : ''), 302);
  });

  app.get('/transitions/:from/:to', (c) => {
    const rawFrom = c.req.param('from');
    const match = /^(.*)\.(md|json|ics)$/.exec(c.req.param('to'));
    const rawTo = match?.[1] ?? c.req.param('to');
    const kind = match?.[2] as ExportKind | undefined;
    failureView(c, {
      suggestionHref: (id, field) => (field === 'to' ? guidePath(rawFrom, id) : guidePath(id, rawTo)),
    });
    const source = resolveRole(kb, rawFrom, 'from');
    const target = resolveTarget(kb, rawTo, 'to');
    const fromForm = c.req.queries('have') !== undefined;
    const values = Object.fromEntries(PERSON_PARAMS.map((name) => [name, c.req.query(name)]));
    if (fromForm) values.know = knowFromForm(c);
    const query = canonicalQuery(values);
    const path = `${guidePath(source.id, target.id)}${kind ? `.${kind}` : ''}`;
    if (source.id !== rawFrom || target.id !== rawTo || fromForm) {
      return c.redirect(`${path}${query ? `?${query}` : ''}`, fromForm ? 302 : 301);
    }
    if (kind === 'ics' && !values.start) values.start = nextMonday(deps.clock.now());
    const request = parseRequest(GuideRequestSchema, { from: source.id, to: target.id, ...values });
    const viewPath = guidePath(source.id, target.id);
    if (!kind && isCountedView(c.req.method, (name) => c.req.header(name))) deps.views.record(viewPath);
    const unchanged = notModified(
      c,
      kbEtagOf(kb.kbVersion, `${path}?${canonicalQuery(values)}`),
      'public, max-age=300',
    );
    if (unchanged) return unchanged;
    c.header('Content-Type', kind ? EXPORTS[kind] : 'text/html; charset=UTF-8');
    if (kind) c.header('Content-Disposition', `attachment; filename="${source.id}-to-${target.id}.${kind}"`);
    const cacheKey = `${path}?${canonicalQuery(values)}`;
    const cached = rendered.get(cacheKey);
    const send = (parts: Uint8Array<ArrayBuffer>[]) => c.body(withViews(parts, deps.views.count(viewPath)));
    if (cached !== undefined) return send(cached);
    const guide = getGuide(kb, request);
    const text = !kind
      ? (
          <GuidePage
            guide={guide}
            query={query}
            personalized={query !== ''}
            viewsMarker={VIEWS_MARKER}
            typical={
              // The typical plan is the cached role-to-role summary at the default pace, not a second guide.
              query === ''
                ? undefined
                : { ...roleTransition(kb, source, target), hoursPerWeek: DEFAULT_PERSON.hoursPerWeek }
            }
          />
        ).toString()
      : kind === 'json'
        ? `${JSON.stringify(guide, null, 2)}\n`
        : kind === 'md'
          ? guideMarkdown(guide)
          : guideIcs(guide);
    const parts = text.split(VIEWS_MARKER).map((part) => encoder.encode(part));
    rendered.set(cacheKey, parts);
    return send(parts);
  });
}
