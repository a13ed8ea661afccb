import { z } from 'zod';

/** Skill levels 0–5: none, aware, basic, working, advanced, expert (DESIGN §4). */
export const LevelSchema = z.number().int().min(0).max(5);
export const RequiredLevelSchema = z.number().int().min(1).max(5);

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single hyphens)');
const Text = z.string().trim().min(1, 'must not be empty');
const Sentence = z.string().trim().min(12, 'must be a full sentence (at least 12 characters)');
const IsoDate = z.iso.date('must be a date written YYYY-MM-DD');
const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');
const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });
const SourceIds = z.array(Id).min(1, 'a figure needs at least one source id');

export const FAMILIES = [
  'software-engineering',
  'data-and-ai',
  'infrastructure-and-operations',
  'security',
  'quality-assurance',
  'design-and-content',
  'product-and-project',
  'business-and-finance',
  'education',
  'science-and-engineering',
  'marketing-and-sales',
  'support-and-service',
  'management',
  'healthcare',
  'legal',
  'community-and-social-service',
  'arts-media-and-sports',
  'protective-service',
  'personal-care-and-hospitality',
  'office-and-administration',
  'skilled-trades',
  'production-and-manufacturing',
  'transportation-and-logistics',
  'agriculture-and-natural-resources',
  'military',
] as const;
export const FamilySchema = z.enum(FAMILIES);

/** Seniority steps; DESIGN §5.8 compares their positions in this list. */
export const SENIORITIES = ['entry', 'mid', 'senior', 'lead', 'executive'] as const;
export const SenioritySchema = z.enum(SENIORITIES);

export const SKILL_CATEGORIES = [
  'programming',
  'software-engineering',
  'web-and-mobile',
  'data',
  'math-and-statistics',
  'machine-learning',
  'ai-applications',
  'infrastructure',
  'security',
  'testing',
  'design',
  'product-and-project',
  'business-and-finance',
  'communication',
  'leadership',
  'education',
  'science-and-engineering',
  'marketing',
  'support',
  'tools',
] as const;
export const SkillCategorySchema = z.enum(SKILL_CATEGORIES);

export const ImportanceSchema = z.enum(['core', 'important', 'nice']);

export const RoleSkillSchema = z.strictObject({
  skill: Id,
  level: RequiredLevelSchema,
  importance: ImportanceSchema,
  /** The level a newcomer must show to be hired, when the rule in ARCHITECTURE.md gets it wrong. */
  hireLevel: RequiredLevelSchema.optional(),
  usage: Sentence,
});

/**
 * Knowledge a role's typical education and experience give without the role using it day to day (a software
 * engineer's discrete maths and networking basics). It counts toward what a person holds, never toward what the
 * role requires of newcomers.
 */
export const BackgroundSkillSchema = z.strictObject({
  skill: Id,
  level: z.number().int().min(1).max(3),
  /** Where it comes from, in a few words: "a computer science degree", "month-end close work". */
  from: Text,
});

/** Concrete sub-topics and tools, grouped by the level they belong to (DESIGN §4). */
export const TopicsSchema = z.strictObject({
  aware: z.array(Text).optional(),
  basic: z.array(Text).optional(),
  working: z.array(Text).optional(),
  advanced: z.array(Text).optional(),
  expert: z.array(Text).optional(),
});

export const OccupationCodeSchema = z.strictObject({
  soc: z.string().regex(/^\d{2}-\d{4}$/, 'must be a 2018 SOC code like 15-2051'),
  onet: z
    .string()
    .regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code like 15-2051.00')
    .optional(),
  title: Text,
  weight: z.number().gt(0).max(1),
});

const Soc = z
  .string()
  .regex(/^\d{2}-\d{4}$/, 'must be a 2018 SOC code like 15-2051 (00-0000 for all occupations)');

/**
 * U.S. pay for a role: the 25th percentile, median and 75th percentile of ONE occupation (`soc`, one of the role's
 * occupation codes) exactly as the source publishes them, so no figure can be shown under another percentile's
 * label. A content test checks them against the BLS files when they are present.
 */
export const SalarySchema = z.strictObject({
  soc: Soc,
  p25: z.number().int().positive(),
  median: z.number().int().positive(),
  p75: z.number().int().positive(),
  currency: z.literal('USD'),
  sourceIds: SourceIds,
  asOf: YearMonth,
  /** Why these figures fit the role, e.g. when the role is narrower than its occupation. */
  note: Sentence.optional(),
});

/** Projected growth of the same occupation the salary comes from. */
export const OutlookSchema = z.strictObject({
  soc: Soc,
  growthPct: z.number().min(-100).max(500),
  period: z.string().regex(/^\d{4}-\d{4}$/, 'must be a period written YYYY-YYYY'),
  sourceIds: SourceIds,
  note: Sentence.optional(),
});

export const DemandSchema = z.strictObject({
  text: Sentence,
  sourceIds: SourceIds,
});

export const ProjectSchema = z.strictObject({
  title: Text,
  description: Sentence,
  skills: z.array(Id).min(1),
});

export const FaqEntrySchema = z.strictObject({ q: Text, a: Sentence });

export const RoleSchema = z.strictObject({
  id: Id.optional(),
  title: Text,
  aliases: z.array(Text).default([]),
  family: FamilySchema,
  seniority: SenioritySchema,
  summary: Sentence,
  occupationCodes: z.array(OccupationCodeSchema).min(1),
  salary: SalarySchema,
  outlook: OutlookSchema,
  demand: DemandSchema,
  skills: z.array(RoleSkillSchema).min(8, 'a role needs 8–20 skills').max(20, 'a role needs 8–20 skills'),
  background: z.array(BackgroundSkillSchema).max(12).default([]),
  traits: z.strictObject({
    love: z.array(Id).min(4, 'a role needs at least 4 love traits'),
    challenges: z.array(Id).min(3, 'a role needs at least 3 challenges'),
  }),
  entry: z.strictObject({
    education: Sentence,
    experience: Sentence,
    degreeExpected: z.boolean(),
    /** The roles `experience` names as common ways in (ids); the hub lists them first among its backgrounds. */
    from: z.array(Id).default([]),
  }),
  /**
   * A degree, licence or apprenticeship the role legally or practically requires. Someone whose role does not
   * require the same credential (same id) takes it as a phase of its own with its real programme length.
   */
  credential: z
    .strictObject({
      id: Id,
      name: Text,
      /** Calendar months the programme takes full-time. */
      months: z.number().int().min(1).max(120),
      /** Calendar months part-time (under 40 hours a week), when a part-time route exists. */
      partTimeMonths: z.number().int().min(1).max(144).optional(),
      /** Skills the programme itself teaches: gaps in them are closed inside the credential phase. */
      covers: z.array(Id).default([]),
      note: Sentence,
      /**
       * Set when the credential is a level of education (an O*NET education category, 1–12): anyone whose own
       * education is at that level or above already holds it, whatever its id.
       */
      educationLevel: z.number().int().min(1).max(12).optional(),
    })
    .optional(),
  projects: z.array(ProjectSchema).min(3, 'a role needs at least 3 portfolio projects'),
  resumeTips: z.strictObject({
    into: z.array(Sentence).min(2),
    outOf: z.array(Sentence).min(2),
  }),
  certifications: z.array(Id).default([]),
  faq: z.array(FaqEntrySchema).default([]),
  /** A place people start from ("No experience") rather than a job to move into: never a target. */
  startingPoint: z.boolean().default(false),
});

export const SkillSchema = z.strictObject({
  id: Id.optional(),
  name: Text,
  aliases: z.array(Text).default([]),
  category: SkillCategorySchema,
  description: Sentence,
  /** Hours from level 0 to each of levels 1–5 (index 0 is level 1). */
  hoursToLevel: z.tuple([
    z.number().nonnegative(),
    z.number().nonnegative(),
    z.number().nonnegative(),
    z.number().nonnegative(),
    z.number().nonnegative(),
  ]),
  prerequisites: z.array(Id).default([]),
  related: z.array(z.strictObject({ skill: Id, transfer: z.number().gt(0).max(1) })).default([]),
  firstSteps: z.array(Sentence).min(2, 'a skill needs at least 2 first steps'),
  topics: TopicsSchema.optional(),
  /**
   * The O*NET skills and knowledge areas this skill stands for (element ids such as 2.A.1.c), so an occupation's
   * O*NET ratings become levels of KB skills. Each element belongs to exactly one skill.
   */
  onet: z
    .array(z.string().regex(/^2\.[ABC](\.\d+)+(\.[a-z])?$/, 'must be an O*NET element id like 2.A.1.c'))
    .default([]),
});

export const RESOURCE_KINDS = [
  'course',
  'book',
  'paper',
  'docs',
  'tutorial',
  'project',
  'dataset',
  'community',
  'tool',
] as const;
export const ResourceLevelSchema = z.enum(['beginner', 'intermediate', 'advanced']);

export const ResourceSchema = z.strictObject({
  id: Id.optional(),
  title: Text,
  provider: Text,
  url: HttpUrl,
  kind: z.enum(RESOURCE_KINDS),
  costUsd: z.number().nonnegative(),
  hours: z.number().positive(),
  level: ResourceLevelSchema,
  /**
   * The programming language (a skill id) the resource teaches its other skills in, when it matters: a C#
   * course teaches programming fundamentals only to someone headed for a role that uses C#.
   */
  language: Id.optional(),
  skills: z.array(Id).min(1),
  asOf: IsoDate,
});

export const CertificationSchema = z.strictObject({
  id: Id.optional(),
  name: Text,
  issuer: Text,
  costUsd: z.number().nonnegative(),
  url: HttpUrl,
  status: z.enum(['active', 'retired']),
  asOf: IsoDate,
  retiredOn: IsoDate.optional(),
  /** The certification that replaces a retired one, when there is one. */
  successor: Id.optional(),
  /** Years of qualifying work experience needed before the credential is granted (0 or absent: none). */
  experienceYears: z.number().min(0).max(20).optional(),
  /** True when `costUsd` is an estimate (secondary sources, member and non-member fees, windows). */
  priceEstimate: z.boolean().default(false),
  skills: z.array(Id).min(1),
  note: Sentence.optional(),
});

export const TraitSchema = z.strictObject({
  id: Id.optional(),
  /** As said by someone who has it: "You see your work in users' hands every week." */
  love: Sentence,
  /** As said by someone who leaves it behind. */
  miss: Sentence,
  challenge: Sentence.optional(),
});

export const SourceSchema = z.strictObject({
  id: Id.optional(),
  publisher: Text,
  title: Text,
  year: z.number().int().min(1900).max(2100),
  url: HttpUrl,
  accessed: IsoDate,
});

export const KbMetaSchema = z.strictObject({
  kbVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  updated: IsoDate,
});

export type Family = z.infer<typeof FamilySchema>;
export type Seniority = z.infer<typeof SenioritySchema>;
export type Importance = z.infer<typeof ImportanceSchema>;
export type RoleSkill = z.infer<typeof RoleSkillSchema>;
export type BackgroundSkill = z.infer<typeof BackgroundSkillSchema>;
export type Topics = z.infer<typeof TopicsSchema>;
export type RoleInput = z.infer<typeof RoleSchema>;
export type SkillInput = z.infer<typeof SkillSchema>;
export type ResourceInput = z.infer<typeof ResourceSchema>;
export type CertificationInput = z.infer<typeof CertificationSchema>;
export type TraitInput = z.infer<typeof TraitSchema>;
export type SourceInput = z.infer<typeof SourceSchema>;

type WithId<T> = Omit<T, 'id'> & { readonly id: string };

/** A level of one KB skill that an occupation's O*NET ratings give the people in it. */
export interface ElementLevel {
  readonly skill: string;
  readonly level: number;
}

/** What a role generated from the occupation catalogue carries besides the curated fields (issue 15). */
export interface CatalogFacts {
  /** The O*NET-SOC code the role was generated from. */
  readonly code: string;
  /** The 2018 SOC major group (the first two digits, "29"). */
  readonly majorGroup: string;
  readonly jobZone: number | null;
  /** The occupation whose ratings were lent to this one, when it has none of its own. */
  readonly borrowedFrom: string | null;
}

export type Role = WithId<RoleInput> & {
  /** Set on roles generated from the catalogue; curated roles never have it. */
  readonly catalog?: CatalogFacts;
  /**
   * The O*NET skill and knowledge profile of the role's occupation, as KB skill levels: what people in the job
   * hold, counted like background knowledge, so curated and catalogue roles compare like with like.
   */
  readonly elements?: readonly ElementLevel[];
  /** The O*NET education category most people in the role's occupation report as required (1–12). */
  readonly education?: number;
  /** The O*NET job zone of the role's occupation (1 little preparation … 5 extensive). */
  readonly jobZone?: number;
  /** Roles of the occupations O*NET lists as related to this one, most related first. */
  readonly related?: readonly string[];
};
export type Skill = WithId<SkillInput> & {
  /** Set on a tool skill generated from a technology the catalogue lists as in demand: no curated content. */
  readonly generated?: true;
};
export type Resource = WithId<ResourceInput>;
export type Certification = WithId<CertificationInput>;
export type Trait = WithId<TraitInput>;
export type Source = WithId<SourceInput>;
