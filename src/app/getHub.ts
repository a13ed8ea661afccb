import { buildHub } from '../domain/hub/buildHub.ts';
import type { Hub } from '../domain/hub/hubSchema.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { resolveRole } from './resolveRole.ts';

export function getHub(kb: KnowledgeBase, roleName: string): Hub {
  return buildHub(kb, resolveRole(kb, roleName, 'role'));
}
