import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, type Migration, type MigrationProvider, Migrator, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { MIGRATIONS } from './migrations/index.ts';
import { startPgliteThread } from './pgliteThread.ts';
import type { Database } from './schema.ts';
import { INIT_PGLITE_DIR } from './scripts.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

export type Backend = 'pglite' | 'postgres';

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly backend: Backend;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | 'memory' }
  | { kind: 'postgres'; url: string };

const provider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => MIGRATIONS,
};

/** First run only: initdb in a short-lived child process, whose memory is freed when it exits. */
function initializeInChild(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [INIT_PGLITE_DIR, dataDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`initdb exited with code ${code}`)),
    );
  });
}

/** Where the database reports trouble that belongs to no request, e.g. an idle connection cut by a restart. */
export type DatabaseWarn = (message: string) => void;

/**
 * Opens the configured backend and applies every pending migration before anyone uses it. A PostgreSQL
 * pool survives the server going away: its idle-connection errors are reported (never thrown), a request
 * waits at most 3 s for a connection, and new connections are made once the server is back.
 */
export async function openDatabase(
  target: DatabaseTarget,
  warn: DatabaseWarn = () => undefined,
): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 3000 });
    pool.on('error', (error) => warn(`PostgreSQL dropped an idle connection: ${error.message}`));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    if (target.dataDir !== 'memory') {
      mkdirSync(target.dataDir, { recursive: true });
      if (!existsSync(join(target.dataDir, 'PG_VERSION'))) await initializeInChild(target.dataDir);
    }
    const pglite = await startPgliteThread(target.dataDir === 'memory' ? undefined : target.dataDir);
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite as unknown as PGlite) });
  }
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    await db.destroy();
    if (isDatabaseUnavailable(error)) throw error;
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
  return { db, backend: target.kind, close: () => db.destroy() };
}
