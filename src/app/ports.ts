// What the use cases need from storage. The app owns these interfaces; src/db implements them on kysely.

/** What a saved plan is: its move, the inputs it was computed for, and the guide as computed then. */
interface PlanRecord {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly person: unknown;
  readonly kbVersion: string;
  readonly guide: unknown;
}

export interface StoredPlan extends PlanRecord {
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Item id → done, for items ever ticked or unticked. */
  readonly items: ReadonlyMap<string, boolean>;
}

export interface NewPlan extends PlanRecord {
  readonly now: Date;
}

/** A plan's committed ticks and its last change (a new guide), read without the guide. */
export interface ItemStates {
  readonly updatedAt: Date;
  readonly items: ReadonlyMap<string, boolean>;
}

/** Saved plans and their ticks. Rows are parsed back into domain values by the app layer. */
export interface PlanRepository {
  create(plan: NewPlan): Promise<void>;
  find(id: string): Promise<StoredPlan | undefined>;
  /**
   * Sets one item and reads back the plan's committed states (undefined when the plan does not exist). Each
   * item is its own row, so concurrent ticks never collide.
   */
  setItem(planId: string, itemId: string, done: boolean, now: Date): Promise<ItemStates | undefined>;
  setItems(planId: string, states: ReadonlyMap<string, boolean>, now: Date): Promise<boolean>;
  itemStates(planId: string): Promise<ItemStates | undefined>;
  replaceGuide(planId: string, guide: unknown, kbVersion: string, now: Date): Promise<void>;
  delete(id: string): Promise<boolean>;
}

export interface ViewRepository {
  /** Adds a batch of increments and returns the new totals for those paths. */
  add(increments: ReadonlyMap<string, number>): Promise<Map<string, number>>;
  counts(paths: readonly string[]): Promise<Map<string, number>>;
  all(): Promise<Map<string, number>>;
}
