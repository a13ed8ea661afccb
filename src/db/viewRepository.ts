import type { Kysely } from 'kysely';
import type { ViewRepository } from '../app/ports.ts';
import type { Database } from './schema.ts';

export function createViewRepository(db: Kysely<Database>): ViewRepository {
  return {
    async add(increments) {
      const totals = new Map<string, number>();
      if (increments.size === 0) return totals;
      const rows = await db
        .insertInto('page_views')
        .values([...increments].map(([path, count]) => ({ path, count })))
        .onConflict((oc) =>
          oc
            .column('path')
            .doUpdateSet((eb) => ({ count: eb('page_views.count', '+', eb.ref('excluded.count')) })),
        )
        .returning(['path', 'count'])
        .execute();
      for (const row of rows) totals.set(row.path, Number(row.count));
      return totals;
    },
    async counts(paths) {
      if (paths.length === 0) return new Map();
      const rows = await db
        .selectFrom('page_views')
        .select(['path', 'count'])
        .where('path', 'in', paths)
        .execute();
      return new Map(rows.map((row) => [row.path, Number(row.count)]));
    },
    async all() {
      const rows = await db.selectFrom('page_views').select(['path', 'count']).execute();
      return new Map(rows.map((row) => [row.path, Number(row.count)]));
    },
  };
}
