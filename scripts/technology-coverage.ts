// tsx scripts/technology-coverage.ts [count]: the technologies catalogue occupations name most often as in demand,
// each with the KB skill whose id, name or alias matches it (normalizeName), or "-" where none does yet. Shows which
// O*NET technology names still need an alias before catalogue roles can link them to skills.
import { join } from 'node:path';
import { loadCatalog } from '../src/catalog/loadCatalog.ts';
import { normalizeName } from '../src/domain/kb/normalizeName.ts';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';

const content = join(import.meta.dirname, '..', 'content');
const count = Number(process.argv[2] ?? 150);
const kb = loadKnowledgeBase(content);
const catalog = loadCatalog(join(content, 'catalog'));
if (!kb.ok || !catalog.ok) {
  console.error('content/ is invalid; run `npm run kb:check`');
  process.exit(1);
}

const skillByName = new Map<string, string>();
for (const skill of kb.kb.skills) {
  for (const name of [skill.id, skill.name, ...skill.aliases]) skillByName.set(normalizeName(name), skill.id);
}
const occupations = new Map<string, number>();
for (const occupation of catalog.catalog.occupations) {
  for (const technology of occupation.inDemand) {
    occupations.set(technology.name, (occupations.get(technology.name) ?? 0) + 1);
  }
}
const top = [...occupations].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count);
let matched = 0;
for (const [name, times] of top) {
  const skill = skillByName.get(normalizeName(name));
  if (skill) matched++;
  console.log(`${String(times).padStart(4)}  ${name}  →  ${skill ?? '-'}`);
}
console.log(`${matched} of ${top.length} technologies match a skill`);
