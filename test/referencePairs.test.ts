import { describe, expect, it } from 'vitest';
import { getGuide } from '../src/app/getGuide.ts';
import { type Guide, GuideSchema } from '../src/domain/guide/guideSchema.ts';
import { realKb } from './realKb.ts';

const PAIRS = [
  ['Software Engineer', 'Multimodal AI Engineer'],
  ['Backend Developer', 'Multimodal AI Engineer'],
  ['Software Engineer', 'Machine Learning Engineer'],
  ['Data Scientist', 'AI Engineer'],
] as const;

function guide(from: string, to: string, extra: Record<string, string> = {}): Guide {
  return getGuide(realKb(), { from, to, ...extra });
}

describe.each(PAIRS)('%s → %s', (from, to) => {
  const result = () => guide(from, to);

  it('matches GuideSchema and fills every section', () => {
    const g = result();
    expect(GuideSchema.parse(g)).toEqual(g);
    expect(g.overview).toHaveLength(2);
    expect(g.transferableSkills.length).toBeGreaterThanOrEqual(4);
    expect(g.skillsToLearn.length).toBeGreaterThanOrEqual(4);
    expect(g.roadmap.length).toBeGreaterThanOrEqual(4);
    expect(g.realityCheck.love.length).toBeGreaterThanOrEqual(3);
    expect(g.realityCheck.miss.length).toBeGreaterThanOrEqual(1);
    expect(g.realityCheck.challenges.length).toBeGreaterThanOrEqual(3);
    expect(g.actionPlan.thisWeek).toHaveLength(3);
    expect(g.actionPlan.thisMonth).toHaveLength(3);
    expect(g.actionPlan.next90Days).toHaveLength(3);
    expect(g.faq.length).toBeGreaterThanOrEqual(4);
    expect(g.sources.length).toBeGreaterThanOrEqual(1);
  });

  it('gives every skill to learn a valid priority, weeks and real resources named in how-to-learn', () => {
    const kb = realKb();
    const g = result();
    for (const item of g.skillsToLearn) {
      expect(['Critical', 'Important', 'Nice to have']).toContain(item.priority);
      if (item.optional) expect(item.weeks).toBe(Math.ceil(item.hours / g.headline.timeline.hoursPerWeek));
      expect(item.resources.length).toBeGreaterThanOrEqual(1);
      for (const resource of item.resources) {
        expect(kb.resource.get(resource.id)?.url).toBe(resource.url);
      }
      expect(item.howToLearn).toContain(item.resources[0]?.title);
    }
  });

  it('schedules the required skills week by week so they fill their phases exactly', () => {
    const g = result();
    const weeksOf = new Map(g.skillsToLearn.map((item) => [item.skill.id, item.weeks]));
    const learning = g.roadmap.filter((p) => ['foundations', 'core', 'specialization'].includes(p.kind));
    for (const phase of learning) {
      const sum = phase.skills.reduce((total, id) => total + (weeksOf.get(id) ?? 0), 0);
      expect(sum).toBe(phase.weeks);
    }
    // Hours are summed across the learning phases and turned into weeks once.
    const hours = g.skillsToLearn
      .filter((item) => !item.optional && !item.taughtIn)
      .reduce((total, item) => total + item.hours, 0);
    const weeks = learning.reduce((total, phase) => total + phase.weeks, 0);
    expect(weeks).toBe(Math.max(learning.length, Math.ceil(hours / g.headline.timeline.hoursPerWeek)));
  });

  it('has a title that states the upper end of the timeline', () => {
    const g = result();
    expect(g.title).toBe(
      `From ${g.from.title} to ${g.to.title}: Your ${g.headline.timeline.maxMonths}-Month Transition Guide`,
    );
  });
});

describe('what a reader would check', () => {
  it('carries Python over into machine-learning engineering', () => {
    const g = guide('Software Engineer', 'Machine Learning Engineer');
    const carried = g.transferableSkills.map((item) => item.appliesTo.id);
    expect(carried).toContain('python');
  });

  it('makes deep learning a Critical gap for a software engineer', () => {
    for (const to of ['Machine Learning Engineer', 'Multimodal AI Engineer']) {
      const g = guide('Software Engineer', to);
      const deep = g.skillsToLearn.find((item) => item.skill.id === 'deep-learning');
      expect(deep?.priority, to).toBe('Critical');
    }
  });

  it('learns prerequisites before the skills that need them', () => {
    const kb = realKb();
    const g = guide('Software Engineer', 'Multimodal AI Engineer');
    const learning = g.roadmap.filter((phase) =>
      ['foundations', 'core', 'specialization'].includes(phase.kind),
    );
    const order = learning.flatMap((phase) => phase.skills);
    for (const [i, id] of order.entries()) {
      for (const prerequisite of kb.skill.get(id)?.prerequisites ?? []) {
        const at = order.indexOf(prerequisite);
        if (at >= 0) expect(at, `${prerequisite} before ${id}`).toBeLessThan(i);
      }
    }
  });

  it('makes a data scientist’s move into AI engineering shorter than a teacher’s', () => {
    const ds = guide('Data Scientist', 'AI Engineer');
    const teacher = guide('Teacher', 'AI Engineer');
    expect(ds.headline.timeline.totalWeeks).toBeLessThan(teacher.headline.timeline.totalWeeks);
  });

  it('uses only free resources on a free budget when the KB has them', () => {
    const kb = realKb();
    const g = guide('Software Engineer', 'Machine Learning Engineer', { budget: 'free' });
    for (const item of g.skillsToLearn) {
      const hasFree = (kb.resourcesBySkill.get(item.skill.id) ?? []).some((r) => r.costUsd === 0);
      if (hasFree)
        expect(
          item.resources.every((r) => r.costUsd === 0),
          item.skill.id,
        ).toBe(true);
    }
  });

  it('dates every phase from the start date, back to back', () => {
    const g = guide('Software Engineer', 'Machine Learning Engineer', { start: '2027-01-04' });
    expect(g.roadmap[0]?.startDate).toBe('2027-01-04');
    for (const [i, phase] of g.roadmap.entries()) {
      const next = g.roadmap[i + 1];
      if (!next || !phase.endDate || !next.startDate) continue;
      const gapDays = (Date.parse(next.startDate) - Date.parse(phase.endDate)) / 86_400_000;
      expect(gapDays).toBe(1);
    }
  });
});
