import { LRUCache } from 'lru-cache';
import { buildHub } from '../domain/hub/buildHub.ts';
import type { Hub } from '../domain/hub/hubSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { resolveRole } from './resolveRole.ts';

/**
 * Hubs kept per KB, least recently used dropped first: a hub is about 13 KB in memory, so all of the product's
 * 1,005 would hold 13 MB for pages that a few hundred popular roles account for.
 */
export const HUBS_KEPT = 200;

const hubCaches = new WeakMap<KnowledgeBase, LRUCache<string, Hub>>();

function hubCache(kb: KnowledgeBase): LRUCache<string, Hub> {
  let cache = hubCaches.get(kb);
  if (!cache) {
    cache = new LRUCache({ max: HUBS_KEPT });
    hubCaches.set(kb, cache);
  }
  return cache;
}

/** The role's hub; it depends only on the KB and the role, so it is built once and kept while it is used. */
export function getHub(kb: KnowledgeBase, roleName: string): Hub {
  const role = resolveRole(kb, roleName, 'role');
  const cache = hubCache(kb);
  const cached = cache.get(role.id);
  if (cached) return cached;
  const hub = buildHub(kb, role);
  cache.set(role.id, hub);
  return hub;
}
