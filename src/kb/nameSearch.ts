import MiniSearch from 'minisearch';
import {
  createKnowledgeBase,
  type KbEntities,
  type KnowledgeBase,
  type NameSearch,
} from '../domain/kb/knowledgeBase.ts';

const tokenizeDefault = MiniSearch.getDefault('tokenize') as (text: string) => string[];

type Named = { id: string; name: string; aliases: readonly string[] };

/**
 * A name search whose cost is bounded whatever it is given: at most 8 terms of at most 32 characters, and at
 * most 2 edits per term (typos in a title, not different words). The index is built on the first search (about
 * 100 ms and 4 MB for the product's 1,005 roles), so a server starts without it and holds it only once someone
 * searches or mistypes a name.
 */
function nameSearch(items: () => readonly Named[]): NameSearch {
  let index: MiniSearch<{ id: string; name: string; aliases: string }> | undefined;
  return (query, limit) => {
    index ??= buildIndex(items());
    return index
      .search(query)
      .slice(0, limit)
      .map((hit) => String(hit.id));
  };
}

function buildIndex(items: readonly Named[]) {
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
  return index;
}

/** Indexes validated entities, with the fuzzy name searches for roles and skills. */
export function indexKnowledgeBase(entities: KbEntities, kbVersion: string): KnowledgeBase {
  // Only the lists the searches index are kept until then (not the ~50,000 titles beside them).
  const { roles, skills } = entities;
  return createKnowledgeBase(entities, kbVersion, {
    roles: nameSearch(() => roles.map((role) => ({ id: role.id, name: role.title, aliases: role.aliases }))),
    skills: nameSearch(() =>
      skills.map((skill) => ({ id: skill.id, name: skill.name, aliases: skill.aliases })),
    ),
  });
}
