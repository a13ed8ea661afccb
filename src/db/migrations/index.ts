import type { Migration } from 'kysely';
import * as plans from './0001_plans.ts';
import * as pageViews from './0002_page_views.ts';

/** Every migration, by name; names sort in the order they apply. Add new ones at the end. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_plans': plans,
  '0002_page_views': pageViews,
};
