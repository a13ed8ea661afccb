import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('from_role', 'text', (col) => col.notNull())
    .addColumn('to_role', 'text', (col) => col.notNull())
    .addColumn('person', 'jsonb', (col) => col.notNull())
    .addColumn('kb_version', 'text', (col) => col.notNull())
    .addColumn('guide', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('plan_items')
    .addColumn('plan_id', 'text', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('done', 'boolean', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('plan_items_pkey', ['plan_id', 'item_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_items').execute();
  await db.schema.dropTable('plans').execute();
}
