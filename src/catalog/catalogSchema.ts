import { z } from 'zod';

/**
 * The committed, derived occupation catalogue (content/catalog/): facts only, no O*NET sentences. One zod schema
 * per file is the contract between the importer (which writes these values) and the loader (which validates them).
 * Bulk files hold one record per line so diffs and problems point at an occupation.
 */

export const CATALOG_FORMAT = 1;

/** The files of the catalogue, in the order the importer writes and the loader reads them. */
export const CATALOG_FILES = {
  meta: 'catalog.json',
  occupations: 'occupations.json',
  ratings: 'ratings.json',
  titles: 'titles.json',
  technologies: 'technologies.json',
} as const;
export type CatalogFileKey = keyof typeof CATALOG_FILES;

const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
export const OnetCodeSchema = z.string().regex(ONET_CODE, 'must be an O*NET-SOC code like 15-2051.00');
/** SOC and BLS codes (`XX-XXXX`); BLS aggregates such as 13-1020 have the same shape. */
export const SocCodeSchema = z.string().regex(/^\d{2}-\d{4}$/, 'must be a code like 15-2051');
const Text = z.string().trim().min(1, 'must not be empty');

/*
 * The bulk lists (about 120,000 ratings, 68,000 titles, 32,000 technology links) are checked in place rather than
 * element by element: zod would copy every array, which doubles the start-up allocation of the catalogue.
 */
const numberList = (min: number, max: number, integer = false) =>
  z.custom<number[]>(
    (value) =>
      Array.isArray(value) &&
      value.every(
        (item) =>
          typeof item === 'number' && item >= min && item <= max && (!integer || Number.isInteger(item)),
      ),
    { error: `must be a list of ${integer ? 'whole ' : ''}numbers from ${min} to ${max}` },
  );
const positions = numberList(0, Number.MAX_SAFE_INTEGER, true);
const names = z.custom<string[]>(
  (value) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== ''),
  { error: 'must be a list of non-empty names' },
);
const codes = z.custom<string[]>(
  (value) => Array.isArray(value) && value.every((item) => typeof item === 'string' && ONET_CODE.test(item)),
  { error: 'must be a list of O*NET-SOC codes like 15-2051.00' },
);
/** A dollar figure BLS publishes, or null where it publishes a marker instead (`*` not available, `#` top-coded). */
const Dollars = z.number().int().min(0).nullable();
const Thousands = z.number().nullable();

/** The kinds of figure the catalogue holds; each names its sources in `figureSources`. */
export const FIGURE_KINDS = [
  'titles',
  'jobZone',
  'education',
  'ratings',
  'technology',
  'related',
  'wages',
  'projections',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const CatalogSourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  publisher: Text,
  title: Text,
  year: z.number().int().min(1990).max(2100),
  url: z.url({ protocol: /^https?$/ }),
});
export type CatalogSource = z.infer<typeof CatalogSourceSchema>;

export const ELEMENT_DOMAINS = ['skill', 'knowledge'] as const;

export const CatalogMetaSchema = z.strictObject({
  format: z.literal(CATALOG_FORMAT),
  attribution: z.strictObject({ onet: Text, bls: Text }),
  versions: z.strictObject({ onet: Text, oews: Text, projections: Text }),
  sources: z.array(CatalogSourceSchema).min(1),
  /** Every figure kind → the source ids it comes from (every figure is sourced by its kind). */
  figureSources: z.record(z.enum(FIGURE_KINDS), z.array(Text).min(1)),
  /** O*NET skill (2.A, 2.B) and knowledge (2.C) elements; ratings arrays are indexed by position here. */
  elements: z
    .array(
      z.strictObject({
        id: z.string().regex(/^2\.[A-C](\.[a-z0-9]+)+$/, 'must be an O*NET skill or knowledge element id'),
        name: Text,
        domain: z.enum(ELEMENT_DOMAINS),
      }),
    )
    .min(1),
  /** O*NET "Required Level of Education" categories (short names); education arrays are indexed by position. */
  educationLevels: z.array(z.strictObject({ category: z.number().int().min(1), label: Text })).min(1),
  jobZones: z.array(z.strictObject({ zone: z.number().int().min(1).max(5), name: Text })).min(1),
});
export type CatalogMeta = z.infer<typeof CatalogMetaSchema>;

export const BORROW_RULES = [
  'related-occupation',
  'same-soc',
  'same-broad-group',
  'same-minor-group',
] as const;
export type BorrowRule = (typeof BORROW_RULES)[number];

const RatingsRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('own') }),
  z.strictObject({ kind: z.literal('borrowed'), borrowedFrom: OnetCodeSchema, rule: z.enum(BORROW_RULES) }),
  z.strictObject({ kind: z.literal('none') }),
]);

const WAGE_FIELDS = ['mean', 'p10', 'p25', 'median', 'p75', 'p90'] as const;
export type WageField = (typeof WAGE_FIELDS)[number];

export const WagesSchema = z.strictObject({
  /** The OEWS row used: the occupation's SOC code, or the aggregate the exceptions table names. */
  oewsCode: SocCodeSchema,
  viaException: z.boolean(),
  /** Wage-and-salary employment, rounded to tens by BLS (self-employed excluded). */
  employment: z.number().int().min(0).nullable(),
  mean: Dollars,
  p10: Dollars,
  p25: Dollars,
  median: Dollars,
  p75: Dollars,
  p90: Dollars,
  /** Fields BLS marked `#` (at or above its top-coding threshold); they are null above. */
  topCoded: z.array(z.enum(WAGE_FIELDS)),
  annualOnly: z.boolean(),
  hourlyOnly: z.boolean(),
});
export type Wages = z.infer<typeof WagesSchema>;

export const ProjectionsSchema = z.strictObject({
  epCode: SocCodeSchema,
  viaException: z.boolean(),
  employment2024Thousands: Thousands,
  employment2034Thousands: Thousands,
  changePct: z.number().nullable(),
  /** Annual average openings 2024–34 (growth plus replacement), thousands: the BLS demand measure. */
  openingsThousands: Thousands,
  entryEducation: Text.nullable(),
  relatedExperience: Text.nullable(),
  onTheJobTraining: Text.nullable(),
});
export type Projections = z.infer<typeof ProjectionsSchema>;

export const OccupationRecordSchema = z.strictObject({
  code: OnetCodeSchema,
  title: Text,
  soc: SocCodeSchema,
  jobZone: z.number().int().min(1).max(5).nullable(),
  /** Percent of respondents per education category (positions of `educationLevels`); null where O*NET has none. */
  education: numberList(0, 100).nullable(),
  /** Related occupations in O*NET's ranking: positions 1–5 Primary-Short, 6–10 Primary-Long, 11–20 Supplemental. */
  related: codes,
  ratings: RatingsRefSchema,
  /** Positions in technologies.json, ascending; `inDemand` is the subset O*NET flags for this occupation. */
  technology: positions,
  inDemand: positions,
  wages: WagesSchema.nullable(),
  projections: ProjectionsSchema.nullable(),
});
export type OccupationRecord = z.infer<typeof OccupationRecordSchema>;

export const OccupationsFileSchema = z.strictObject({ occupations: z.array(OccupationRecordSchema) });

export const RatingsRecordSchema = z.strictObject({
  code: OnetCodeSchema,
  /** Importance (IM, 1–5) and level (LV, 0–7) per element, in `elements` order. */
  importance: numberList(1, 5),
  level: numberList(0, 7),
  /** Element positions O*NET flags "Recommend Suppress" (low precision) on each scale. */
  suppressedImportance: positions,
  suppressedLevel: positions,
  /** Element positions rated "not relevant" for the occupation (their level means none). */
  notRelevant: positions,
});
export type RatingsRecord = z.infer<typeof RatingsRecordSchema>;

export const RatingsFileSchema = z.strictObject({ ratings: z.array(RatingsRecordSchema) });

export const TitlesRecordSchema = z.strictObject({
  code: OnetCodeSchema,
  alternate: names,
  short: names,
  reported: names,
});
export type TitlesRecord = z.infer<typeof TitlesRecordSchema>;

export const TitlesFileSchema = z.strictObject({ titles: z.array(TitlesRecordSchema) });

export const TechnologyRecordSchema = z.strictObject({
  name: z.string().min(1, 'must not be empty'),
  /** O*NET "Hot Technology": among the technologies most asked for in job postings across occupations. */
  hot: z.boolean(),
});
export const TechnologiesFileSchema = z.strictObject({ technologies: z.array(TechnologyRecordSchema) });

export const CATALOG_FILE_SCHEMAS = {
  meta: CatalogMetaSchema,
  occupations: OccupationsFileSchema,
  ratings: RatingsFileSchema,
  titles: TitlesFileSchema,
  technologies: TechnologiesFileSchema,
} as const;

/** The whole catalogue as the importer produces it and the files hold it. */
export interface CatalogFiles {
  readonly meta: CatalogMeta;
  readonly occupations: z.infer<typeof OccupationsFileSchema>;
  readonly ratings: z.infer<typeof RatingsFileSchema>;
  readonly titles: z.infer<typeof TitlesFileSchema>;
  readonly technologies: z.infer<typeof TechnologiesFileSchema>;
}
