import type { ColumnType } from 'kysely';

/** The database as Kysely sees it; one schema for PGlite and PostgreSQL. */
export interface Database {
  plans: PlansTable;
  plan_items: PlanItemsTable;
  page_views: PageViewsTable;
}

export interface PlansTable {
  id: string;
  from_role: string;
  to_role: string;
  person: ColumnType<unknown, string, string>;
  kb_version: string;
  guide: ColumnType<unknown, string, string>;
  created_at: ColumnType<Date, string, string>;
  updated_at: ColumnType<Date, string, string>;
}

export interface PlanItemsTable {
  plan_id: string;
  item_id: string;
  done: boolean;
  updated_at: ColumnType<Date, string, string>;
}

export interface PageViewsTable {
  path: string;
  count: ColumnType<string | number, number, number>;
}
