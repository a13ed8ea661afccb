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
  replaceGuide(planId: string, guide: unknown, kbVersion: string, now: Date): Promise<void>;
  delete(id: string): Promise<boolean>;
}

const json = (value: unknown) => JSON.stringify(value);
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
      return setIfPlanExists(db, planId, itemId, done, now);
    },
    async setItems(planId, states, now) {
      if (states.size === 0) return exists(planId);
      return db.transaction().execute(async (trx) => {
        let found = false;
        for (const [itemId, done] of states)
          found = (await setIfPlanExists(trx, planId, itemId, done, now)) || found;
        return found;
      });
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
