import { z } from 'zod';
import { CertificationRefSchema, SourceRefSchema } from '../guide/guideSchema.ts';

const RoleRef = z.object({ id: z.string(), title: z.string() });
const SkillRef = z.object({ id: z.string(), name: z.string() });
const Timeline = z.object({
  minMonths: z.number().int(),
  maxMonths: z.number().int(),
  totalWeeks: z.number().int(),
});
const Match = z.object({ score: z.number(), matched: z.number().int(), total: z.number().int() });
const Cert = CertificationRefSchema.extend({
  retiredOn: z.string().optional(),
  successor: RoleRef.omit({ title: true }).extend({ name: z.string() }).optional(),
});

/** A role hub (DESIGN §1): how people get into a role, where it leads, and what helps. */
export const HubSchema = z.object({
  role: RoleRef.extend({
    family: z.string(),
    seniority: z.string(),
    aliases: z.array(z.string()),
    /** A starting point such as "No experience": nobody moves into it, so the hub only looks outward. */
    startingPoint: z.boolean(),
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
        role: RoleRef,
        timeline: Timeline,
        difficulty: z.string(),
        match: Match,
        topGaps: z.array(SkillRef),
      }),
    ),
    skillsThatTransfer: z.array(z.object({ skill: SkillRef, sources: z.number().int() })),
    gapsToFill: z.array(z.object({ skill: SkillRef, missingIn: z.number().int() })),
    realisticTimeline: z.object({
      minMonths: z.number().int(),
      maxMonths: z.number().int(),
      hoursPerWeek: z.number(),
    }),
    entry: z.object({ education: z.string(), experience: z.string(), degreeExpected: z.boolean() }),
  }),
  outOf: z.array(
    z.object({
      role: RoleRef,
      medianSalary: z.number(),
      salaryChangePct: z.number(),
      timeline: Timeline,
      match: Match,
      score: z.number(),
    }),
  ),
  transferableSkills: z.array(
    z.object({ skill: SkillRef, level: z.number().int(), usage: z.string(), paysOffIn: z.array(RoleRef) }),
  ),
  certifications: z.array(Cert),
  retiredCertifications: z.array(Cert),
  resumeTips: z.object({ into: z.array(z.string()), outOf: z.array(z.string()) }),
  faq: z.array(z.object({ q: z.string(), a: z.string() })),
  sources: z.array(SourceRefSchema),
  kbVersion: z.string(),
});

export type Hub = z.infer<typeof HubSchema>;
