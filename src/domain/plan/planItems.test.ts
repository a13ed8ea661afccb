import { describe, expect, it } from 'vitest';
import { buildGuide } from '../guide/buildGuide.ts';
import type { Guide, ResourceRef } from '../guide/guideSchema.ts';
import { DEFAULT_PERSON, type Person } from '../guide/person.ts';
import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import { type MemoryKbSpec, memoryKb } from '../testing/memoryKb.ts';
import { planItems } from './planItems.ts';

// b builds on p, which the target does not list: p is a foundation. At 10 h/week p (40 h) takes 4 weeks,
// a (100 h) 10 and b (40 h, important at 3 → basic) 4; the portfolio is 25 % of 180 h = 45 h, 5 weeks.
const spec: MemoryKbSpec = {
  skills: { a: {}, b: { prerequisites: ['p'] }, p: {} },
  roles: {
    source: { skills: [] },
    target: {
      skills: [
        { skill: 'a', level: 3, importance: 'core' },
        { skill: 'b', level: 3, importance: 'important' },
      ],
    },
  },
};
const guideOf = (kb: KnowledgeBase, person: Person = DEFAULT_PERSON): Guide =>
  buildGuide(
    kb,
    kb.role.get('source') ?? (undefined as never),
    kb.role.get('target') ?? (undefined as never),
    person,
  );
const guide = guideOf(memoryKb(spec));

type Phase = Guide['roadmap'][number];
const phase = (index: number, kind: Phase['kind'], weeks: number, content: Partial<Phase> = {}): Phase => ({
  index,
  kind,
  title: `Phase ${index}`,
  startWeek: 1,
  weeks,
  skills: [],
  tasks: [],
  resources: [],
  ...content,
});
const resource = (id: string): ResourceRef => ({
  id,
  title: `Course ${id}`,
  provider: 'Test Provider',
  url: `https://example.org/${id}`,
  costUsd: 0,
  hours: 10,
});

describe('planItems', () => {
  it('makes one item per skill in the learning phases and one per task in the others, in roadmap order', () => {
    const items = planItems(guide);
    expect(items.map(({ phaseIndex, label, weeks }) => [phaseIndex, label, weeks])).toEqual([
      [1, 'Reach basic level in Skill p', 4],
      [2, 'Reach working level in Skill a', 10],
      [3, 'Reach basic level in Skill b', 4],
      [4, 'Project 1: Build made-up project 1.', 5 / 3],
      [4, 'Project 2: Build made-up project 2.', 5 / 3],
      [4, 'Project 3: Build made-up project 3.', 5 / 3],
      ...(guide.roadmap[4]?.tasks ?? []).map((task) => [5, task, 2 / 3]),
    ]);
    expect(guide.roadmap[4]?.tasks).toHaveLength(3);
    expect(items.slice(0, 3).map((item) => item.id)).toEqual(['skill-p', 'skill-a', 'skill-b']);
    for (const item of items.slice(3, 6)) expect(item.id).toMatch(/^task-portfolio-[0-9a-f]{8}$/);
    for (const item of items.slice(6)) expect(item.id).toMatch(/^task-job-search-[0-9a-f]{8}$/);
  });

  it('gives every item of a plan its own id', () => {
    const ids = planItems(guide).map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names a task by its phase and a 32-bit FNV-1a hash of its text', () => {
    const items = planItems({
      ...guide,
      roadmap: [
        phase(1, 'portfolio', 4, { tasks: ['a', 'foobar'] }),
        phase(2, 'credential', 52, { tasks: [''] }),
      ],
    });
    // The published FNV-1a test vectors: "a" → e40c292c, "foobar" → bf9cf968, "" → 811c9dc5.
    expect(items.map((item) => [item.id, item.weeks])).toEqual([
      ['task-portfolio-e40c292c', 2],
      ['task-portfolio-bf9cf968', 2],
      ['task-credential-811c9dc5', 52],
    ]);
  });

  it('keeps ids when the pace, the hours model or the KB version change', () => {
    const ids = (g: Guide) => planItems(g).map((item) => item.id);
    const slower = guideOf(memoryKb(spec), { ...DEFAULT_PERSON, hoursPerWeek: 5 });
    const remodelled = guideOf(
      memoryKb({ ...spec, skills: { ...spec.skills, a: { hoursToLevel: [20, 80, 150, 300, 600] } } }),
    );
    expect(ids(slower)).toEqual(ids(guide));
    expect(ids(remodelled)).toEqual(ids(guide));
    expect(ids({ ...guide, kbVersion: '9.9.9' })).toEqual(ids(guide));
  });

  it('lists the first two resources of a skill and skips a skill the guide does not teach', () => {
    const [p] = guide.skillsToLearn;
    if (!p) throw new Error('the guide teaches p');
    const items = planItems({
      ...guide,
      skillsToLearn: [{ ...p, resources: [resource('one'), resource('two'), resource('three')] }],
      roadmap: [phase(1, 'foundations', 4, { skills: ['p', 'ghost'] }), phase(2, 'job-search', 2)],
    });
    expect(items).toEqual([
      {
        id: 'skill-p',
        label: 'Reach basic level in Skill p',
        phaseIndex: 1,
        weeks: 4,
        resources: [resource('one'), resource('two')],
      },
    ]);
  });
});
