import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Asset {
  readonly body: string;
  readonly contentType: string;
  readonly etag: string;
}

const folder = join(import.meta.dirname, 'assets');

function load(name: string, contentType: string): Asset {
  const body = readFileSync(join(folder, name), 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  return { body, contentType, etag };
}

/** The site's only static files, read once at start-up. */
export const ASSETS: ReadonlyMap<string, Asset> = new Map([
  ['app.css', load('app.css', 'text/css; charset=utf-8')],
  ['app.js', load('app.js', 'text/javascript; charset=utf-8')],
]);
