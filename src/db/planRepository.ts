import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

export interface StoredPlan {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly person: unknown;
  readonly kbVersion: string;
  readonly guide: unknown;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Item id → done, for items ever ticked or unticked. */
  readonly items: ReadonlyMap<string, boolean>;
}

export interface NewPlan {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly person: unknown;
  readonly kbVersion: string;
  readonly guide: unknown;
  readonly now: Date;
}

/** Saved plans and their ticks. Rows are parsed back into domain values by the app layer. */
export interface PlanRepository {
  create(plan: NewPlan): Promise<void>;
  find(id: string): Promise<StoredPlan | undefined>;
  /** Sets one item; false when the plan does not exist. Each item is its own row, so concurrent ticks never collide. */
  setItem(planId: string, itemId: string, done: boolean, now: Date): Promise<boolean>;
  setItems(planId: string, states: ReadonlyMap<string, boolean>, now: Date): Promise<boolean>;
  /** The committed tick states and the plan's last change (a new guide), without reading the guide. */
  itemStates(planId: string): Promise<{ updatedAt: Date; items: ReadonlyMap<string, boolean> } | undefined>;
  replaceGuide(planId: string, guide: unknown, kbVersion: string, now: Date): Promise<void>;
  delete(id: string): Promise<boolean>;
}

const json = (value: unknown) => JSON.stringify(value);

/** PostgreSQL's foreign-key violation: the plan was deleted between the check and the write. */
const isPlanGone = (error: unknown) => (error as { code?: unknown } | null)?.code === '23503';
const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

export function createPlanRepository(db: Kysely<Database>): PlanRepository {
  /** Sets one item in one statement; writes nothing (and returns false) when the plan does not exist. */
  const setIfPlanExists = async (
    executor: Kysely<Database>,
    planId: string,
    itemId: string,
    done: boolean,
    now: Date,
  ): Promise<boolean> => {
    const at = now.toISOString();
    const row = await executor
      .insertInto('plan_items')
      .columns(['plan_id', 'item_id', 'done', 'updated_at'])
      .expression(
        executor
          .selectFrom('plans')
          .select([
            'id as plan_id',
            sql<string>`${itemId}::text`.as('item_id'),
            sql<boolean>`${done}::boolean`.as('done'),
            sql<string>`${at}::timestamptz`.as('updated_at'),
          ])
          .where('id', '=', planId),
      )
      .onConflict((oc) => oc.columns(['plan_id', 'item_id']).doUpdateSet({ done, updated_at: at }))
      .returning('item_id')
      .executeTakeFirst();
    return row !== undefined;
  };
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
    setItem(planId, itemId, done, now) {
      return setIfPlanExists(db, planId, itemId, done, now).catch((error: unknown) => {
        if (isPlanGone(error)) return false;
        throw error;
      });
    },
    async setItems(planId, states, now) {
      if (states.size === 0) return exists(planId);
      return db
        .transaction()
        .execute(async (trx) => {
          let found = false;
          for (const [itemId, done] of states)
            found = (await setIfPlanExists(trx, planId, itemId, done, now)) || found;
          return found;
        })
        .catch((error: unknown) => {
          if (isPlanGone(error)) return false;
          throw error;
        });
    },
    async itemStates(planId) {
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
    },
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
