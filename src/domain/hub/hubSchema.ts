import { z } from 'zod';
import {
  CertificationRefSchema,
  DifficultySchema,
  MatchSchema,
  RoleRefSchema,
  SkillRefSchema,
  SourceRefSchema,
  TimelineSchema,
} from '../guide/guideSchema.ts';

const Cert = CertificationRefSchema.extend({
  retiredOn: z.string().optional(),
  successor: z.object({ id: z.string(), name: z.string() }).optional(),
});

/** A role hub (DESIGN §1): how people get into a role, where it leads, and what helps. */
export const HubSchema = z.object({
  role: RoleRefSchema.extend({
    family: z.string(),
    seniority: z.string(),
    aliases: z.array(z.string()),
    /** A starting point such as "No experience": nobody moves into it, so the hub only looks outward. */
    startingPoint: z.boolean(),
    /** True when our editors wrote the role; false when it is built from public occupation data. */
    reviewed: z.boolean(),
    /** For a catalogue role: where its content comes from, with O*NET's attribution. */
    provenance: z.string().optional(),
  }),
  title: z.string(),
  summary: z.object({
    text: z.string(),
    occupationCodes: z.array(z.object({ soc: z.string(), onet: z.string().optional(), title: z.string() })),
    salary: z.object({
      p25: z.number(),
      median: z.number(),
      p75: z.number(),
      asOf: z.string(),
      note: z.string().optional(),
      sourceIds: z.array(z.string()),
    }),
    outlook: z.object({
      growthPct: z.number(),
      period: z.string(),
      label: z.string(),
      sourceIds: z.array(z.string()),
    }),
    demand: z.object({ text: z.string(), sourceIds: z.array(z.string()) }),
  }),
  into: z.object({
    sources: z.array(
      z.object({
        role: RoleRefSchema,
        timeline: TimelineSchema,
        difficulty: DifficultySchema,
        match: MatchSchema,
        topGaps: z.array(SkillRefSchema),
      }),
    ),
    skillsThatTransfer: z.array(z.object({ skill: SkillRefSchema, sources: z.number().int() })),
    gapsToFill: z.array(z.object({ skill: SkillRefSchema, missingIn: z.number().int() })),
    realisticTimeline: z.object({
      minMonths: z.number().int(),
      maxMonths: z.number().int(),
      hoursPerWeek: z.number(),
    }),
    entry: z.object({ education: z.string(), experience: z.string(), degreeExpected: z.boolean() }),
  }),
  outOf: z.array(
    z.object({
      role: RoleRefSchema,
      medianSalary: z.number(),
      salaryChangePct: z.number(),
      timeline: TimelineSchema,
      match: MatchSchema,
      score: z.number(),
    }),
  ),
  transferableSkills: z.array(
    z.object({
      skill: SkillRefSchema,
      level: z.number().int(),
      usage: z.string(),
      paysOffIn: z.array(RoleRefSchema),
    }),
  ),
  certifications: z.array(Cert),
  retiredCertifications: z.array(Cert),
  resumeTips: z.object({ into: z.array(z.string()), outOf: z.array(z.string()) }),
  /** The roles of the occupations O*NET lists as related, most related first. */
  related: z.array(RoleRefSchema),
  faq: z.array(z.object({ q: z.string(), a: z.string() })),
  sources: z.array(SourceRefSchema),
  kbVersion: z.string(),
});

export type Hub = z.infer<typeof HubSchema>;
