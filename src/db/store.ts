import { type DatabaseTarget, openDatabase } from './openDatabase.ts';
import { createPlanRepository, type PlanRepository } from './planRepository.ts';
import { createViewRepository, type ViewRepository } from './viewRepository.ts';

/** Everything users create, behind repositories; nothing above knows which backend runs. */
export interface Store {
  readonly plans: PlanRepository;
  readonly views: ViewRepository;
  readonly backend: 'pglite' | 'postgres';
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openStore(target: DatabaseTarget): Promise<Store> {
  const opened = await openDatabase(target);
  return {
    plans: createPlanRepository(opened.db),
    views: createViewRepository(opened.db),
    backend: opened.backend,
    ping: async () => {
      await opened.db.selectFrom('plans').select('id').limit(1).execute();
    },
    close: () => opened.close(),
  };
}

export function storeTarget(config: { databaseUrl?: string | undefined; dataDir: string }): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}
