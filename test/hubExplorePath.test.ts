import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/app/appError.ts';
import { exploreRoles } from '../src/app/exploreRoles.ts';
import { getGuide } from '../src/app/getGuide.ts';
import { getHub, HUBS_KEPT } from '../src/app/getHub.ts';
import { getPath } from '../src/app/getPath.ts';
import { ExploreResultSchema } from '../src/domain/explore/exploreSchema.ts';
import { HubSchema } from '../src/domain/hub/hubSchema.ts';
import { FAMILIES } from '../src/domain/kb/schemas.ts';
import { PathSchema } from '../src/domain/path/pathSchema.ts';
import { syntheticKb } from '../src/domain/testing/syntheticKb.ts';
import { createApp } from '../src/server/createApp.tsx';
import { realKb } from './realKb.ts';
import { testDeps } from './testDeps.ts';

const kb = realKb();
const roleIds = kb.roles.map((role) => role.id);

describe('role hub', () => {
  const hub = getHub(kb, 'AI Engineer');

  it('matches HubSchema and has enough entries in and out, with certifications and costs', () => {
    expect(HubSchema.parse(hub)).toEqual(hub);
    expect(hub.into.sources.length).toBeGreaterThanOrEqual(5);
    expect(hub.outOf.length).toBeGreaterThanOrEqual(5);
    expect(hub.certifications.length).toBeGreaterThanOrEqual(3);
    for (const cert of hub.certifications) {
      expect(cert.status).toBe('active');
      expect(cert.costUsd).toBeGreaterThanOrEqual(0);
    }
    expect(hub.summary.occupationCodes.length).toBeGreaterThanOrEqual(1);
  });

  it('gives each "into" entry exactly the timeline of the guide for that pair (one model)', () => {
    for (const source of hub.into.sources) {
      const guide = getGuide(kb, { from: source.role.id, to: 'ai-engineer' });
      expect(source.timeline).toEqual({
        minMonths: guide.headline.timeline.minMonths,
        maxMonths: guide.headline.timeline.maxMonths,
        totalWeeks: guide.headline.timeline.totalWeeks,
      });
    }
  });

  it('orders sources by total weeks and destinations by score', () => {
    const weeks = hub.into.sources.map((s) => s.timeline.totalWeeks);
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
    const scores = hub.outOf.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('builds a hub for every role', () => {
    for (const id of roleIds) expect(HubSchema.safeParse(getHub(kb, id)).success, id).toBe(true);
  });

  it('keeps the recently asked hubs and builds one again once HUBS_KEPT others were asked since', () => {
    const large = syntheticKb(kb, HUBS_KEPT + 10);
    const [first, ...others] = large.roles.map((role) => role.id) as [string, ...string[]];
    const hub = getHub(large, first);
    expect(getHub(large, first)).toBe(hub);
    for (const id of others.slice(0, HUBS_KEPT)) getHub(large, id);
    const rebuilt = getHub(large, first);
    expect(rebuilt).not.toBe(hub);
    expect(rebuilt).toEqual(hub);
  });
});

describe('explore', () => {
  it('ranks by the stated score and respects every filter', () => {
    // The checks run per result: count the runs that had results, so the property cannot pass on empty lists.
    let withResults = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...roleIds),
        fc.option(fc.constantFrom(...FAMILIES), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        fc.option(fc.integer({ min: -50, max: 80 }), { nil: undefined }),
        fc.constantFrom('free', 'any'),
        (from, family, maxMonths, minSalaryChange, budget) => {
          const result = exploreRoles(kb, { from, family, maxMonths, minSalaryChange, budget, limit: 100 });
          expect(ExploreResultSchema.safeParse(result).success).toBe(true);
          const scores = result.results.map((r) => r.score);
          if (scores.length > 0) withResults++;
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
          for (const r of result.results) {
            expect(r.role.id).not.toBe(from);
            if (family) expect(r.role.family).toBe(family);
            if (maxMonths !== undefined) expect(r.timeline.maxMonths).toBeLessThanOrEqual(maxMonths);
            if (minSalaryChange !== undefined)
              expect(r.salaryChange?.medianPct).toBeGreaterThanOrEqual(minSalaryChange);
            const { match, speed, salary, growth } = r.components;
            const w = result.weights;
            expect(r.score).toBeCloseTo(
              match * w.match + speed * w.speed + salary * w.salary + growth * w.growth,
              2,
            );
          }
        },
      ),
      { numRuns: 40 },
    );
    // About half the runs have results (a family filter alone keeps one family in twelve).
    expect(withResults).toBeGreaterThanOrEqual(5);
  });

  it('works from known skills alone', () => {
    const result = exploreRoles(kb, { know: 'python:4,sql:4,statistics:3,data-visualization:3' });
    expect(result.results.length).toBeGreaterThan(0);
    expect(result.results.slice(0, 5).map((r) => r.role.family)).toContain('data-and-ai');
  });

  it('names the bad filter', () => {
    expect(() => exploreRoles(kb, { from: 'Teacher', maxMonths: 'soon' })).toThrow(/number/);
    expect(() => exploreRoles(kb, { from: 'Teacher', family: 'wizardry' })).toThrow(AppError);
    expect(() => exploreRoles(kb, {})).toThrow(/current role/);
  });
});

describe('multi-step paths', () => {
  it('is never slower than the direct move, and every leg is the guide for that pair', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.constantFrom(...roleIds), fc.constantFrom(...roleIds))
          .filter(([a, b]) => a !== b && !kb.role.get(b)?.startingPoint),
        fc.integer({ min: 1, max: 3 }),
        ([from, to], maxSteps) => {
          const path = getPath(kb, { from, to, maxSteps });
          expect(PathSchema.safeParse(path).success).toBe(true);
          expect(path.totalWeeks).toBeLessThanOrEqual(path.direct.totalWeeks);
          expect(path.steps.length).toBeLessThanOrEqual(maxSteps);
          expect(path.steps[0]?.from.id).toBe(from);
          expect(path.steps.at(-1)?.to.id).toBe(to);
          for (const step of path.steps) {
            const guide = getGuide(kb, { from: step.from.id, to: step.to.id });
            expect(guide.headline.timeline.totalWeeks).toBe(step.totalWeeks);
          }
          expect(path.steps.reduce((sum, s) => sum + s.totalWeeks, 0)).toBe(path.totalWeeks);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('says plainly when the direct jump is fastest', () => {
    // A software engineer already does most of a backend developer's work: no stepping stone beats going direct.
    const path = getPath(kb, { from: 'Software Engineer', to: 'Backend Developer' });
    expect(path.directIsFastest).toBe(true);
    expect(path.weeksSaved).toBe(0);
    expect(path.steps).toEqual([path.direct]);
    expect(path.totalWeeks).toBe(path.direct.totalWeeks);
    expect(path.summary).toMatch(
      new RegExp(
        `^The direct move from Software Engineer to Backend Developer is the fastest route: ${path.direct.totalWeeks} ` +
          'weeks .* No stepping-stone role within 3 steps gets there sooner\\.$',
      ),
    );
  });

  it('refuses a path from a role to itself, naming the target field', () => {
    expect(() => getPath(kb, { from: 'Teacher', to: 'teacher' })).toThrow(
      expect.objectContaining({ code: 'invalid-input', details: { field: 'to' } }),
    );
  });
});

describe('unknown roles', () => {
  it('come back with suggestions from every entry point', () => {
    for (const call of [
      () => getHub(kb, 'AI Enginer'),
      () => exploreRoles(kb, { from: 'AI Enginer' }),
      () => getPath(kb, { from: 'AI Enginer', to: 'Teacher' }),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).details.suggestions?.map((s) => s.id)).toContain('ai-engineer');
      }
    }
  });
});

describe('explore takes skills as people write them', () => {
  const app = createApp(testDeps());

  it('reads "python, excel" and "SQL: 3" and lists unknown words back instead of refusing the rest', async () => {
    const plain = await app.request('/explore?know=python,%20excel%20(advanced),%20SQL:%203');
    expect(plain.status).toBe(200);
    expect(await plain.text()).toMatch(/\d+ recommendations/);

    const mixed = await app.request('/explore?from=Teacher&know=python,%20vba,%20excel');
    expect(mixed.status).toBe(200);
    const page = await mixed.text();
    expect(page).toContain('We did not recognise &quot;vba&quot;');
    expect(page).toMatch(/\d+ recommendations/);

    const api = (await (await app.request('/api/v1/explore?know=python,vba')).json()) as {
      unrecognised: { text: string }[];
      results: unknown[];
    };
    expect(api.unrecognised.map((entry) => entry.text)).toEqual(['vba']);
    expect(api.results.length).toBeGreaterThan(0);
  });

  it('keeps the form as typed when nothing is recognised', async () => {
    const response = await app.request('/explore?know=vbaa,%20cobolx&hours=12');
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('We did not recognise &quot;vbaa&quot;; &quot;cobolx&quot;');
    expect(page).toContain('value="vbaa, cobolx"');
    expect(page).toContain('value="12"');
  });
});

describe('stepping stones that pay', () => {
  const kb = realKb();
  const app = createApp(testDeps());

  it('ranks ways to the target by how soon they put you in a job in its field, with pay at every step', () => {
    const result = getPath(kb, { from: 'teacher', to: 'machine-learning-engineer' });
    expect(result.routes.length).toBeGreaterThanOrEqual(2);
    expect(result.routes.filter((route) => route.direct)).toHaveLength(1);
    const order = result.routes.map((route) => route.firstJobWeeks);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const direct = result.routes.find((route) => route.direct);
    for (const route of result.routes) {
      expect(route.legs[0]?.from.id).toBe('teacher');
      expect(route.legs.at(-1)?.to.id).toBe('machine-learning-engineer');
      route.legs.slice(1).forEach((leg, i) => {
        expect(leg.from.id).toBe(route.legs[i]?.to.id);
      });
      expect(route.totalWeeks).toBe(route.legs.reduce((sum, leg) => sum + leg.totalWeeks, 0));
      for (const leg of route.legs) expect(leg.medianSalary).toBe(kb.role.get(leg.to.id)?.salary.median);
      expect(route.totalWeeks).toBeLessThanOrEqual((direct?.totalWeeks ?? 0) * 1.5);
      if (!route.direct) {
        expect(route.firstJobWeeks).toBeLessThan(direct?.firstJobWeeks ?? 0);
        expect(route.trade).toContain(`A job as ${route.legs[0]?.to.title}`);
      }
    }
  });

  it('keeps the direct move among the routes for every pair, and every route a chain of real legs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: kb.roles.length - 1 }),
        fc.integer({ min: 0, max: kb.roles.length - 1 }),
        (a, b) => {
          const from = kb.roles[a];
          const to = kb.roles[b];
          if (!from || !to || from.id === to.id || to.startingPoint) return;
          const result = getPath(kb, { from: from.id, to: to.id });
          expect(result.routes.some((route) => route.direct)).toBe(true);
          expect(result.routes.length).toBeLessThanOrEqual(3);
          for (const route of result.routes) expect(route.legs.at(-1)?.to.id).toBe(to.id);
        },
      ),
      { numRuns: 40, seed: 20261201 },
    );
  });

  it('the path page asks for hours a week and shows each way with what it trades', async () => {
    const page = await (await app.request('/path?from=Teacher&to=Machine+Learning+Engineer&hours=20')).text();
    expect(page).toContain('<input id="hours" name="hours" type="number" min="1" max="80" value="20"');
    expect(page).toContain('Ways there, soonest job in the field first');
    expect(page).toMatch(/A job as [^<]+ after \d+-\d+ months \(median pay \$[\d,]+\)/);
    expect(page).toContain('at 20 h/week');
  });
});

describe('hubs agree with their own text', () => {
  const kb = realKb();

  it("lists every background a role names as a way in among the hub's sources", () => {
    const named = kb.roles.filter((role) => role.entry.from.length > 0);
    expect(named.length).toBeGreaterThanOrEqual(60);
    for (const role of named) {
      const sources = getHub(kb, role.id).into.sources.map((source) => source.role.id);
      for (const id of role.entry.from) expect(sources, `${role.id} names ${id}`).toContain(id);
    }
  });
});
