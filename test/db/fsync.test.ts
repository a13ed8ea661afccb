import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPgliteThread } from '../../src/db/pgliteThread.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathway-fsync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded store is durable', () => {
  it('runs PostgreSQL with fsync on and flushes the WAL to disk before a commit returns', async () => {
    const pglite = await startPgliteThread(join(dir, 'data'));
    try {
      const setting = async (name: string) =>
        ((await pglite.query('select current_setting($1) as value', [name])).rows[0] as { value: string })
          .value;
      expect(await setting('fsync')).toBe('on');
      expect(await setting('wal_sync_method')).toBe('fsync');
      await pglite.query('create table durable (n int)');
      const before = await pglite.flushes();
      await pglite.query('insert into durable values (1)');
      expect(await pglite.flushes()).toBeGreaterThan(before);
    } finally {
      await pglite.close();
    }
  }, 60_000);

  it('reports a failed statement with its SQLSTATE, so constraint violations can be told apart', async () => {
    const pglite = await startPgliteThread(undefined);
    try {
      await pglite.query('create table t (id int primary key)');
      await pglite.query('insert into t values (1)');
      await expect(pglite.query('insert into t values (1)')).rejects.toMatchObject({ code: '23505' });
      expect(await pglite.flushes()).toBe(0);
    } finally {
      await pglite.close();
    }
  }, 60_000);
});
