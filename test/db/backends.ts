import pg from 'pg';
import type { DatabaseTarget } from '../../src/db/openDatabase.ts';

/** The PostgreSQL URL for tests, when one is configured and reachable. */
export async function postgresUrl(): Promise<string | undefined> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) return undefined;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return undefined;
  }
}

/** Both backends when PostgreSQL is reachable; under CI a missing PostgreSQL is a failure, locally a printed skip. */
export async function backends(): Promise<{ name: string; target: () => DatabaseTarget }[]> {
  const list: { name: string; target: () => DatabaseTarget }[] = [
    { name: 'pglite', target: () => ({ kind: 'pglite', dataDir: 'memory' }) },
  ];
  const url = await postgresUrl();
  if (url) list.push({ name: 'postgres', target: () => ({ kind: 'postgres', url }) });
  else if (process.env.CI === 'true')
    throw new Error('CI=true but no PostgreSQL is reachable; .ci/run sets DATABASE_URL');
  else
    console.log(
      'Skipping the PostgreSQL backend: set TEST_DATABASE_URL (or DATABASE_URL) to a reachable server',
    );
  return list;
}
