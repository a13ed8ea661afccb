import MiniSearch from 'minisearch';
import {
  createKnowledgeBase,
  type KbEntities,
  type KnowledgeBase,
  type NameSearch,
} from '../domain/kb/knowledgeBase.ts';

const tokenizeDefault = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/**
 * A name search whose cost is bounded whatever it is given: at most 8 terms of at most 32 characters, and at
 * most 2 edits per term (typos in a title, not different words).
 */
function nameSearch(items: readonly { id: string; name: string; aliases: readonly string[] }[]): NameSearch {
  const index = new MiniSearch<{ id: string; name: string; aliases: string }>({
    fields: ['name', 'aliases', 'idWords'],
    storeFields: ['id'],
    extractField: (document, field) =>
      field === 'idWords'
        ? document.id.replaceAll('-', ' ')
        : ((document as Record<string, string>)[field] ?? ''),
    searchOptions: {
      fuzzy: 0.25,
      maxFuzzy: 2,
      prefix: true,
      boost: { name: 2 },
      combineWith: 'OR',
      tokenize: (text) =>
        tokenizeDefault(text)
          .filter((term) => term.length > 0 && term.length <= 32)
          .slice(0, 8),
    },
  });
  index.addAll(items.map((item) => ({ id: item.id, name: item.name, aliases: item.aliases.join(' | ') })));
  return (query, limit) =>
    index
      .search(query)
      .slice(0, limit)
      .map((hit) => String(hit.id));
}

/** Indexes validated entities, with the fuzzy name searches for roles and skills. */
export function indexKnowledgeBase(entities: KbEntities, kbVersion: string): KnowledgeBase {
  return createKnowledgeBase(entities, kbVersion, {
    roles: nameSearch(
      entities.roles.map((role) => ({ id: role.id, name: role.title, aliases: role.aliases })),
    ),
    skills: nameSearch(
      entities.skills.map((skill) => ({ id: skill.id, name: skill.name, aliases: skill.aliases })),
    ),
  });
}
