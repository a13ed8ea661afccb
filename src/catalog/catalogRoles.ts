import pluralize from 'pluralize';
import { listText, withArticle } from '../domain/guide/words.ts';
import type { KbEntities, RoleTitle } from '../domain/kb/knowledgeBase.ts';
import { normalizeName } from '../domain/kb/normalizeName.ts';
import type { ElementLevel, Importance, Role, RoleSkill, Seniority, Skill } from '../domain/kb/schemas.ts';
import { majorGroupOfSoc } from '../domain/kb/socMajorGroups.ts';
import type { Catalog, CatalogOccupation } from './catalog.ts';
import type { Credential } from './credentialSchema.ts';
import type { CredentialTable } from './loadCredentials.ts';
import { familyOfSoc } from './socGroups.ts';
import { titleKey } from './titleKey.ts';

/**
 * Issue 15 §2: every catalogue occupation as an engine role, in the KB's own vocabulary. The model, in one place:
 *
 * - An O*NET level L (0–7) is the Pathway level round(L × 5 / 7), at least 1: O*NET's 7 and Pathway's 5 are
 *   both "expert", its 1–2 and our 1 both "aware".
 * - A role requires the elements O*NET rates important to it (importance ≥ 3 on its 1–5 scale), most important
 *   first, at most MAX_ELEMENT_LINKS and at least MIN_LINKS; importance ≥ 3.75 is core (at most MAX_CORE),
 *   ≥ 3.25 important, the rest nice. An element whose level O*NET flags as unreliable or not relevant is left out.
 * - Technologies O*NET flags "in demand" for the occupation that are KB skills (by name or alias) are important
 *   at basic level: job posts name them, and a newcomer needs to have used them, not mastered them.
 * - People in an occupation hold every rated element at its level (`elements`), counted like background
 *   knowledge, whether or not the role requires it.
 * - A credential in the curated table that the law or most employers require gates the role with its real
 *   programme; otherwise, when most people in the job report a degree as required, that degree does.
 */

const ONET_MAX_LEVEL = 7;
const IMPORTANT_TO_ROLE = 3;
const CORE_IMPORTANCE = 3.75;
const IMPORTANT_IMPORTANCE = 3.25;
const MAX_CORE = 5;
const MAX_ELEMENT_LINKS = 14;
const MIN_LINKS = 8;
const MAX_TECHNOLOGY_LINKS = 4;
const TECHNOLOGY_LEVEL = 2;
/** Elements held below this O*NET level are not counted as held. */
const HELD_FROM_LEVEL = 1.5;
/** Aliases a generated role carries for fuzzy search; every title still resolves through `titles`. */
const MAX_ALIASES = 8;

export function pathwayLevel(onetLevel: number): number {
  return Math.min(5, Math.max(1, Math.round((onetLevel * 5) / ONET_MAX_LEVEL)));
}

/** What the catalogue adds to the curated entities. */
export interface CatalogRoleSet {
  /** Curated roles with their occupation's element profile and education added, then the generated roles. */
  readonly roles: readonly Role[];
  /** Tool skills for the in-demand technologies no KB skill names, used by generated roles. */
  readonly skills: readonly Skill[];
  /** Every catalogue title, primary first, pointing at the role shown for its occupation. */
  readonly titles: readonly RoleTitle[];
  /** O*NET-SOC code → the role shown for it (a curated role when one claims the occupation). */
  readonly roleOfOccupation: ReadonlyMap<string, string>;
}

/** A curated role claims the occupations it weighs most among the roles naming them (ties: the first by id). */
function curatedClaims(roles: readonly Role[]): Map<string, { role: Role; weight: number }> {
  const claims = new Map<string, { role: Role; weight: number }>();
  for (const role of [...roles].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const occupation of role.occupationCodes) {
      if (!occupation.onet) continue;
      const held = claims.get(occupation.onet);
      if (!held || occupation.weight > held.weight)
        claims.set(occupation.onet, { role, weight: occupation.weight });
    }
  }
  return claims;
}

/** The education category most people in the occupation report as required (the median respondent's). */
export function medianEducation(occupation: CatalogOccupation): number | undefined {
  if (!occupation.education) return undefined;
  let cumulative = 0;
  for (const [index, share] of occupation.education.entries()) {
    cumulative += share;
    if (cumulative >= 50) return index + 1;
  }
  return undefined;
}

/** "Registered Nurses" → "Registered Nurse"; qualifiers after "Except" or "Including" keep their plurals. */
export function singularTitle(title: string): string {
  // "Helpers--Electricians" is O*NET's way of writing "Electrician Helpers".
  const [head, tail] = title.split('--');
  if (head && tail) return `${singularTitle(tail)} ${singularTitle(head)}`;
  let qualifier = false;
  return title
    .split(/(, | and | or )/)
    .map((segment) => {
      if (/^(, | and | or )$/.test(segment)) return segment;
      if (/^(Except|Including)\b/.test(segment)) qualifier = true;
      if (qualifier) return segment;
      const words = segment.split(' ');
      const last = words.pop() ?? '';
      return [...words, pluralize.singular(last)].join(' ');
    })
    .join('');
}

function slug(title: string): string {
  return normalizeName(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function elementSkills(entities: KbEntities, catalog: Catalog): (string | undefined)[] {
  const byElement = new Map<string, string>();
  for (const skill of entities.skills) for (const element of skill.onet) byElement.set(element, skill.id);
  return catalog.meta.elements.map((element) => byElement.get(element.id));
}

function elementProfile(
  occupation: CatalogOccupation,
  skillOf: readonly (string | undefined)[],
): ElementLevel[] {
  const ratings = occupation.ratings;
  if (!ratings) return [];
  const unreliable = new Set([...ratings.suppressedLevel, ...ratings.notRelevant]);
  const levels = new Map<string, number>();
  ratings.level.forEach((onetLevel, index) => {
    const skill = skillOf[index];
    if (!skill || unreliable.has(index) || onetLevel < HELD_FROM_LEVEL) return;
    levels.set(skill, Math.max(levels.get(skill) ?? 0, pathwayLevel(onetLevel)));
  });
  return [...levels]
    .map(([skill, level]) => ({ skill, level }))
    .sort((a, b) => a.skill.localeCompare(b.skill));
}

const IMPORTANCE_RANK: Record<Importance, number> = { core: 0, important: 1, nice: 2 };

function requiredSkills(
  occupation: CatalogOccupation,
  skillOf: readonly (string | undefined)[],
  skillNames: ReadonlyMap<string, string>,
  nameOf: (skill: string) => string,
  toolSkill: (technology: string) => string,
): RoleSkill[] {
  const people = occupation.title.toLowerCase();
  const ratings = occupation.ratings;
  if (!ratings) return [];
  const unreliable = new Set([...ratings.suppressedLevel, ...ratings.notRelevant]);
  const ranked = ratings.importance
    .map((importance, index) => ({ importance, index, level: ratings.level[index] ?? 0 }))
    .filter(({ index }) => skillOf[index] !== undefined && !unreliable.has(index))
    .sort((a, b) => b.importance - a.importance || b.level - a.level || a.index - b.index);
  const links = new Map<string, RoleSkill>();
  let core = 0;
  for (const { importance, index, level } of ranked) {
    if (links.size >= MAX_ELEMENT_LINKS) break;
    if (importance < IMPORTANT_TO_ROLE && links.size >= MIN_LINKS) break;
    const skill = skillOf[index] as string;
    const tier: Importance =
      importance >= CORE_IMPORTANCE && core < MAX_CORE
        ? 'core'
        : importance >= IMPORTANT_IMPORTANCE
          ? 'important'
          : 'nice';
    const required = pathwayLevel(level);
    const held = links.get(skill);
    if (held) {
      // Two elements of one skill (O*NET's Mathematics skill and knowledge): the higher need of each.
      links.set(skill, {
        ...held,
        level: Math.max(held.level, required),
        importance: IMPORTANCE_RANK[tier] < IMPORTANCE_RANK[held.importance] ? tier : held.importance,
      });
      continue;
    }
    if (tier === 'core') core++;
    links.set(skill, {
      skill,
      level: required,
      importance: tier,
      usage: `O*NET rates ${nameOf(skill)} ${importance.toFixed(1)} of 5 in importance for ${people}, at level ${level.toFixed(1)} of 7.`,
    });
  }
  let technologies = 0;
  for (const technology of occupation.inDemand) {
    if (technologies >= MAX_TECHNOLOGY_LINKS) break;
    const skill = skillNames.get(normalizeName(technology.name)) ?? toolSkill(technology.name);
    if (links.has(skill)) continue;
    technologies++;
    links.set(skill, {
      skill,
      level: TECHNOLOGY_LEVEL,
      importance: 'important',
      usage: `Job postings for this occupation often ask for ${technology.name}, which O*NET lists as in demand for it.`,
    });
  }
  return [...links.values()];
}

function seniorityOf(occupation: CatalogOccupation): Seniority {
  const zone = occupation.jobZone ?? 3;
  if (occupation.soc.startsWith('11-') && zone >= 4) return 'lead';
  return zone <= 2 ? 'entry' : zone === 5 ? 'senior' : 'mid';
}

/** Usual full-time months of a programme at each O*NET education category (5 associate's … 12 post-doctoral). */
const DEGREE_PROGRAMMES: Readonly<Record<number, { name: string; months: number; partTime?: number }>> = {
  5: { name: "Associate's degree", months: 24, partTime: 36 },
  6: { name: "Bachelor's degree", months: 48, partTime: 72 },
  7: { name: 'Post-baccalaureate certificate', months: 12, partTime: 18 },
  8: { name: "Master's degree", months: 24, partTime: 36 },
  9: { name: "Post-master's certificate", months: 12, partTime: 18 },
  10: { name: 'First professional degree (such as law, medicine or pharmacy)', months: 36, partTime: 48 },
  11: { name: 'Doctoral degree', months: 60 },
  12: { name: 'Doctoral degree and post-doctoral training', months: 84 },
};
/** Categories that come after a bachelor's degree, whose programmes assume one. */
const AFTER_BACHELORS = 7;

function credentialOf(
  occupation: CatalogOccupation,
  table: CredentialTable,
  education: number | undefined,
  covers: readonly string[],
  educationShare: number | undefined,
): Role['credential'] {
  const gating = (table.byOccupation.get(occupation.code) ?? []).find(
    (credential: Credential) => credential.required !== 'optional' && credential.programme !== undefined,
  );
  if (gating?.programme) {
    const { minMonths, maxMonths, partTimeMaxMonths } = gating.programme;
    return {
      id: gating.id,
      name: gating.name,
      months: Math.max(1, Math.round((minMonths + maxMonths) / 2)),
      ...(partTimeMaxMonths !== undefined && partTimeMaxMonths > 0
        ? { partTimeMonths: partTimeMaxMonths }
        : {}),
      covers: [...covers],
      note: gating.note,
      ...(gating.educationLevel === undefined ? {} : { educationLevel: gating.educationLevel }),
    };
  }
  const degree = education === undefined ? undefined : DEGREE_PROGRAMMES[education];
  if (!degree || education === undefined) return undefined;
  const share = educationShare === undefined ? '' : ` (${Math.round(educationShare)}% of respondents)`;
  return {
    id: `education-${education}`,
    name: degree.name,
    months: degree.months,
    ...(degree.partTime ? { partTimeMonths: degree.partTime } : {}),
    covers: [...covers],
    note:
      `Most people in this job report ${withArticle(degree.name.toLowerCase())} or more as required for it${share}, in O*NET's survey of workers; ` +
      `a full-time programme usually takes about ${degree.months / 12} years` +
      `${education >= AFTER_BACHELORS ? ", after a bachelor's degree" : ''}.`,
    educationLevel: education,
  };
}

function educationShareAtOrAbove(occupation: CatalogOccupation, category: number): number | undefined {
  return occupation.education?.slice(category - 1).reduce((sum, share) => sum + share, 0);
}

function thousands(value: number): string {
  return Math.round(value * 1000).toLocaleString('en-US');
}

function generatedRole(
  occupation: CatalogOccupation,
  id: string,
  title: string,
  context: {
    skillOf: readonly (string | undefined)[];
    skillNames: ReadonlyMap<string, string>;
    nameOf: (skill: string) => string;
    toolSkill: (technology: string) => string;
    knowledgeSkills: ReadonlySet<string>;
    table: CredentialTable;
    educationLabel: (category: number) => string;
    titlesOf: ReadonlyMap<string, readonly string[]>;
  },
): Role | undefined {
  const { wages, projections } = occupation;
  if (!wages || wages.p25 === null || wages.median === null || wages.p75 === null) return undefined;
  if (!projections || projections.changePct === null || projections.openingsThousands === null)
    return undefined;
  const skills = requiredSkills(
    occupation,
    context.skillOf,
    context.skillNames,
    context.nameOf,
    context.toolSkill,
  );
  if (skills.length < MIN_LINKS) return undefined;
  const education = medianEducation(occupation);
  const covers = skills.filter((link) => context.knowledgeSkills.has(link.skill)).map((link) => link.skill);
  const credential = credentialOf(
    occupation,
    context.table,
    education,
    covers,
    education === undefined ? undefined : educationShareAtOrAbove(occupation, education),
  );
  const top = skills.slice(0, 3).map((link) => context.nameOf(link.skill));
  const growth = projections.changePct;
  const educationText =
    education === undefined
      ? 'O*NET has no survey of the education people in this job hold.'
      : `Most people in this job report ${withArticle(context.educationLabel(education).toLowerCase())} or more as the education it requires, in O*NET's survey of workers.`;
  const experience =
    !projections.relatedExperience || projections.relatedExperience === 'None'
      ? 'no related work experience'
      : `${projections.relatedExperience.toLowerCase()} of related work experience`;
  const training =
    !projections.onTheJobTraining || projections.onTheJobTraining === 'None'
      ? 'no training on the job'
      : `${projections.onTheJobTraining.toLowerCase()} training on the job`;
  const experienceText = `For a new entrant BLS lists ${experience} and ${training} as typical.`;
  const tech = occupation.inDemand.slice(0, 3).map((technology) => technology.name);
  const onetCode = { soc: occupation.soc, onet: occupation.code, title: occupation.title, weight: 1 };
  const oewsCode =
    wages.oewsCode === occupation.soc
      ? []
      : [{ soc: wages.oewsCode, title: `BLS aggregate ${wages.oewsCode}`, weight: 0.01 }];
  return {
    id,
    title,
    aliases: [
      occupation.title,
      ...(context.titlesOf.get(occupation.code) ?? []).filter(
        (other) => other !== title && other !== occupation.title,
      ),
    ].slice(0, MAX_ALIASES),
    family: familyOfSoc(occupation.soc),
    seniority: seniorityOf(occupation),
    summary:
      `An occupation in the U.S. classification (SOC ${occupation.soc}) whose work O*NET rates as relying most on ` +
      `${listText(top)}; this page is built from public occupation data rather than written by our editors.`,
    occupationCodes: [onetCode, ...oewsCode],
    salary: {
      soc: wages.oewsCode,
      p25: wages.p25,
      median: wages.median,
      p75: wages.p75,
      currency: 'USD',
      sourceIds: ['bls-oews-2025'],
      asOf: '2025-05',
      ...(wages.viaException
        ? {
            note: `BLS publishes wages for this occupation only within the wider group ${wages.oewsCode}, so these are that group's figures.`,
          }
        : {}),
    },
    outlook: {
      soc: projections.epCode,
      growthPct: growth,
      period: '2024-2034',
      sourceIds: ['bls-ep-2024-34'],
    },
    demand: {
      text:
        `BLS projects about ${thousands(projections.openingsThousands)} openings a year in this occupation from 2024 to 2034, ` +
        `counting jobs people leave as well as new ones, with employment ${growth >= 0 ? 'growing' : 'shrinking'} ${Math.abs(growth)}% over the decade.`,
      sourceIds: ['bls-ep-2024-34'],
    },
    skills,
    background: [],
    traits: { love: [], challenges: [] },
    entry: {
      education: educationText,
      experience: experienceText,
      degreeExpected: education !== undefined && education >= 6,
      from: [],
    },
    ...(credential ? { credential } : {}),
    projects: [],
    resumeTips: {
      into: [
        `Put first the work where you used ${listText(top)}, with how often and for whom, since those are what this job relies on most.`,
        ...(tech.length > 0
          ? [`Name the tools you have used that job posts for this work ask for, such as ${listText(tech)}.`]
          : []),
      ],
      outOf: [
        `Describe your ${top[0] ?? 'core'} work in the terms of the job you want, with results someone outside this occupation would recognise.`,
      ],
    },
    certifications: [],
    faq: [],
    startingPoint: false,
    catalog: {
      code: occupation.code,
      majorGroup: majorGroupOfSoc(occupation.soc),
      jobZone: occupation.jobZone,
      borrowedFrom: occupation.ratings?.borrowedFrom ?? null,
    },
    elements: elementProfile(occupation, context.skillOf),
    ...(education === undefined ? {} : { education }),
    ...(occupation.jobZone === null ? {} : { jobZone: occupation.jobZone }),
  };
}

/** Hours from level 0 to levels 1–5 of a generated tool skill (content/skills/ONET.md, "tools"). */
const TOOL_HOURS: Skill['hoursToLevel'] = [2, 10, 40, 120, 300];

function generatedToolSkill(id: string, name: string): Skill {
  return {
    id,
    name,
    aliases: [],
    category: 'tools',
    description: `${name} is software or a technology that O*NET lists as in demand in job postings for the occupations that use it; our editors have not written a guide to it.`,
    hoursToLevel: TOOL_HOURS,
    prerequisites: [],
    related: [],
    firstSteps: [
      `Look for the getting-started training or documentation its maker publishes for ${name} and work through the first module.`,
      `Ask someone who uses ${name} at work to show you the three tasks they do in it most often, then repeat them on your own.`,
    ],
    onet: [],
    generated: true,
  };
}

/** The catalogue occupation a curated role weighs most. */
function primaryOccupation(role: Role, catalog: Catalog): CatalogOccupation | undefined {
  const primary = [...role.occupationCodes]
    .filter((code) => code.onet && catalog.occupation.has(code.onet))
    .sort((a, b) => b.weight - a.weight)[0];
  return primary?.onet ? catalog.occupation.get(primary.onet) : undefined;
}

const TITLE_KIND_RANK = { primary: 0, short: 1, alternate: 2, reported: 3 } as const;

function words(text: string): string[] {
  return normalizeName(text)
    .split(' ')
    .map((word) => pluralize.singular(word));
}

/**
 * Each title the catalogue knows, with the one occupation it should resolve to when several use it: the kind
 * of title first (an occupation's own name before another's alternate title), then how many of its words the
 * occupation's own name shares ("Truck Driver" is a truck driver's title before a freight forwarder's), then
 * the larger occupation. In the catalogue's title order, one entry per occupation code and title.
 */
function bestOccupationPerTitle(catalog: Catalog): [code: string, title: string][] {
  const ownWordsCache = new Map<string, ReadonlySet<string>>();
  const ownWords = {
    get(code: string): ReadonlySet<string> | undefined {
      let known = ownWordsCache.get(code);
      if (!known) {
        known = new Set(words(catalog.occupation.get(code)?.title ?? ''));
        ownWordsCache.set(code, known);
      }
      return known;
    },
  };
  const chosen: [string, string][] = [];
  for (const entries of catalog.titleIndex.values()) {
    const first = entries[0];
    if (!first) continue;
    if (entries.length === 1) {
      chosen.push([first.code, first.title]);
      continue;
    }
    const wanted = words(first.title);
    const overlap = (code: string) => wanted.filter((word) => ownWords.get(code)?.has(word)).length;
    const employment = (code: string) => catalog.occupation.get(code)?.wages?.employment ?? 0;
    const best = [...entries].sort(
      (a, b) =>
        TITLE_KIND_RANK[a.kind] - TITLE_KIND_RANK[b.kind] ||
        overlap(b.code) - overlap(a.code) ||
        employment(b.code) - employment(a.code) ||
        a.code.localeCompare(b.code),
    )[0] as (typeof entries)[number];
    chosen.push([best.code, best.title]);
  }
  return chosen;
}

/**
 * The curated roles with their occupation's profile, and a generated role for every catalogue occupation no
 * curated role claims that has the wages, projections and ratings a guide needs. Deterministic: the same
 * entities and catalogue give the same roles in the same order.
 */
export function catalogRoleSet(
  entities: KbEntities,
  catalog: Catalog,
  table: CredentialTable,
): CatalogRoleSet {
  const skillOf = elementSkills(entities, catalog);
  const skillById = new Map(entities.skills.map((skill) => [skill.id, skill]));
  const nameOf = (skill: string) => skillById.get(skill)?.name ?? skill;
  const skillNames = new Map<string, string>();
  for (const skill of entities.skills)
    for (const name of [skill.id, skill.name, ...skill.aliases]) {
      const key = normalizeName(name);
      if (key && !skillNames.has(key)) skillNames.set(key, skill.id);
    }
  const knowledgeSkills = new Set(
    catalog.meta.elements.flatMap((element, index) =>
      element.domain === 'knowledge' && skillOf[index] ? [skillOf[index] as string] : [],
    ),
  );
  const labels = new Map(catalog.meta.educationLevels.map((level) => [level.category, level.label]));
  const educationLabel = (category: number) => labels.get(category) ?? `education level ${category}`;

  const claims = curatedClaims(entities.roles);
  const curated = entities.roles.map((role): Role => {
    const occupation = primaryOccupation(role, catalog);
    if (!occupation) return role.startingPoint ? { ...role, education: 2 } : role;
    const education = medianEducation(occupation);
    return {
      ...role,
      elements: elementProfile(occupation, skillOf),
      ...(education === undefined ? {} : { education }),
      ...(occupation.jobZone === null ? {} : { jobZone: occupation.jobZone }),
    };
  });

  const bestTitles = bestOccupationPerTitle(catalog);
  const titlesOf = new Map<string, string[]>();
  for (const [code, title] of bestTitles) {
    const list = titlesOf.get(code) ?? [];
    list.push(title);
    titlesOf.set(code, list);
  }
  const taken = new Set<string>();
  for (const role of entities.roles) {
    taken.add(role.id);
    for (const name of [role.title, ...role.aliases]) taken.add(slug(name));
  }
  const roleOfOccupation = new Map<string, string>();
  for (const [code, claim] of claims) roleOfOccupation.set(code, claim.role.id);
  const generated: Role[] = [];
  // Tool skills join skillById as they are made, so nameOf and the id check cover them too.
  const tools = new Map<string, Skill>();
  const toolSkill = (technology: string) => {
    const key = normalizeName(technology);
    const known = tools.get(key);
    if (known) return known.id;
    let id = `tool-${slug(technology)}`;
    while (skillById.has(id)) id = `${id}-x`;
    const skill = generatedToolSkill(id, technology);
    tools.set(key, skill);
    skillById.set(id, skill);
    return id;
  };
  const context = {
    skillOf,
    skillNames,
    nameOf,
    toolSkill,
    knowledgeSkills,
    table,
    educationLabel,
    titlesOf,
  };
  for (const occupation of catalog.occupations) {
    if (roleOfOccupation.has(occupation.code)) continue;
    const title = singularTitle(occupation.title);
    const plain = slug(title);
    const id = taken.has(plain) ? `${plain}-${occupation.code.replace('.', '-')}` : plain;
    const role = generatedRole(occupation, id, title, context);
    if (!role) continue;
    taken.add(id);
    roleOfOccupation.set(occupation.code, id);
    generated.push(role);
  }

  const titles: RoleTitle[] = [];
  for (const occupation of catalog.occupations) {
    const role = roleOfOccupation.get(occupation.code);
    if (role) titles.push({ key: titleKey(singularTitle(occupation.title)), role });
  }
  for (const [code, title] of bestTitles) {
    const role = roleOfOccupation.get(code);
    if (role) titles.push({ key: titleKey(title), role });
  }
  const relatedOf = (occupation: CatalogOccupation, self: string) => [
    ...new Set(
      occupation.related.flatMap((code) => {
        const role = roleOfOccupation.get(code);
        return role && role !== self ? [role] : [];
      }),
    ),
  ];
  const withRelated = [...curated, ...generated].map((role): Role => {
    const code = role.catalog?.code ?? primaryOccupation(role, catalog)?.code;
    const occupation = code ? catalog.occupation.get(code) : undefined;
    return occupation ? { ...role, related: relatedOf(occupation, role.id) } : role;
  });
  const skills = [...tools.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { roles: withRelated, skills, titles, roleOfOccupation };
}
