import { describe, expect, it } from 'vitest';
import { buildGuide } from '../src/domain/guide/buildGuide.ts';
import type { Guide } from '../src/domain/guide/guideSchema.ts';
import { DEFAULT_PERSON } from '../src/domain/guide/person.ts';
import { articleFor, monthsText, signedPct } from '../src/domain/guide/words.ts';
import { realKb } from './realKb.ts';

// A scan of the text of every guide between two roles for the template glitches readers reported (issue 11).
const kb = realKb();
const guides: Guide[] = kb.roles.flatMap((from) =>
  kb.roles
    .filter((to) => to.id !== from.id && !to.startingPoint)
    .map((to) => buildGuide(kb, from, to, DEFAULT_PERSON)),
);

function textsOf(guide: Guide): string[] {
  return [
    guide.title,
    ...guide.overview,
    ...guide.transferableSkills.map((item) => item.appliesHow),
    ...guide.skillsToLearn.flatMap((item) => [item.reason, item.howToLearn]),
    ...guide.roadmap.flatMap((phase) => [phase.title, ...phase.tasks]),
    ...Object.values(guide.realityCheck).flat(),
    ...Object.values(guide.actionPlan).flat(),
    ...guide.faq.flatMap((entry) => [entry.q, entry.a]),
    ...Object.values(guide.notes),
  ];
}

function problems(check: (guide: Guide) => string[]): string[] {
  return guides.flatMap((guide) =>
    check(guide).map((problem) => `${guide.from.id} → ${guide.to.id}: ${problem}`),
  );
}

describe(`the text of all ${guides.length} guides`, () => {
  it('never says a reader meets 0 of the skills', () => {
    expect(problems((g) => g.overview.filter((text) => /\b(meet|hold) 0 of\b/.test(text)))).toEqual([]);
  });

  it('explains an empty transferable-skills section', () => {
    const empty = guides.filter((g) => g.transferableSkills.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const g of empty) expect(g.notes.transferableSkills).toMatch(/nothing carries over directly/);
  });

  it('never gives two different skills the same explanation', () => {
    expect(
      problems((g) => {
        const seen = new Map<string, string>();
        const found: string[] = [];
        const rows = [
          ...g.skillsToLearn.map((item) => [item.skill.id, item.reason] as const),
          ...g.transferableSkills.map((item) => [item.skill.id, item.appliesHow] as const),
        ];
        for (const [skill, text] of rows) {
          const other = seen.get(text);
          if (other && other !== skill) found.push(`"${text}" for ${other} and ${skill}`);
          seen.set(text, skill);
        }
        return found;
      }),
    ).toEqual([]);
  });

  it('uses the right article before every word', () => {
    expect(
      problems((g) =>
        textsOf(g).flatMap((text) =>
          [...text.matchAll(/(?<![&\w])(a|an|A|An) ([A-Za-z][\w-]*)/g)]
            .filter(([, article, word]) => article?.toLowerCase() !== articleFor(word as string))
            .map(([match]) => match),
        ),
      ),
    ).toEqual([]);
  });

  it('states the same figures in the FAQ and overview as in the headline', () => {
    expect(
      problems((g) => {
        const found: string[] = [];
        const { timeline, salaryChange } = g.headline;
        const partTime = g.faq.find((entry) => entry.q === 'Can I make this move part-time?')?.a ?? '';
        const own = `${monthsText(timeline.minMonths, timeline.maxMonths)} at ${timeline.hoursPerWeek} hours a week`;
        if (!partTime.includes(own)) found.push(`part-time answer lacks "${own}"`);
        const salary = g.faq.find((entry) => entry.q.startsWith('What salary'))?.a ?? '';
        if (!salary.includes(`typical change is ${signedPct(salaryChange.typicalPct)}`))
          found.push('salary answer differs from the headline');
        const hours = /of the ([\d,]+) hours of learning/.exec(g.overview.join(' '))?.[1];
        if (hours && Number(hours.replace(',', '')) !== timeline.learningHours)
          found.push(`overview says ${hours} h, headline ${timeline.learningHours} h`);
        return found;
      }),
    ).toEqual([]);
  });

  it('answers FAQs for this move, not for another background', () => {
    const titles = kb.roles.map((role) => role.title);
    expect(
      problems((g) =>
        g.faq.flatMap((entry) =>
          titles
            .filter((title) => title !== g.from.title && title !== g.to.title)
            .filter((title) =>
              new RegExp(
                `\\b(as an? ${title}, you|you are an? ${title}|your ${title} (background|experience))`,
                'i',
              ).test(entry.a),
            )
            .map((title) => `"${entry.q}" is written for ${title}`),
        ),
      ),
    ).toEqual([]);
  });
});
