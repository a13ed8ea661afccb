// Issue 15 §3–4: the engine at about 1,000 roles (the curated ones plus seeded clones), and the cheap estimate
// it ranks candidates by, checked against the engine on every move of the curated KB.
import { describe, expect, it } from 'vitest';
import { explore } from '../src/domain/explore/explore.ts';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import { DEFAULT_PERSON, type Person } from '../src/domain/guide/person.ts';
import { buildHub, HUB_ENTRIES } from '../src/domain/hub/buildHub.ts';
import type { Role } from '../src/domain/kb/schemas.ts';
import { findPath } from '../src/domain/path/findPath.ts';
import { mulberry32, syntheticKb } from '../src/domain/testing/syntheticKb.ts';
import {
  estimateMove,
  estimateWith,
  heldVector,
  NEIGHBOURS,
  nearestTargets,
} from '../src/domain/transitions/moveEstimate.ts';
import {
  roleTransition,
  SUMMARIES_KEPT,
  summarize,
  transitionCacheSize,
} from '../src/domain/transitions/transitionSummaries.ts';
import { realKb } from './realKb.ts';

const personal: Person = {
  ...DEFAULT_PERSON,
  known: { python: 4, sql: 3, 'deep-learning': 2 },
  hoursPerWeek: 15,
};

describe('the move estimate on the curated KB', () => {
  const kb = realKb();
  const targets = kb.roles.filter((role) => !role.startingPoint);

  it("has the engine's match score exactly and never more weeks than the plan's least (so paths may prune by it)", () => {
    const problems: string[] = [];
    for (const from of kb.roles) {
      const ownHeld = heldVector(kb, from, personal);
      for (const to of targets) {
        if (from.id === to.id) continue;
        const exact = roleTransition(kb, from, to);
        const estimate = estimateMove(kb, from, to);
        if (estimate.score !== exact.score) problems.push(`${from.id} → ${to.id}: score ${estimate.score}`);
        if (estimate.minimumWeeks > exact.totalWeeks)
          problems.push(
            `${from.id} → ${to.id}: at least ${estimate.minimumWeeks} weeks, plan ${exact.totalWeeks}`,
          );
        const own = estimateWith(kb, ownHeld, from, to, personal.hoursPerWeek);
        if (own.minimumWeeks > summarize(kb, from, to, personal).totalWeeks)
          problems.push(`${from.id} → ${to.id} with known skills: bound ${own.minimumWeeks} too high`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('a knowledge base of 1,000 roles', () => {
  const kb = syntheticKb(realKb(), 1000, { seed: 15 });
  const random = mulberry32(42);
  const anyRole = () => kb.roles[Math.floor(random() * kb.roles.length)] as Role;
  const targets = kb.roles.filter((role) => !role.startingPoint);
  const anyTarget = () => targets[Math.floor(random() * targets.length)] as Role;
  const pair = (): [Role, Role] => {
    const from = anyRole();
    let to = anyTarget();
    while (to.id === from.id) to = anyTarget();
    return [from, to];
  };

  it('is made of distinct roles, the same for the same seed', () => {
    expect(kb.roles.length).toBe(1000);
    expect(new Set(kb.roles.map((role) => role.id)).size).toBe(1000);
    const again = syntheticKb(realKb(), 1000, { seed: 15 });
    expect(again.roles.map((role) => role.skills)).toEqual(kb.roles.map((role) => role.skills));
  });

  it('summarises 10,000 random moves and builds 200 guides without error, each self-consistent', () => {
    const problems: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const [from, to] = pair();
      const summary = roleTransition(kb, from, to);
      if (!(summary.totalWeeks > 0 && summary.minMonths <= summary.maxMonths && summary.score <= 1))
        problems.push(`${from.id} → ${to.id}: ${JSON.stringify(summary)}`);
    }
    for (let i = 0; i < 200; i++) {
      const [from, to] = pair();
      const guide = buildGuide(kb, from, to, i % 2 === 0 ? DEFAULT_PERSON : personal);
      const sum = guide.roadmap.reduce((total, phase) => total + phase.weeks, 0);
      if (sum !== guide.headline.timeline.totalWeeks) problems.push(`${from.id} → ${to.id}: phases ${sum}`);
    }
    expect(problems).toEqual([]);
    const { summaries } = transitionCacheSize(kb);
    expect(summaries).toBeLessThanOrEqual(SUMMARIES_KEPT.defaultPace + 4 * SUMMARIES_KEPT.otherPace);
  });

  it('builds hubs whose ways in are the fastest of the candidates, and the named backgrounds among them', () => {
    for (let i = 0; i < 4; i++) {
      const role = anyTarget();
      const hub = buildHub(kb, role);
      expect(hub.into.sources.length).toBeGreaterThanOrEqual(HUB_ENTRIES);
      expect(hub.outOf.length).toBe(HUB_ENTRIES);
      const weeks = hub.into.sources.map((source) => source.timeline.totalWeeks);
      expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
      for (const id of role.entry.from)
        expect(hub.into.sources.map((source) => source.role.id)).toContain(id);
    }
  });

  it('explores from a role and from known skills, best first within the limit', () => {
    for (let i = 0; i < 4; i++) {
      const from = anyRole();
      for (const person of [DEFAULT_PERSON, personal]) {
        const result = explore(kb, { from, person }, { limit: 10 });
        expect(result.results).toHaveLength(10);
        const scores = result.results.map((entry) => entry.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
    }
    const filtered = explore(kb, { person: personal }, { limit: 20, maxMonths: 9 });
    for (const entry of filtered.results) expect(entry.timeline.maxMonths).toBeLessThanOrEqual(9);
  });

  it('finds paths never slower than the direct move, each leg the summary of that move', () => {
    for (let i = 0; i < 4; i++) {
      const [from, to] = pair();
      const path = findPath(kb, from, to, DEFAULT_PERSON, { maxSteps: 3 });
      expect(path.totalWeeks).toBeLessThanOrEqual(path.direct.totalWeeks);
      for (const leg of path.steps) {
        const legFrom = kb.role.get(leg.from.id) as Role;
        const legTo = kb.role.get(leg.to.id) as Role;
        expect(leg.totalWeeks).toBe(roleTransition(kb, legFrom, legTo).totalWeeks);
      }
      expect(path.routes.some((route) => route.direct)).toBe(true);
    }
  });

  it('keeps neighbour lists of NEIGHBOURS roles, without the role itself or starting points', () => {
    const role = anyRole();
    const nearest = nearestTargets(kb, role);
    expect(nearest.length).toBe(NEIGHBOURS);
    expect(nearest.some((other) => other.id === role.id || other.startingPoint)).toBe(false);
  });
});
