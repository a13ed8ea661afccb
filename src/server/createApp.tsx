import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../app/appError.ts';
import { listRoles } from '../app/listRoles.ts';
import { ASSETS } from '../web/assets.ts';
import { ErrorPage } from '../web/views/errorPage.tsx';
import type { AppDeps } from './deps.ts';
import { guideRoutes } from './guideRoutes.tsx';
import { planRoutes } from './planRoutes.tsx';
import { siteRoutes } from './siteRoutes.tsx';

export const MAX_URL_BYTES = 8 * 1024;

/** The whole web app as a value: pages, exports, a role search for autocomplete, health. */
export function createApp(deps: AppDeps): Hono {
  const { kb } = deps;
  const app = new Hono();

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
  app.use(compress());
  app.use(async (c, next) => {
    if (c.req.url.length > MAX_URL_BYTES) {
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

  app.get('/assets/:name', (c) => {
    const asset = ASSETS.get(c.req.param('name'));
    if (!asset) return c.notFound();
    c.header('ETag', asset.etag);
    c.header('Cache-Control', 'public, max-age=86400');
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304);
    c.header('Content-Type', asset.contentType);
    return c.body(asset.body);
  });

  app.get('/api/v1/roles', (c) => {
    const search = c.req.query('search');
    const limit = Math.min(50, Math.max(1, Number(c.req.query('limit') ?? 20) || 20));
    const items = listRoles(kb, search ? { search } : {}).slice(0, limit);
    return c.json({ items: items.map((role) => ({ id: role.id, title: role.title, family: role.family })) });
  });

  guideRoutes(app, deps);
  planRoutes(app, deps);
  siteRoutes(app, deps);

  app.notFound((c) => {
    c.status(404);
    return c.html(
      <ErrorPage
        status={404}
        title="We could not find that page"
        message="The address does not match any page of Pathway."
        kbVersion={kb.kbVersion}
      />,
    );
  });
  app.onError((error, c) => {
    // Expected failures are handled in routes; anything here is a bug: log it, show no internals.
    if (!(error instanceof AppError)) console.error(error);
    c.status(500);
    return c.html(
      <ErrorPage
        status={500}
        title="Something went wrong on our side"
        message="The error has been logged. Please try again."
        kbVersion={kb.kbVersion}
      />,
    );
  });
  return app;
}
