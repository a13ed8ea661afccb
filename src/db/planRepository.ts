import { type Kysely, sql } from 'kysely';
import type { ItemStates, PlanRepository } from '../app/ports.ts';
import type { Database } from './schema.ts';

const json = (value: unknown) => JSON.stringify(value);

/** PostgreSQL's foreign-key violation: the plan was deleted between the check and the write. */
const isPlanGone = (error: unknown) => (error as { code?: unknown } | null)?.code === '23503';
const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** One item set to done or not, at a time. */
interface TickWrite {
  readonly planId: string;
  readonly itemId: string;
  readonly done: boolean;
  readonly now: Date;
}

interface Tick extends TickWrite {
  readonly resolve: (states: ItemStates | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for the embedded database: ticks that arrive in the same turn of the event loop, or while a
 * batch is being written, are written together by one statement, so a burst pays for one round trip to the
 * database thread and one flush to disk instead of one each; then each plan in the batch is read back once.
 * Two ticks of the same item in one batch keep the later one. Each tick still answers on its own, with the
 * states committed after it.
 */
/** Ticks written by one statement at most; more wait for the next. */
const MAX_BATCH = 64;

function tickBatcher(
  writeAll: (ticks: readonly TickWrite[]) => Promise<ReadonlySet<string>>,
  read: (planId: string) => Promise<ItemStates | undefined>,
): (tick: TickWrite) => Promise<ItemStates | undefined> {
  const queue: Tick[] = [];
  let scheduled = false;
  const run = async () => {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const latest = new Map(batch.map((tick) => [`${tick.planId}\u0000${tick.itemId}`, tick]));
        const found = await writeAll([...latest.values()]);
        const states = new Map<string, Promise<ItemStates | undefined>>();
        for (const tick of batch) {
          if (!found.has(tick.planId)) {
            tick.resolve(undefined);
            continue;
          }
          let planStates = states.get(tick.planId);
          if (!planStates) {
            planStates = read(tick.planId);
            states.set(tick.planId, planStates);
          }
          planStates.then(tick.resolve, tick.reject);
        }
        await Promise.allSettled(states.values());
      } catch (error) {
        for (const tick of batch) tick.reject(error);
      }
      // A turn of the event loop between batches, so other requests are never stuck behind a long run.
      if (queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    scheduled = false;
  };
  return (tick) =>
    new Promise<ItemStates | undefined>((resolve, reject) => {
      queue.push({ ...tick, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        // Let every request already received in this turn of the event loop join the batch.
        setImmediate(() =>
          run().catch((error: unknown) => {
            for (const tick of queue.splice(0)) tick.reject(error);
            scheduled = false;
          }),
        );
      }
    });
}

/**
 * Plans on Kysely. `groupCommit` writes concurrent ticks together in one statement: right for PGlite's single
 * connection, where each commit is a flush to disk; PostgreSQL commits ticks in parallel instead.
 */
export function createPlanRepository(
  db: Kysely<Database>,
  options: { groupCommit?: boolean } = {},
): PlanRepository {
  /**
   * Sets items in one statement (so a batch is atomic without a transaction) and returns the plans that exist:
   * rows for a plan that does not exist are simply not inserted. An item given twice would make PostgreSQL
   * refuse the statement, so callers pass each item once.
   */
  const writeTicks = async (ticks: readonly TickWrite[]): Promise<ReadonlySet<string>> => {
    const rows = await sql<{ plan_id: string }>`
      insert into plan_items (plan_id, item_id, done, updated_at)
      select plans.id, t.item_id, t.done, t.updated_at
      from unnest(
        ${ticks.map((t) => t.planId)}::text[],
        ${ticks.map((t) => t.itemId)}::text[],
        ${ticks.map((t) => t.done)}::boolean[],
        ${ticks.map((t) => t.now.toISOString())}::timestamptz[]
      ) as t(plan_id, item_id, done, updated_at)
      join plans on plans.id = t.plan_id
      on conflict (plan_id, item_id) do update set done = excluded.done, updated_at = excluded.updated_at
      returning plan_id`.execute(db);
    return new Set(rows.rows.map((row) => row.plan_id));
  };
  /** The plans a write found; a plan deleted while it was written to (a foreign-key violation) is not found. */
  const writeFound = (ticks: readonly TickWrite[]) =>
    writeTicks(ticks).catch((error: unknown): ReadonlySet<string> => {
      if (isPlanGone(error)) return new Set();
      throw error;
    });
  const itemStates = async (planId: string): Promise<ItemStates | undefined> => {
    const rows = await db
      .selectFrom('plans')
      .leftJoin('plan_items', 'plan_items.plan_id', 'plans.id')
      .select(['plans.updated_at', 'plan_items.item_id', 'plan_items.done'])
      .where('plans.id', '=', planId)
      .execute();
    const first = rows[0];
    if (!first) return undefined;
    const items = new Map<string, boolean>();
    for (const row of rows) if (row.item_id !== null && row.done !== null) items.set(row.item_id, row.done);
    return { updatedAt: new Date(first.updated_at), items };
  };
  const batched = options.groupCommit ? tickBatcher(writeTicks, itemStates) : undefined;
  const exists = async (planId: string) =>
    (await db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst()) !== undefined;
  return {
    async create(plan) {
      await db
        .insertInto('plans')
        .values({
          id: plan.id,
          from_role: plan.from,
          to_role: plan.to,
          person: json(plan.person),
          kb_version: plan.kbVersion,
          guide: json(plan.guide),
          created_at: plan.now.toISOString(),
          updated_at: plan.now.toISOString(),
        })
        .execute();
    },
    async find(id) {
      const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const items = await db
        .selectFrom('plan_items')
        .select(['item_id', 'done'])
        .where('plan_id', '=', id)
        .execute();
      return {
        id: row.id,
        from: row.from_role,
        to: row.to_role,
        person: parse(row.person),
        kbVersion: row.kb_version,
        guide: parse(row.guide),
        createdAt: new Date(row.created_at),
        updatedAt: new Date(row.updated_at),
        items: new Map(items.map((item) => [item.item_id, item.done])),
      };
    },
    async setItem(planId, itemId, done, now) {
      if (batched) return batched({ planId, itemId, done, now });
      const found = await writeFound([{ planId, itemId, done, now }]);
      return found.has(planId) ? itemStates(planId) : undefined;
    },
    async setItems(planId, states, now) {
      if (states.size === 0) return exists(planId);
      const found = await writeFound([...states].map(([itemId, done]) => ({ planId, itemId, done, now })));
      return found.has(planId);
    },
    itemStates,
    async replaceGuide(planId, guide, kbVersion, now) {
      await db
        .updateTable('plans')
        .set({ guide: json(guide), kb_version: kbVersion, updated_at: now.toISOString() })
        .where('id', '=', planId)
        .execute();
    },
    async delete(id) {
      const result = await db.deleteFrom('plans').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
