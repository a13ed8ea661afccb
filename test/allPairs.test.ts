import { expect, it } from 'vitest';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import { GuideSchema } from '../src/domain/guide/guideSchema.ts';
import { WEEKS_PER_MONTH } from '../src/domain/guide/headline.ts';
import { DEFAULT_PERSON } from '../src/domain/guide/person.ts';
import { realKb } from './realKb.ts';

it('computes a valid, self-consistent guide for every move between two roles', () => {
  const kb = realKb();
  const targets = kb.roles.filter((role) => !role.startingPoint);
  const problems: string[] = [];
  let count = 0;
  for (const source of kb.roles) {
    for (const target of targets) {
      if (source.id === target.id) continue;
      const guide = buildGuide(kb, source, target, DEFAULT_PERSON);
      const pair = `${source.id} → ${target.id}`;
      if (!GuideSchema.safeParse(guide).success) problems.push(`${pair}: does not match GuideSchema`);
      const { totalWeeks, minMonths, maxMonths } = guide.headline.timeline;
      const sum = guide.roadmap.reduce((total, phase) => total + phase.weeks, 0);
      if (sum !== totalWeeks) problems.push(`${pair}: phases add up to ${sum}, headline says ${totalWeeks}`);
      if (minMonths * WEEKS_PER_MONTH > totalWeeks || maxMonths * WEEKS_PER_MONTH < totalWeeks)
        problems.push(`${pair}: ${totalWeeks} weeks outside ${minMonths}-${maxMonths} months`);
      const kinds = guide.roadmap.map((phase) => phase.kind);
      if (kinds.at(-1) !== 'job-search' || kinds.at(-2) !== 'portfolio')
        problems.push(`${pair}: ends with ${kinds.slice(-2).join(', ')}`);
      count++;
    }
  }
  expect(problems).toEqual([]);
  expect(count).toBe(kb.roles.length * targets.length - targets.length);
});
