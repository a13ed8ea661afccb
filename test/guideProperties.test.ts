import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import { PRACTICE_FACTOR } from '../src/domain/guide/courses.ts';
import { roundToFive, WEEKS_PER_MONTH } from '../src/domain/guide/headline.ts';
import { profileOf } from '../src/domain/guide/heldLevels.ts';
import { DEFAULT_PERSON, type Person } from '../src/domain/guide/person.ts';
import { realKb } from './realKb.ts';

const kb = realKb();
const roleIds = kb.roles.map((role) => role.id);
const skillIds = kb.skills.map((skill) => skill.id);

const targetIds = kb.roles.filter((role) => !role.startingPoint).map((role) => role.id);
const pair = fc
  .tuple(fc.constantFrom(...roleIds), fc.constantFrom(...targetIds))
  .filter(([from, to]) => from !== to);
const person: fc.Arbitrary<Person> = fc.record({
  known: fc.dictionary(fc.constantFrom(...skillIds), fc.integer({ min: 0, max: 5 }), { maxKeys: 8 }),
  hoursPerWeek: fc.integer({ min: 1, max: 80 }),
  budget: fc.constantFrom('free' as const, 'any' as const),
  currentSalary: fc.option(fc.integer({ min: 20_000, max: 400_000 }), { nil: undefined }),
  startDate: fc.option(fc.constantFrom('2027-01-04', '2026-12-31', '2028-02-29'), { nil: undefined }),
});

const guideFor = ([from, to]: [string, string], p: Person) =>
  buildGuide(kb, kb.role.get(from) as never, kb.role.get(to) as never, p);

/** The person's effective level in a skill: stated, else the source role's. */
function effectiveLevel(from: string, p: Person, skill: string): number {
  // What the engine holds for the person: stated levels over the role's skills, background and implied prerequisites.
  return profileOf(kb, kb.role.get(from) as never, p).get(skill) ?? 0;
}

describe('guide invariants over random pairs and people', () => {
  it('is deterministic: identical input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        expect(JSON.stringify(guideFor(p, who))).toBe(JSON.stringify(guideFor(p, structuredClone(who))));
      }),
      { numRuns: 60 },
    );
  });

  it('sums roadmap weeks to totalWeeks, phases back to back, inside the headline month range', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        const g = guideFor(p, who);
        const { minMonths, maxMonths, totalWeeks } = g.headline.timeline;
        expect(g.roadmap.reduce((sum, phase) => sum + phase.weeks, 0)).toBe(totalWeeks);
        let week = 1;
        for (const phase of g.roadmap) {
          expect(phase.startWeek).toBe(week);
          week += phase.weeks;
        }
        expect(minMonths * WEEKS_PER_MONTH).toBeLessThanOrEqual(totalWeeks);
        expect(maxMonths * WEEKS_PER_MONTH).toBeGreaterThanOrEqual(totalWeeks);
        expect(g.title).toContain(`${maxMonths}-Month`);
      }),
      { numRuns: 150 },
    );
  });

  it('computes salary change from the figures it shows (DESIGN §5.7)', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        const { salaryChange } = guideFor(p, who).headline;
        const baseline = who.currentSalary ?? salaryChange.from.median;
        expect(salaryChange.baseline).toBe(baseline);
        expect(salaryChange.minPct).toBe(roundToFive((salaryChange.to.p25 / baseline - 1) * 100));
        expect(salaryChange.maxPct).toBe(roundToFive((salaryChange.to.p75 / baseline - 1) * 100));
        expect(Math.abs(salaryChange.minPct % 5)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('never lengthens the plan when the person knows more', () => {
    fc.assert(
      fc.property(
        pair,
        person,
        fc.constantFrom(...skillIds),
        fc.integer({ min: 1, max: 5 }),
        (p, who, skill, raise) => {
          const before = guideFor(p, who);
          const level = Math.min(5, effectiveLevel(p[0], who, skill) + raise);
          const after = guideFor(p, { ...who, known: { ...who.known, [skill]: level } });
          expect(after.headline.timeline.totalWeeks).toBeLessThanOrEqual(before.headline.timeline.totalWeeks);
          expect(after.headline.timeline.learningHours).toBeLessThanOrEqual(
            before.headline.timeline.learningHours,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never lengthens the plan when hours per week double, and keeps the difficulty', () => {
    fc.assert(
      fc.property(
        pair,
        person.filter((who) => who.hoursPerWeek <= 40),
        (p, who) => {
          const before = guideFor(p, who);
          const after = guideFor(p, { ...who, hoursPerWeek: who.hoursPerWeek * 2 });
          expect(after.headline.timeline.totalWeeks).toBeLessThanOrEqual(before.headline.timeline.totalWeeks);
          expect(after.headline.difficulty).toBe(before.headline.difficulty);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never lists a skill as both transferable and to learn', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        const g = guideFor(p, who);
        const learn = new Set(g.skillsToLearn.map((item) => item.skill.id));
        for (const item of g.transferableSkills) expect(learn.has(item.skill.id), item.skill.id).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('references only ids, resources and sources that exist in the KB', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        const g = guideFor(p, who);
        const skillsSeen = [
          ...g.transferableSkills.flatMap((item) => [item.skill.id, item.appliesTo.id]),
          ...g.skillsToLearn.map((item) => item.skill.id),
          ...g.roadmap.flatMap((phase) => phase.skills),
        ];
        for (const id of skillsSeen) expect(kb.skill.has(id), id).toBe(true);
        const resources = [
          ...g.skillsToLearn.flatMap((item) => item.resources),
          ...g.roadmap.flatMap((phase) => phase.resources),
        ];
        for (const ref of resources) expect(kb.resource.get(ref.id)?.title).toBe(ref.title);
        for (const source of g.sources) expect(kb.source.has(source.id)).toBe(true);
        const cited = [
          ...g.headline.salaryChange.from.sourceIds,
          ...g.headline.salaryChange.to.sourceIds,
          ...g.headline.demand.sourceIds,
        ];
        for (const id of cited) expect(g.sources.map((s) => s.id)).toContain(id);
        for (const cert of g.certifications) expect(kb.certification.get(cert.id)?.status).toBe('active');
      }),
      { numRuns: 100 },
    );
  });
});

describe('the job-ready model (issue 11)', () => {
  it('never lets optional skills change the headline', () => {
    const requiredClosure = (role: (typeof kb.roles)[number]) => {
      const seen = new Set<string>();
      const queue = role.skills.filter((link) => link.importance !== 'nice').map((link) => link.skill);
      while (queue.length > 0) {
        const id = queue.pop() as string;
        for (const p of kb.skill.get(id)?.prerequisites ?? []) {
          if (!seen.has(p)) {
            seen.add(p);
            queue.push(p);
          }
        }
      }
      return seen;
    };
    fc.assert(
      fc.property(pair, person, ([from, to], who) => {
        const source = kb.role.get(from) as (typeof kb.roles)[number];
        const target = kb.role.get(to) as (typeof kb.roles)[number];
        const needed = requiredClosure(target);
        // Drop the nice-to-have links that nothing required builds on: only optional extras go.
        const withoutExtras = {
          ...target,
          skills: target.skills.filter((link) => link.importance !== 'nice' || needed.has(link.skill)),
        };
        const before = buildGuide(kb, source, target, who);
        const after = buildGuide(kb, source, withoutExtras, who);
        expect(after.headline.timeline.totalWeeks).toBe(before.headline.timeline.totalWeeks);
        expect(after.headline.timeline.learningHours).toBe(before.headline.timeline.learningHours);
        expect(after.headline.difficulty).toBe(before.headline.difficulty);
        expect(after.headline.timeline.optionalHours).toBeLessThanOrEqual(
          before.headline.timeline.optionalHours,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('adds up: learning hours are the required skills plus the portfolio practice the FAQ states', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        const g = guideFor(p, who);
        const required = g.skillsToLearn.filter((item) => !item.optional && !item.taughtIn);
        const optional = g.skillsToLearn.filter((item) => item.optional);
        expect(optional.reduce((sum, item) => sum + item.hours, 0)).toBe(g.headline.timeline.optionalHours);
        const skillHours = required.reduce((sum, item) => sum + item.hours, 0);
        const partTime = g.faq.find((entry) => entry.q === 'Can I make this move part-time?')?.a ?? '';
        expect(partTime).toContain(`about ${skillHours} hours on the skills to learn`);
        expect(partTime).toMatch(/\d+ hours of portfolio/);
        // The headline's learning hours are the skills table plus the portfolio's top-up practice, never the extras.
        const topUp = Number(/plus (\d+) h sharpening/.exec(g.notes.timeline)?.[1] ?? 0);
        expect(g.headline.timeline.learningHours).toBe(skillHours + topUp);
      }),
      { numRuns: 100 },
    );
  });

  it('counts every shared course once: one member of a group pays its own hours, the rest less', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        const g = guideFor(p, who);
        const groups = new Map<string, typeof g.skillsToLearn>();
        for (const item of g.skillsToLearn.filter((entry) => entry.sharedCourse)) {
          const key = `${item.optional}|${item.sharedCourse?.resource.id}`;
          groups.set(key, [...(groups.get(key) ?? []), item]);
        }
        for (const members of groups.values()) {
          // The anchor (the largest gap) pays at least its own hours; the others share the course.
          const largest = Math.max(...members.map((item) => item.standaloneHours));
          const anchors = members.filter((item) => item.standaloneHours === largest);
          expect(anchors.some((item) => item.hours >= item.standaloneHours - 1)).toBe(true);
          const course = members[0]?.sharedCourse?.resource.hours ?? 0;
          const total = members.reduce((sum, item) => sum + item.hours, 0);
          const standalone = members.reduce((sum, item) => sum + item.standaloneHours, 0);
          // Counted once: never more than the skills alone or the whole course with practice, whichever is larger.
          expect(total).toBeLessThanOrEqual(Math.max(standalone, course * PRACTICE_FACTOR) + members.length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('leads the salary with the median change it shows, never only negative when the median is higher', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        const { salaryChange } = guideFor(p, who).headline;
        expect(salaryChange.typicalPct).toBe(
          roundToFive((salaryChange.to.median / salaryChange.baseline - 1) * 100),
        );
        if (salaryChange.to.median > salaryChange.baseline)
          expect(salaryChange.typicalPct).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });

  it('never lists the same trait as something to love and something to miss', () => {
    for (const from of kb.roles) {
      for (const to of kb.roles) {
        if (from.id === to.id || to.startingPoint) continue;
        const { love, miss } = buildGuide(kb, from, to, { ...DEFAULT_PERSON }).realityCheck;
        const loved = new Set(love);
        for (const text of miss) expect(loved.has(text), `${from.id} → ${to.id}: ${text}`).toBe(false);
      }
    }
  });

  it('states every pace scenario from the same plan as the headline', () => {
    fc.assert(
      fc.property(pair, person, (p, who) => {
        const { timeline } = guideFor(p, who).headline;
        const own = timeline.paces.find((pace) => pace.hoursPerWeek === who.hoursPerWeek);
        expect(own).toEqual({
          hoursPerWeek: who.hoursPerWeek,
          minMonths: timeline.minMonths,
          maxMonths: timeline.maxMonths,
          totalWeeks: timeline.totalWeeks,
        });
        const weeks = timeline.paces.map((pace) => pace.totalWeeks);
        expect([...weeks].sort((a, b) => b - a)).toEqual(weeks);
      }),
      { numRuns: 100 },
    );
  });
});
