import { createKnowledgeBase, type KnowledgeBase } from '../kb/knowledgeBase.ts';
import {
  type Family,
  type Importance,
  type Resource,
  ResourceSchema,
  type Role,
  RoleSchema,
  type Skill,
  SkillSchema,
} from '../kb/schemas.ts';

/** A tiny in-memory KB for engine unit tests: skills by id and hours, roles by their skill links. */
export interface MemoryKbSpec {
  readonly skills: Record<
    string,
    {
      hoursToLevel?: [number, number, number, number, number];
      prerequisites?: string[];
      related?: { skill: string; transfer: number }[];
      name?: string;
      aliases?: string[];
      category?: Skill['category'];
    }
  >;
  readonly roles: Record<
    string,
    {
      skills: { skill: string; level: number; importance: Importance; hireLevel?: number }[];
      background?: { skill: string; level: number }[];
      seniority?: Role['seniority'];
      family?: Family;
      /** U.S. pay; defaults to 80,000 / 100,000 / 120,000. */
      salary?: { p25: number; median: number; p75: number };
      growthPct?: number;
      startingPoint?: boolean;
      credential?: { id: string; months: number; partTimeMonths?: number; covers?: string[] };
    }
  >;
  readonly resources?: Record<
    string,
    { skills: string[]; hours: number; costUsd?: number; kind?: Resource['kind'] }
  >;
}

export function memoryKb(spec: MemoryKbSpec): KnowledgeBase {
  const skills: Skill[] = Object.entries(spec.skills).map(([id, s]) => ({
    id,
    ...SkillSchema.parse({
      name: s.name ?? `Skill ${id}`,
      aliases: s.aliases ?? [],
      category: s.category ?? 'programming',
      description: `A made-up skill called ${id}.`,
      hoursToLevel: s.hoursToLevel ?? [10, 40, 100, 200, 400],
      prerequisites: s.prerequisites ?? [],
      related: s.related ?? [],
      firstSteps: [`Read the first chapter on ${id}.`, `Build one tiny example with ${id}.`],
    }),
  }));
  const roles: Role[] = Object.entries(spec.roles).map(([id, r]) => ({
    id,
    ...RoleSchema.parse({
      title: `Role ${id}`,
      family: r.family ?? 'software-engineering',
      seniority: r.seniority ?? 'mid',
      summary: `People in role ${id} do made-up work.`,
      occupationCodes: [{ soc: '15-1252', title: 'Software Developers', weight: 1 }],
      salary: {
        soc: '15-1252',
        ...(r.salary ?? { p25: 80000, median: 100000, p75: 120000 }),
        currency: 'USD',
        sourceIds: ['s'],
        asOf: '2025-05',
      },
      outlook: { soc: '15-1252', growthPct: r.growthPct ?? 5, period: '2024-2034', sourceIds: ['s'] },
      demand: { text: 'Employers hire these people every year.', sourceIds: ['s'] },
      skills: [
        ...r.skills.map((link) => ({ ...link, usage: `You use ${link.skill} every day in this role.` })),
        ...Array.from({ length: Math.max(0, 8 - r.skills.length) }, (_, i) => ({
          skill: `filler-${i}`,
          level: 1,
          importance: 'nice' as const,
          usage: 'You barely touch this filler skill in this role.',
        })),
      ],
      background: r.background?.map((link) => ({ ...link, from: 'a test background' })) ?? [],
      ...(r.credential
        ? {
            credential: {
              name: `Credential ${r.credential.id}`,
              note: 'A made-up programme for tests.',
              ...r.credential,
            },
          }
        : {}),
      traits: { love: ['l1', 'l2', 'l3', 'l4'], challenges: ['c1', 'c2', 'c3'] },
      entry: {
        education: 'Any degree will do here.',
        experience: 'A year of practice is typical.',
        degreeExpected: false,
      },
      projects: [1, 2, 3].map((n) => ({
        title: `Project ${n}`,
        description: `Build made-up project ${n}.`,
        skills: [r.skills[0]?.skill ?? 'x'],
      })),
      resumeTips: {
        into: ['Show the projects you built.', 'Quantify what changed.'],
        outOf: ['Lead with outcomes.', 'Translate the jargon.'],
      },
      startingPoint: r.startingPoint ?? false,
    }),
  }));
  const fillers: Skill[] = Array.from({ length: 8 }, (_, i) => ({
    id: `filler-${i}`,
    ...SkillSchema.parse({
      name: `Filler ${i}`,
      category: 'programming',
      description: 'A skill only there to fill a role up.',
      hoursToLevel: [1, 1, 1, 1, 1],
      firstSteps: ['Read about the filler skill.', 'Try the filler skill once.'],
    }),
  }));
  const resources: Resource[] = Object.entries(spec.resources ?? {}).map(([id, r]) => ({
    id,
    ...ResourceSchema.parse({
      title: `Course ${id}`,
      provider: 'Test Provider',
      url: `https://example.org/${id}`,
      kind: r.kind ?? 'course',
      costUsd: r.costUsd ?? 0,
      hours: r.hours,
      level: 'beginner',
      skills: r.skills,
      asOf: '2026-11-24',
    }),
  }));
  const none = () => [];
  return createKnowledgeBase(
    { roles, skills: [...skills, ...fillers], resources, certifications: [], traits: [], sources: [] },
    '1.0.0',
    { roles: none, skills: none },
  );
}
