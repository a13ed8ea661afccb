import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { TrieRouter } from 'hono/router/trie-router';
import { secureHeaders } from 'hono/secure-headers';
import { ASSETS } from '../web/assets.ts';
import { ApiPage } from '../web/views/apiPage.tsx';
import { ErrorPage } from '../web/views/errorPage.tsx';
import { apiRoutes } from './api/apiRoutes.ts';
import { compression } from './compression.ts';
import type { AppDeps } from './deps.ts';
import { guideRoutes } from './guideRoutes.tsx';
import { kbEtag, notModified, rateLimit, requestLog } from './middleware.ts';
import { planRoutes } from './planRoutes.tsx';
import { errorHandler, failure, problemResponse } from './problem.ts';
import { clientAddress } from './proxy.ts';
import { siteRoutes } from './siteRoutes.tsx';

export const MAX_URL_BYTES = 8 * 1024;
export const MAX_BODY_BYTES = 64 * 1024;

const publicCors = cors({
  origin: '*',
  allowMethods: ['GET', 'OPTIONS'],
  exposeHeaders: ['ETag', 'X-Request-Id'],
});

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** For a path no route answers with this method: the methods that do answer it (for 405 and Allow). */
function methodsByPath(app: Hono): (path: string) => string[] {
  const router = new TrieRouter<true>();
  for (const route of app.routes) {
    if ((METHODS as readonly string[]).includes(route.method)) router.add(route.method, route.path, true);
  }
  return (path) => {
    const allowed = METHODS.filter((method) => router.match(method, path)[0].length > 0);
    return allowed.includes('GET') ? ['GET', 'HEAD', ...allowed.filter((m) => m !== 'GET')] : allowed;
  };
}

/** Liveness and readiness, unlogged and unlimited. */
function healthRoutes(app: Hono, deps: AppDeps): void {
  const { kb } = deps;
  app.get('/healthz', (c) => c.json({ status: 'ok', kbVersion: kb.kbVersion }));
  app.get('/readyz', async (c) => {
    try {
      const store = await Promise.race([
        deps.store(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('database not open yet')), 2000).unref(),
        ),
      ]);
      await store.ping();
      return c.json({ status: 'ready', kbVersion: kb.kbVersion, database: store.backend });
    } catch (error) {
      return c.json({ status: 'not ready', reason: error instanceof Error ? error.message : 'unknown' }, 503);
    }
  });
}

/**
 * The whole web app as a value: pages, exports, a role search for autocomplete, health. Probes are answered
 * by a small app in front of the site: a path there matches one handler, which hono calls directly and whose
 * JSON @hono/node-server sends on its fast path. Inside the site, the middleware below matches every path,
 * so a probe there would run through hono's middleware chain and a promise (about 11 of 45 µs a request).
 * The server goes one step further for a plain `GET /healthz`: it replays this app's answer (`probe.ts`).
 */
export function createApp(deps: AppDeps): Hono {
  const site = createSite(deps);
  const front = new Hono();
  healthRoutes(front, deps);
  front.notFound((c) => site.fetch(c.req.raw, c.env));
  return front;
}

function createSite(deps: AppDeps): Hono {
  const { kb } = deps;
  const app = new Hono();
  const client = (c: Context) => clientAddress(c, deps.proxy ?? {});

  // Also here, before every middleware, so that other methods on them are answered 405 like any route.
  healthRoutes(app, deps);

  // A saved plan's address is its key: its pages never send it to another site as a referrer. 'same-origin'
  // rather than 'no-referrer', under which browsers send "Origin: null" on the page's own forms and the
  // same-site check would have to refuse them. Registered before the site-wide headers so it is set after them.
  app.use('/plans/*', async (c, next) => {
    await next();
    c.res.headers.set('Referrer-Policy', 'same-origin');
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
    }),
  );
  app.use(requestLog(deps.logger));
  app.use(compression({ now: () => deps.clock.now().getTime() }));
  app.use(async (c, next) => {
    if (c.req.url.length > MAX_URL_BYTES) {
      if (c.req.path.startsWith('/api/')) {
        return problemResponse(c, 400, `query strings are limited to ${MAX_URL_BYTES} bytes`, {
          field: 'query',
        });
      }
      c.status(414);
      return c.html(
        <ErrorPage
          status={414}
          title="That address is too long"
          message="Shorten the query and try again."
          kbVersion={kb.kbVersion}
        />,
      );
    }
    await next();
  });

  app.get('/assets/:name', (c) => {
    const asset = ASSETS.get(c.req.param('name'));
    if (!asset) return c.notFound();
    const unchanged = notModified(c, asset.etag, 'public, max-age=86400');
    if (unchanged) return unchanged;
    c.header('Content-Type', asset.contentType);
    return c.body(asset.body);
  });

  // Pages are limited too (health checks and assets above are not), more generously than the API.
  const pageLimit = rateLimit(
    deps.pageRateLimitPerMinute ?? 0,
    client,
    () => deps.clock.now().getTime(),
    (c, message) => {
      c.status(429);
      return c.html(
        <ErrorPage
          status={429}
          title="Too many requests"
          message={`Please slow down: ${message}.`}
          kbVersion={kb.kbVersion}
        />,
      );
    },
  );
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : pageLimit(c, next)));
  // Only requests that carry a body pay for the limit (it reads the request to count its bytes).
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      problemResponse(c, 400, `request bodies are limited to ${MAX_BODY_BYTES} bytes`, { field: 'body' }),
  });
  app.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );
  app.use(
    '/api/*',
    rateLimit(deps.rateLimitPerMinute ?? 0, client, () => deps.clock.now().getTime()),
  );
  app.use('/api/v1/*', async (c, next) => {
    // Reading the KB is public: any site may call the GET routes; plans stay same-origin.
    if (c.req.method === 'GET' || c.req.method === 'OPTIONS') return publicCors(c, next);
    return next();
  });
  for (const path of [
    '/api/v1/guides',
    '/api/v1/roles',
    '/api/v1/roles/*',
    '/api/v1/skills/*',
    '/api/v1/explore',
    '/api/v1/paths',
  ]) {
    app.use(path, kbEtag(kb.kbVersion, 300));
  }
  const api = apiRoutes(deps);
  const info = {
    title: 'Pathway API',
    version: '1.0.0',
    description: 'Career-transition guides, role hubs, recommendations, multi-step paths and saved plans.',
  };
  api.doc31('/api/openapi.json', { openapi: '3.1.0', info });
  app.get('/api', (c) =>
    c.html(<ApiPage doc={api.getOpenAPI31Document({ openapi: '3.1.0', info })} kbVersion={kb.kbVersion} />),
  );
  app.route('/', api);

  guideRoutes(app, deps);
  planRoutes(app, deps);
  siteRoutes(app, deps);

  let allowedMethods: ((path: string) => string[]) | undefined;
  app.notFound((c) => {
    allowedMethods ??= methodsByPath(app);
    const allowed = allowedMethods(c.req.path);
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '));
      return failure(c, kb.kbVersion, {
        status: 405,
        title: 'That is not how this page is used',
        message: `${c.req.method} is not allowed here; use ${allowed.join(' or ')}.`,
      });
    }
    return failure(c, kb.kbVersion, {
      status: 404,
      title: 'We could not find that page',
      message: 'The address does not match any page of Pathway.',
    });
  });
  app.onError(errorHandler(deps));
  return app;
}
