import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import type { DatabaseTarget } from '../../src/db/openDatabase.ts';
import { openStore } from '../../src/db/store.ts';
import { createApp } from '../../src/server/createApp.tsx';
import { testDeps } from '../testDeps.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

/** Why the browser suite cannot run here, or undefined when it can. Under CI a missing browser is a failure. */
export function browserUnavailable(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but no browser at ${CHROMIUM}; .ci/run installs chromium`);
  return `no browser at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;
}

export async function startSite(
  target?: DatabaseTarget,
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const opened = target ? openStore(target) : undefined;
  const deps = opened ? testDeps({ store: () => opened }) : testDeps();
  const app = createApp(deps);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        baseUrl: `http://127.0.0.1:${info.port}`,
        close: async () => {
          // Keep-alive connections the browser left open would hold close() until they time out.
          const closed = new Promise<void>((done) => server.close(() => done()));
          if ('closeAllConnections' in server) server.closeAllConnections();
          await closed;
          await deps.views.stop();
          if (opened) await (await opened).close();
        },
      });
    });
  });
}

/** Playwright gives every launch a fresh, empty user-data directory. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
