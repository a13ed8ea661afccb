import { describe, expect, it } from 'vitest';
import { realKb } from '../../test/realKb.ts';
import { buildGuide } from '../domain/guide/buildGuide.ts';
import { DEFAULT_PERSON } from '../domain/guide/person.ts';
import { parseStoredGuide } from './storedGuide.ts';

describe('parseStoredGuide', () => {
  const kb = realKb();
  const role = (id: string) => kb.role.get(id) ?? (undefined as never);
  const current = buildGuide(kb, role('teacher'), role('instructional-designer'), DEFAULT_PERSON);

  it('reads a current guide unchanged', () => {
    expect(parseStoredGuide(JSON.parse(JSON.stringify(current)))).toEqual(current);
  });

  it('opens a plan saved before the job-ready model with what it stored', () => {
    const old = JSON.parse(JSON.stringify(current));
    delete old.notes;
    delete old.headline.timeline.optionalHours;
    delete old.headline.timeline.paces;
    delete old.headline.salaryChange.typicalPct;
    for (const row of old.coverage) delete row.roleLevel;
    for (const item of old.transferableSkills) delete item.topics;
    for (const item of old.skillsToLearn) {
      delete item.optional;
      delete item.roleLevel;
      delete item.standaloneHours;
      delete item.topics;
    }
    const upgraded = parseStoredGuide(old);
    expect(upgraded.headline.timeline.totalWeeks).toBe(current.headline.timeline.totalWeeks);
    expect(upgraded.headline.salaryChange.typicalPct).toBe(current.headline.salaryChange.typicalPct);
    expect(upgraded.skillsToLearn.map((item) => item.hours)).toEqual(
      current.skillsToLearn.map((item) => item.hours),
    );
    expect(upgraded.roadmap).toEqual(current.roadmap);
  });

  it('still rejects something that is not a guide', () => {
    expect(() => parseStoredGuide({ title: 'not a guide' })).toThrow();
  });
});
