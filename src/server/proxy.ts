import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** How the server sits behind proxies: from PUBLIC_URL and TRUST_PROXY. */
export interface ProxySettings {
  /** Where people reach the site, e.g. https://pathway.example; links are built from it. */
  readonly publicUrl?: string | undefined;
  /** Reverse proxies in front that append to X-Forwarded-For; 0 or unset trusts no forwarded header. */
  readonly trustProxy?: number | undefined;
}

/** The socket's address, or under a trusted proxy the address that proxy saw (no socket in app.request tests). */
export function clientAddress(c: Context, settings: ProxySettings): string {
  const hops = settings.trustProxy ?? 0;
  if (hops > 0) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    // Each trusted proxy appends the address it received from; entries further left are the client's own claims.
    const client = forwarded[forwarded.length - hops] ?? forwarded[0];
    if (client) return client;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** The origin this request was made to: the request's own, or as a trusted proxy reports it. */
function requestOrigin(c: Context, settings: ProxySettings): string {
  const own = new URL(c.req.url);
  if ((settings.trustProxy ?? 0) === 0) return own.origin;
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
  const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
  return `${proto === 'https' || proto === 'http' ? proto : own.protocol.slice(0, -1)}://${host || own.host}`;
}

/**
 * Forms must come from this site. The Origin header a browser sends is compared with PUBLIC_URL and with the
 * origin the request was made to; a cross-site POST (or one with Origin "null") is refused.
 */
export function isSameOrigin(c: Context, settings: ProxySettings): boolean {
  const origin = c.req.header('Origin');
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  if (settings.publicUrl && origin === new URL(settings.publicUrl).origin) return true;
  return origin === requestOrigin(c, settings);
}

/**
 * An absolute link to `path` for people to keep or share: under PUBLIC_URL when set, else the local address
 * the server listens on. Never built from the Host header, which anyone can forge.
 */
export function publicLink(path: string, settings: ProxySettings & { localUrl: string }): string {
  return new URL(path, settings.publicUrl ?? settings.localUrl).toString();
}
