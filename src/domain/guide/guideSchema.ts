import { z } from 'zod';

const Ref = z.object({ id: z.string(), title: z.string() });
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

/** A certification as guides and hubs list it. */
export const CertificationRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  issuer: z.string(),
  costUsd: z.number(),
  url: z.string(),
  status: z.enum(['active', 'retired']),
  asOf: z.string(),
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
  from: Ref,
  to: Ref,
  title: z.string(),
  person: z.object({
    known: z.record(z.string(), Level),
    hoursPerWeek: z.number(),
    budget: z.enum(['free', 'any']),
    currentSalary: z.number().optional(),
    startDate: z.string().optional(),
  }),
  headline: z.object({
    difficulty: z.enum(['Easy', 'Moderate', 'Challenging', 'Very challenging']),
    timeline: z.object({
      minMonths: z.number().int(),
      maxMonths: z.number().int(),
      totalWeeks: z.number().int(),
      hoursPerWeek: z.number(),
      learningHours: z.number(),
    }),
    salaryChange: z.object({
      minPct: z.number(),
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
  match: z.object({ score: z.number().min(0).max(1), matched: z.number().int(), total: z.number().int() }),
  overview: z.array(z.string()),
  /** Every skill the target role uses: the level held now and the level the role needs (for charts). */
  coverage: z.array(
    z.object({
      skill: z.object({ id: z.string(), name: z.string() }),
      importance: z.enum(['core', 'important', 'nice']),
      held: Level,
      required: Level,
    }),
  ),
  transferableSkills: z.array(
    z.object({
      skill: Ref.extend({ name: z.string() }).omit({ title: true }),
      level: Level,
      appliesTo: z.object({ id: z.string(), name: z.string() }),
      appliesHow: z.string(),
    }),
  ),
  skillsToLearn: z.array(
    z.object({
      skill: z.object({ id: z.string(), name: z.string() }),
      priority: z.enum(['Critical', 'Important', 'Nice to have']),
      fromLevel: Level,
      toLevel: Level,
      hours: z.number(),
      weeks: z.number().int(),
      reason: z.string(),
      howToLearn: z.string(),
      resources: z.array(ResourceRefSchema),
    }),
  ),
  roadmap: z.array(
    z.object({
      index: z.number().int(),
      kind: z.enum(['foundations', 'core', 'specialization', 'portfolio', 'job-search']),
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
  certifications: z.array(CertificationRefSchema),
  sources: z.array(SourceRefSchema),
  kbVersion: z.string(),
});

export type Guide = z.infer<typeof GuideSchema>;
export type ResourceRef = z.infer<typeof ResourceRefSchema>;
