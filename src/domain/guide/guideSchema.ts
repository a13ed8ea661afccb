import { z } from 'zod';
import { CertificationSchema, ImportanceSchema } from '../kb/schemas.ts';
import { BudgetSchema } from './person.ts';

/** DESIGN §5.8, easiest first (the engine steps along this order). */
export const DIFFICULTIES = ['Easy', 'Moderate', 'Challenging', 'Very challenging'] as const;
export const DifficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof DifficultySchema>;

/** DESIGN §5.4: a skill to learn, by its importance in the target role (see priority.ts), most urgent first. */
export const PRIORITIES = ['Critical', 'Important', 'Nice to have'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

/** DESIGN §5.5: the kinds of roadmap phase, in roadmap order. */
export const PhaseKindSchema = z.enum([
  'credential',
  'foundations',
  'core',
  'specialization',
  'portfolio',
  'job-search',
]);
export type PhaseKind = z.infer<typeof PhaseKindSchema>;

/** How guides, hubs, recommendations, paths and plans name a role and a skill. */
export const RoleRefSchema = z.object({ id: z.string(), title: z.string() });
export type RoleRef = z.infer<typeof RoleRefSchema>;
export const SkillRefSchema = z.object({ id: z.string(), name: z.string() });
export type SkillRef = z.infer<typeof SkillRefSchema>;

/** How long a move takes: the roadmap total and the month range around it (DESIGN §5.6). */
export const TimelineSchema = z.object({
  minMonths: z.number().int(),
  maxMonths: z.number().int(),
  totalWeeks: z.number().int(),
});

/** DESIGN §5.2: the weighted share of the target's skills held, and "x of y skills match". */
export const MatchSchema = z.object({
  score: z.number().min(0).max(1),
  matched: z.number().int(),
  total: z.number().int(),
});

export const ResourceRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  provider: z.string(),
  url: z.string(),
  costUsd: z.number(),
  hours: z.number(),
});
const SalaryFigures = z.object({
  p25: z.number(),
  median: z.number(),
  p75: z.number(),
  sourceIds: z.array(z.string()),
});
const Level = z.number().int().min(0).max(5);
const PaceScenario = z.object({ hoursPerWeek: z.number(), ...TimelineSchema.shape });

/** A certification as guides and hubs list it. */
export const CertificationRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  issuer: z.string(),
  costUsd: z.number(),
  url: z.string(),
  status: CertificationSchema.shape.status,
  asOf: z.string(),
  priceEstimate: z.boolean(),
  /** Years of work experience needed before the credential is granted. */
  experienceYears: z.number().optional(),
});

/** A cited source: publisher, title, year and address. */
export const SourceRefSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  year: z.number(),
  url: z.string(),
});

/** The one definition of a guide: API responses, CLI JSON and tests share it (DESIGN §6). */
export const GuideSchema = z.object({
  from: RoleRefSchema,
  to: RoleRefSchema,
  title: z.string(),
  person: z.object({
    known: z.record(z.string(), Level),
    hoursPerWeek: z.number(),
    budget: BudgetSchema,
    currentSalary: z.number().optional(),
    startDate: z.string().optional(),
  }),
  headline: z.object({
    difficulty: DifficultySchema,
    timeline: TimelineSchema.extend({
      hoursPerWeek: z.number(),
      /** Hours of required learning and practice behind the timeline and the difficulty. */
      learningHours: z.number(),
      /** Hours of the optional (nice-to-have) extras, outside the timeline and the difficulty. */
      optionalHours: z.number(),
      /** The same plan at 5, 10 and 20 hours a week (and the person's own pace). */
      paces: z.array(PaceScenario),
    }),
    salaryChange: z.object({
      /** The headline: the target's median against the baseline (your salary or your role's median). */
      typicalPct: z.number(),
      /** First role (target 25th percentile) against the baseline. */
      minPct: z.number(),
      /** Established (target 75th percentile) against the baseline. */
      maxPct: z.number(),
      baseline: z.number(),
      baselineSource: z.enum(['source-median', 'your-salary']),
      from: SalaryFigures,
      to: SalaryFigures,
    }),
    demand: z.object({
      growthPct: z.number(),
      period: z.string(),
      label: z.string(),
      text: z.string(),
      sourceIds: z.array(z.string()),
    }),
  }),
  match: MatchSchema,
  overview: z.array(z.string()),
  /** Every skill the target role uses: the level held now and the level the role needs (for charts). */
  coverage: z.array(
    z.object({
      skill: SkillRefSchema,
      importance: ImportanceSchema,
      held: Level,
      /** The job-ready level: what a newcomer must show to be hired. */
      required: Level,
      /** The level the role's experienced people work at. */
      roleLevel: Level,
    }),
  ),
  transferableSkills: z.array(
    z.object({
      skill: SkillRefSchema,
      level: Level,
      appliesTo: SkillRefSchema,
      appliesHow: z.string(),
      /** Concrete topics the person already covers at their level. */
      topics: z.array(z.string()),
    }),
  ),
  skillsToLearn: z.array(
    z.object({
      skill: SkillRefSchema,
      priority: PrioritySchema,
      /** Nice-to-have: listed with its hours, outside the headline timeline and difficulty. */
      optional: z.boolean(),
      fromLevel: Level,
      /** The job-ready level this plan takes the skill to. */
      toLevel: Level,
      /** The level the role's experienced people work at (the job grows you from toLevel to here). */
      roleLevel: Level,
      /** Hours this skill adds to the plan, once a course it shares with other skills counts once. */
      hours: z.number(),
      /** Hours on its own, before any shared course. */
      standaloneHours: z.number(),
      weeks: z.number().int(),
      reason: z.string(),
      /** The concrete topics to cover between fromLevel and toLevel. */
      topics: z.array(z.string()),
      howToLearn: z.string(),
      resources: z.array(ResourceRefSchema),
      sharedCourse: z.object({ resource: ResourceRefSchema, withSkills: z.array(SkillRefSchema) }).optional(),
      /** Set when the required credential's programme teaches this skill; its hours sit inside that phase. */
      taughtIn: z.string().optional(),
    }),
  ),
  roadmap: z.array(
    z.object({
      index: z.number().int(),
      kind: PhaseKindSchema,
      title: z.string(),
      startWeek: z.number().int(),
      weeks: z.number().int(),
      startDate: z.string().optional(),
      endDate: z.string().optional(),
      skills: z.array(z.string()),
      tasks: z.array(z.string()),
      resources: z.array(ResourceRefSchema),
    }),
  ),
  realityCheck: z.object({
    love: z.array(z.string()),
    miss: z.array(z.string()),
    challenges: z.array(z.string()),
  }),
  actionPlan: z.object({
    thisWeek: z.array(z.string()),
    thisMonth: z.array(z.string()),
    next90Days: z.array(z.string()),
  }),
  faq: z.array(z.object({ q: z.string(), a: z.string() })),
  /** "How we computed this" for each headline figure, and the sentences a section shows around its items. */
  notes: z.object({
    difficulty: z.string(),
    timeline: z.string(),
    salaryChange: z.string(),
    demand: z.string(),
    match: z.string(),
    transferableSkills: z.string(),
    skillsToLearn: z.string(),
    realityCheckMiss: z.string(),
  }),
  certifications: z.array(CertificationRefSchema),
  /**
   * The degree, licence or apprenticeship the target requires and the person lacks (issue 15 §2): a guide says
   * so first, and its programme is a phase of the timeline.
   */
  credential: z
    .object({
      name: z.string(),
      months: z.number(),
      weeks: z.number(),
      partTime: z.boolean(),
      note: z.string(),
    })
    .optional(),
  /** Where each role's content comes from: written by our editors, or built from public occupation data. */
  provenance: z.object({
    from: z.enum(['reviewed', 'catalog']),
    to: z.enum(['reviewed', 'catalog']),
    /** Said when either role is built from the catalogue, with the attribution. */
    note: z.string().optional(),
  }),
  sources: z.array(SourceRefSchema),
  kbVersion: z.string(),
});

export type Guide = z.infer<typeof GuideSchema>;
export type ResourceRef = z.infer<typeof ResourceRefSchema>;
