import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSON, type Person } from '../guide/person.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import { type MemoryKbSpec, memoryKb } from '../testing/memoryKb.ts';
import { explore } from './explore.ts';
import type { ExploreFilters } from './exploreSchema.ts';

/**
 * From a role that works in a (pay 100,000):
 *   same  — uses a too: nothing to learn, 3 weeks of portfolio + 2 of job search = 5 weeks; pay 100,000, growth 5 %
 *   raise — needs b (100 h = 10 weeks) + 3 + 2 = 15 weeks; pay 150,000, growth 20 %
 *   data  — another family, uses a: 3 + 4 (a job search in a new field) = 7 weeks; pay 70,000, growth −20 %
 *   start — a starting point: never recommended
 * Each role holds its seven level-1 fillers, so the only difference in match is a or b.
 */
const roles: MemoryKbSpec['roles'] = {
  from: { skills: [{ skill: 'a', level: 3, importance: 'core' }] },
  same: { skills: [{ skill: 'a', level: 3, importance: 'core' }] },
  raise: {
    skills: [{ skill: 'b', level: 3, importance: 'core' }],
    salary: { p25: 120000, median: 150000, p75: 180000 },
    growthPct: 20,
  },
  data: {
    skills: [{ skill: 'a', level: 3, importance: 'core' }],
    family: 'data-and-ai',
    salary: { p25: 60000, median: 70000, p75: 90000 },
    growthPct: -20,
  },
  start: { skills: [], startingPoint: true },
};
const spec = (resources: MemoryKbSpec['resources'] = {}): MemoryKbSpec => ({
  skills: { a: {}, b: {} },
  roles,
  resources,
});
const kb = memoryKb(spec());
const run = (
  filters: Partial<ExploreFilters> = {},
  person: Person = DEFAULT_PERSON,
  k: KnowledgeBase = kb,
  profile: 'role' | 'skills' = 'role',
) =>
  explore(k, profile === 'role' ? { from: k.role.get('from'), person } : { person }, {
    limit: 10,
    ...filters,
  });
const ranked = (result: ReturnType<typeof explore>) => result.results.map((r) => r.role.id);

describe('explore (DESIGN §5.14)', () => {
  it('scores 0.4·match + 0.3·speed + 0.2·salary + 0.1·growth, each normalized to 0–1, best first', () => {
    const result = run();
    expect(result.weights).toEqual({ match: 0.4, speed: 0.3, salary: 0.2, growth: 0.1 });
    expect(result.considered).toBe(3);
    expect(result.results.map((r) => [r.rank, r.role.id, r.score, r.components])).toEqual([
      // speed 1 − 5/156; salary (0 + 50)/150; growth (5 + 10)/50
      [1, 'same', 0.787, { match: 1, speed: 0.968, salary: 0.333, growth: 0.3 }],
      // match (3·0 + 7·1)/(3 + 7); speed 1 − 15/156; salary (50 + 50)/150; growth (20 + 10)/50
      [2, 'raise', 0.745, { match: 0.7, speed: 0.904, salary: 0.667, growth: 0.6 }],
      // speed 1 − 7/156; salary (−30 + 50)/150; growth (−20 + 10)/50 clamped to 0
      [3, 'data', 0.713, { match: 1, speed: 0.955, salary: 0.133, growth: 0 }],
    ]);
  });

  it('reports the timeline, the pay change against the source median, growth and the top gaps', () => {
    const [same, raise, data] = run().results;
    expect(raise?.timeline).toEqual({ minMonths: 2, maxMonths: 5, totalWeeks: 15 });
    expect(raise?.salaryChange).toEqual({ typicalPct: 50, minPct: 20, maxPct: 80, medianPct: 50 });
    expect(raise?.growth).toEqual({ pct: 20, label: 'much faster than average' });
    expect(raise?.topGaps).toEqual([{ id: 'b', name: 'Skill b' }]);
    expect(raise?.match).toEqual({ score: 0.7, matched: 7, total: 8 });
    expect(same?.timeline).toEqual({ minMonths: 1, maxMonths: 2, totalWeeks: 5 });
    expect(same?.topGaps).toEqual([]);
    expect(data?.salaryChange).toEqual({ typicalPct: -30, minPct: -40, maxPct: -10, medianPct: -30 });
    expect(data?.growth.label).toBe('decline');
  });

  it('never recommends the current role or a starting point', () => {
    const all = ranked(run());
    expect(all).not.toContain('from');
    expect(all).not.toContain('start');
  });

  it('keeps only the family asked for', () => {
    expect(ranked(run({ family: 'data-and-ai' }))).toEqual(['data']);
    expect(ranked(run({ family: 'education' }))).toEqual([]);
  });

  it('keeps only moves whose longest estimate fits in maxMonths', () => {
    expect(ranked(run({ maxMonths: 2 }))).toEqual(['same', 'data']);
    expect(ranked(run({ maxMonths: 5 }))).toEqual(['same', 'raise', 'data']);
    expect(ranked(run({ maxMonths: 1 }))).toEqual([]);
  });

  it('keeps only moves whose median pay change reaches minSalaryChangePct', () => {
    expect(ranked(run({ minSalaryChangePct: 0 }))).toEqual(['same', 'raise']);
    expect(ranked(run({ minSalaryChangePct: 1 }))).toEqual(['raise']);
    expect(ranked(run({ minSalaryChangePct: -30 }))).toEqual(['same', 'raise', 'data']);
  });

  it('stops at the limit and keeps the rank order', () => {
    const result = run({ limit: 2 });
    expect(result.results.map((r) => [r.rank, r.role.id])).toEqual([
      [1, 'same'],
      [2, 'raise'],
    ]);
    expect(result.filters).toEqual({ limit: 2 });
  });

  it('on a free budget drops moves with a gap no free resource teaches', () => {
    const free = { ...DEFAULT_PERSON, budget: 'free' as const };
    const paidOnly = memoryKb(spec({ paid: { skills: ['b'], hours: 20, costUsd: 50 } }));
    expect(ranked(run({}, free, paidOnly))).toEqual(['same', 'data']);
    expect(ranked(run({}, DEFAULT_PERSON, paidOnly))).toEqual(['same', 'raise', 'data']);
    const withFree = memoryKb(
      spec({ paid: { skills: ['b'], hours: 20, costUsd: 50 }, open: { skills: ['b'], hours: 30 } }),
    );
    expect(ranked(run({}, free, withFree))).toEqual(['same', 'raise', 'data']);
  });

  it('measures pay against the salary the person states', () => {
    const result = run({}, { ...DEFAULT_PERSON, currentSalary: 150000 });
    expect(result.profile.baselineSalary).toBe(150000);
    expect(result.results.map((r) => [r.role.id, r.salaryChange?.medianPct, r.components.salary])).toEqual([
      ['same', -33, 0.113],
      // Paid as much as now, raise falls behind data: 0.4 + 0.2865 against 0.28 + 0.2712 + 0.0666 + 0.06.
      ['data', -53, 0],
      ['raise', 0, 0.333],
    ]);
  });

  it('from known skills alone, scores pay as unknown (0.5) and keeps every role but starting points', () => {
    const result = run({}, { ...DEFAULT_PERSON, known: { b: 3 } }, kb, 'skills');
    expect(result.profile).toEqual({ known: { b: 3 }, hoursPerWeek: 10, budget: 'any' });
    expect(result.considered).toBe(4);
    expect(ranked(result)[0]).toBe('raise');
    for (const entry of result.results) {
      expect(entry.salaryChange).toBeNull();
      expect(entry.components.salary).toBe(0.5);
      expect(entry.why).toContain('pay change unknown without a salary');
    }
    // Without a baseline no move can show a pay change, so a pay filter keeps nothing.
    expect(
      ranked(run({ minSalaryChangePct: -100 }, { ...DEFAULT_PERSON, known: { b: 3 } }, kb, 'skills')),
    ).toEqual([]);
  });
});
