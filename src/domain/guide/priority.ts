import type { Importance } from '../kb/schemas.ts';
import type { Priority } from './guideSchema.ts';

export const PRIORITY_OF: Record<Importance, Priority> = {
  core: 'Critical',
  important: 'Important',
  nice: 'Nice to have',
};

export const PRIORITY_RANK: Record<Priority, number> = { Critical: 0, Important: 1, 'Nice to have': 2 };

/** DESIGN §5.2 weights. */
export const IMPORTANCE_WEIGHT: Record<Importance, number> = { core: 3, important: 2, nice: 1 };

export const IMPORTANCE_RANK: Record<Importance, number> = { core: 0, important: 1, nice: 2 };
