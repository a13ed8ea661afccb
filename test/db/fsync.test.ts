import fs, { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/openDatabase.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathway-fsync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded store is durable', () => {
  it('runs PostgreSQL with fsync on and flushes the WAL to disk before a commit returns', async () => {
    const opened = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    try {
      const setting = async (name: string) =>
        (await sql<Record<string, string>>`select current_setting(${name}) as value`.execute(opened.db)).rows[0]
          ?.value;
      expect(await setting('fsync')).toBe('on');
      expect(await setting('wal_sync_method')).toBe('fsync');
      const flushes = vi.spyOn(fs, 'fsyncSync');
      await opened.db
        .insertInto('page_views')
        .values({ path: '/fsync-test', count: 1 })
        .execute();
      expect(flushes).toHaveBeenCalled();
      flushes.mockRestore();
    } finally {
      await opened.close();
    }
  }, 60_000);
});
