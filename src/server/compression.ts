import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';

const gzipAsync = promisify(gzip);

/** Text worth compressing: pages, JSON (and problem documents), Markdown, calendars, CSS, scripts, SVG. */
const COMPRESSIBLE =
  /^\s*(?:text\/|application\/(?:json|[\w.-]+\+json|javascript|xml|[\w.-]+\+xml)|image\/svg\+xml)/i;
const ACCEPTS_GZIP = /(?:^|,)\s*(?:gzip|\*)\s*(?:;\s*q\s*=\s*(?!0(?:\.0*)?\s*(?:,|$))[\d.]+\s*)?(?:,|$)/i;

export interface CompressionOptions {
  /** Smaller bodies are sent as they are (and so never vary by Accept-Encoding). */
  readonly thresholdBytes?: number;
  /** Compressed bodies of responses with an ETag are kept, up to this many bytes, for at most `maxAgeMs`. */
  readonly cacheBytes?: number;
  /**
   * How long a compressed body is reused: a cached guide page only differs in its live view count, which
   * may be this much older in a compressed response (its Cache-Control already lets caches keep it longer).
   */
  readonly maxAgeMs?: number;
  readonly now: () => number;
}

/**
 * gzip for clients that accept it, compressing a response with an ETag once and reusing it, and leaving
 * small responses (health checks, redirects, JSON errors) untouched so they keep the server's fast path.
 */
export function compression(options: CompressionOptions): MiddlewareHandler {
  const threshold = options.thresholdBytes ?? 1024;
  const maxAgeMs = options.maxAgeMs ?? 10_000;
  const cache = new LRUCache<string, { body: Uint8Array; at: number }>({
    // A body is reused for `maxAgeMs` only: 2 MB holds ~150 gzipped guide pages, 10 s of a busy server's.
    maxSize: options.cacheBytes ?? 2 * 1024 * 1024,
    sizeCalculation: (entry) => entry.body.byteLength || 1,
  });
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method === 'HEAD' || res.status === 204 || res.status === 206 || res.status === 304) return;
    if (!res.body || res.headers.has('Content-Encoding')) return;
    if (!COMPRESSIBLE.test(res.headers.get('Content-Type') ?? '')) return;
    const declared = res.headers.get('Content-Length');
    if (declared !== null && Number(declared) < threshold) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const respond = (payload: Uint8Array, encoded: boolean) => {
      if (encoded) {
        headers.set('Content-Encoding', 'gzip');
        const etag = headers.get('ETag');
        if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
      }
      headers.set('Content-Length', String(payload.byteLength));
      c.res = undefined;
      c.res = new Response(payload as Uint8Array<ArrayBuffer>, { status: res.status, headers });
    };
    if (body.byteLength < threshold) return respond(body, false);
    headers.append('Vary', 'Accept-Encoding');
    if (!ACCEPTS_GZIP.test(c.req.header('Accept-Encoding') ?? '')) return respond(body, false);
    const etag = res.headers.get('ETag');
    const key = etag ? `${c.req.url}\u0000${etag}` : undefined;
    const cached = key ? cache.get(key) : undefined;
    if (cached && options.now() - cached.at < maxAgeMs) return respond(cached.body, true);
    const compressed = new Uint8Array(await gzipAsync(body));
    if (key) cache.set(key, { body: compressed, at: options.now() });
    return respond(compressed, true);
  };
}
