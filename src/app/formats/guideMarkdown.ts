import type { Guide, ResourceRef } from '../../domain/guide/guideSchema.ts';
import {
  certificationDetails,
  levelsText,
  pacesText,
  salaryText,
  whenText,
} from '../../domain/guide/headlineText.ts';
import { costText, levelName, usd } from '../../domain/guide/words.ts';
import { markdownCitations, markdownSourceList } from './citations.ts';

const link = (ref: ResourceRef) => `[${ref.title}](${ref.url}) (${ref.provider}, ${costText(ref.costUsd)})`;
const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** The full guide as a Markdown document, every figure followed by its sources. */
export function guideMarkdown(guide: Guide): string {
  const { headline } = guide;
  const cite = (ids: readonly string[]) => markdownCitations(guide.sources, ids);
  const personalInputs = [
    Object.keys(guide.person.known).length > 0
      ? `known skills ${Object.entries(guide.person.known)
          .map(([id, level]) => `${id}:${level}`)
          .join(', ')}`
      : '',
    `${guide.person.hoursPerWeek} h/week`,
    `budget ${guide.person.budget}`,
    guide.person.currentSalary ? `current salary ${usd(guide.person.currentSalary)}` : '',
    guide.person.startDate ? `start ${guide.person.startDate}` : '',
  ].filter(Boolean);
  const lines: string[] = [
    `# ${guide.title}`,
    '',
    `*${guide.from.title} → ${guide.to.title}* · computed for ${personalInputs.join(', ')} · KB ${guide.kbVersion}`,
    '',
    ...(guide.credential
      ? [
          `**First: ${guide.credential.name}.** About ${guide.credential.months} months ${guide.credential.partTime ? 'part-time' : 'full-time'} (${guide.credential.weeks} weeks), whatever your pace; the timeline includes it. ${guide.credential.note}`,
          '',
        ]
      : []),
    ...(guide.provenance.note ? [`*${guide.provenance.note}*`, ''] : []),
    '| Difficulty | Timeline | Salary change | Demand |',
    '|---|---|---|---|',
    `| ${headline.difficulty} | ${pacesText(headline.timeline)} (${headline.timeline.totalWeeks} weeks) | ${salaryText(headline.salaryChange)} ${cite(headline.salaryChange.to.sourceIds)} | ${headline.demand.growthPct >= 0 ? '+' : ''}${headline.demand.growthPct}% ${headline.demand.period}, ${headline.demand.label} ${cite(headline.demand.sourceIds)} |`,
    '',
    `Salary: ${guide.from.title} ${usd(headline.salaryChange.from.p25)}–${usd(headline.salaryChange.from.p75)} (25th–75th percentile, median ${usd(headline.salaryChange.from.median)}) ${cite(headline.salaryChange.from.sourceIds)} → ${guide.to.title} ${usd(headline.salaryChange.to.p25)}–${usd(headline.salaryChange.to.p75)} (median ${usd(headline.salaryChange.to.median)}) ${cite(headline.salaryChange.to.sourceIds)}. ${guide.notes.salaryChange}`,
    '',
    `How we computed this: ${guide.notes.timeline} ${guide.notes.difficulty}`,
    '',
    `Demand: ${headline.demand.text} ${cite(headline.demand.sourceIds)}`,
    '',
    `Match: ${guide.match.matched} of ${guide.match.total} skills at the job-ready level (${Math.round(guide.match.score * 100)}% overall). ${guide.notes.match}`,
    '',
    '## Overview',
    '',
    guide.overview.join('\n\n'),
    '',
    '## Transferable skills',
    '',
    guide.notes.transferableSkills,
    '',
    bullets(
      guide.transferableSkills.map(
        (item) => `**${item.skill.name}** (${levelName(item.level)}): ${item.appliesHow}`,
      ),
    ),
    '',
    '## Skills to learn',
    '',
    guide.notes.skillsToLearn,
    '',
    '| Skill | Priority | Level | Hours | Weeks |',
    '|---|---|---|---|---|',
    ...guide.skillsToLearn.map(
      (item) =>
        `| ${item.skill.name} | ${item.priority}${item.optional ? ' (optional)' : ''} | ${levelsText(item)} | ${item.hours} | ${whenText(item)} |`,
    ),
    '',
    ...guide.skillsToLearn.flatMap((item) => [
      `### ${item.skill.name} (${item.priority}${item.optional ? ', optional' : ''})`,
      '',
      item.reason,
      '',
      ...(item.topics.length > 0 ? [`What to cover: ${item.topics.join(', ')}.`, ''] : []),
      `How to learn: ${item.howToLearn}`,
      '',
      ...(item.resources.length > 0 ? [bullets(item.resources.map(link)), ''] : []),
    ]),
    '## Learning roadmap',
    '',
    ...guide.roadmap.flatMap((phase) => [
      `### ${phase.index}. ${phase.title}`,
      '',
      `Weeks ${phase.startWeek}–${phase.startWeek + phase.weeks - 1} (${phase.weeks} week${phase.weeks === 1 ? '' : 's'})${phase.startDate ? `, ${phase.startDate} to ${phase.endDate}` : ''}`,
      '',
      bullets(phase.tasks),
      '',
      ...(phase.resources.length > 0 ? [`Resources: ${phase.resources.map(link).join('; ')}`, ''] : []),
    ]),
    '## Reality check',
    '',
    "**What you'll love**",
    '',
    bullets(guide.realityCheck.love),
    '',
    '**What you might miss**',
    '',
    bullets(guide.realityCheck.miss.length > 0 ? guide.realityCheck.miss : [guide.notes.realityCheckMiss]),
    '',
    '**Biggest challenges**',
    '',
    bullets(guide.realityCheck.challenges),
    '',
    '## Start your journey',
    '',
    '**This week**',
    '',
    bullets(guide.actionPlan.thisWeek),
    '',
    '**This month**',
    '',
    bullets(guide.actionPlan.thisMonth),
    '',
    '**Next 90 days**',
    '',
    bullets(guide.actionPlan.next90Days),
    '',
    '## FAQ',
    '',
    ...guide.faq.flatMap((entry) => [`**${entry.q}**`, '', entry.a, '']),
  ];
  if (guide.certifications.length > 0) {
    lines.push(
      '## Certifications',
      '',
      bullets(
        guide.certifications.map((cert) => `[${cert.name}](${cert.url}), ${certificationDetails(cert)}`),
      ),
      '',
    );
  }
  lines.push('## Sources', '', ...markdownSourceList(guide.sources), '');
  return `${lines.join('\n')}\n`.replace(/\n{3,}/g, '\n\n');
}
