import type { BorrowRule, CatalogFiles, CatalogMeta, Projections, Wages } from './catalogSchema.ts';
import { titleKey } from './titleKey.ts';

export interface CatalogTechnology {
  readonly name: string;
  /** O*NET "Hot Technology": among the most asked for in job postings across all occupations. */
  readonly hot: boolean;
}

/** Importance (1–5) and level (0–7) per element of `meta.elements`, with O*NET's precision flags. */
export interface CatalogRatings {
  readonly importance: readonly number[];
  readonly level: readonly number[];
  readonly suppressedImportance: readonly number[];
  readonly suppressedLevel: readonly number[];
  readonly notRelevant: readonly number[];
  /** The occupation whose ratings these are when they are borrowed (an approximation to say so on the page). */
  readonly borrowedFrom: string | null;
  readonly rule: BorrowRule | null;
}

export type TitleKind = 'primary' | 'alternate' | 'short' | 'reported';

export interface CatalogTitle {
  readonly title: string;
  readonly code: string;
  readonly kind: TitleKind;
}

export interface CatalogOccupation {
  readonly code: string;
  readonly title: string;
  readonly soc: string;
  readonly jobZone: number | null;
  /** Percent per `meta.educationLevels` entry; null where O*NET has no education data. */
  readonly education: readonly number[] | null;
  /** O*NET's related occupations, most related first. */
  readonly related: readonly string[];
  /** Own or borrowed ratings; null only where no rated relative exists (military codes). */
  readonly ratings: CatalogRatings | null;
  /** Technology names used in the occupation (shared objects of `Catalog.technologies`), by name. */
  readonly technology: readonly CatalogTechnology[];
  /** The subset O*NET flags "In Demand": often asked for in job postings for this occupation. */
  readonly inDemand: readonly CatalogTechnology[];
  readonly wages: Wages | null;
  readonly projections: Projections | null;
  readonly titles: {
    readonly alternate: readonly string[];
    readonly short: readonly string[];
    readonly reported: readonly string[];
  };
}

/** The loaded catalogue: immutable, indexed for per-occupation lookups and title resolution. */
export interface Catalog {
  readonly meta: CatalogMeta;
  /** Every occupation, by O*NET-SOC code. */
  readonly occupations: readonly CatalogOccupation[];
  readonly occupation: ReadonlyMap<string, CatalogOccupation>;
  /** 2018 SOC code (`15-2051`) → its O*NET occupations (`.00` first). */
  readonly occupationsBySoc: ReadonlyMap<string, readonly CatalogOccupation[]>;
  /** Every resolvable title: one entry per normalized title and occupation (primary, then alternate, short, reported). */
  readonly titles: readonly CatalogTitle[];
  /** titleKey(title) (normalizeName) → the entries of `titles` with that name, one per occupation. */
  readonly titleIndex: ReadonlyMap<string, readonly CatalogTitle[]>;
  readonly technologies: readonly CatalogTechnology[];
}

const TITLE_KINDS = ['alternate', 'short', 'reported'] as const;

/** Builds the indexed value from validated, cross-checked files; borrowed ratings share the lender's arrays. */
export function createCatalog(files: CatalogFiles): Catalog {
  const technologies = files.technologies.technologies;
  const ownRatings = new Map(files.ratings.ratings.map((record) => [record.code, record]));
  const titlesByCode = new Map(files.titles.titles.map((record) => [record.code, record]));
  const occupations = files.occupations.occupations.map((record): CatalogOccupation => {
    const lender =
      record.ratings.kind === 'own'
        ? record.code
        : record.ratings.kind === 'borrowed'
          ? record.ratings.borrowedFrom
          : null;
    const rated = lender === null ? undefined : ownRatings.get(lender);
    const titles = titlesByCode.get(record.code);
    return {
      code: record.code,
      title: record.title,
      soc: record.soc,
      jobZone: record.jobZone,
      education: record.education,
      related: record.related,
      ratings: rated
        ? {
            importance: rated.importance,
            level: rated.level,
            suppressedImportance: rated.suppressedImportance,
            suppressedLevel: rated.suppressedLevel,
            notRelevant: rated.notRelevant,
            borrowedFrom: record.ratings.kind === 'borrowed' ? record.ratings.borrowedFrom : null,
            rule: record.ratings.kind === 'borrowed' ? record.ratings.rule : null,
          }
        : null,
      technology: record.technology.map((position) => technologies[position] as CatalogTechnology),
      inDemand: record.inDemand.map((position) => technologies[position] as CatalogTechnology),
      wages: record.wages,
      projections: record.projections,
      titles: {
        alternate: titles?.alternate ?? [],
        short: titles?.short ?? [],
        reported: titles?.reported ?? [],
      },
    };
  });

  const occupationsBySoc = new Map<string, CatalogOccupation[]>();
  for (const occupation of occupations) {
    const list = occupationsBySoc.get(occupation.soc) ?? [];
    list.push(occupation);
    occupationsBySoc.set(occupation.soc, list);
  }
  const titles: CatalogTitle[] = [];
  const titleIndex = new Map<string, CatalogTitle[]>();
  const add = (title: string, code: string, kind: TitleKind) => {
    const key = titleKey(title);
    if (!key) return;
    const entries = titleIndex.get(key);
    if (entries?.some((entry) => entry.code === code)) return;
    const entry = { title, code, kind };
    titles.push(entry);
    if (entries) entries.push(entry);
    else titleIndex.set(key, [entry]);
  };
  for (const occupation of occupations) add(occupation.title, occupation.code, 'primary');
  for (const kind of TITLE_KINDS) {
    for (const occupation of occupations)
      for (const title of occupation.titles[kind]) add(title, occupation.code, kind);
  }
  return deepFreeze({
    meta: files.meta,
    occupations,
    occupation: new Map(occupations.map((occupation) => [occupation.code, occupation])),
    occupationsBySoc,
    titles,
    titleIndex,
    technologies,
  });
}

/** Freezes every object and array reachable from `value`; arrays of numbers or strings are frozen, not walked. */
function deepFreeze<T>(value: T): T {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value) && typeof value[0] !== 'object') return value;
  for (const inner of value instanceof Map ? value.values() : Object.values(value)) deepFreeze(inner);
  return value;
}
