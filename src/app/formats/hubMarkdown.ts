import { costText, monthsText, usd } from '../../domain/guide/words.ts';
import type { Hub } from '../../domain/hub/hubSchema.ts';
import { markdownCitations, markdownSourceList } from './citations.ts';

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** The role hub as a Markdown document with numbered sources. */
export function hubMarkdown(hub: Hub): string {
  const cite = (ids: readonly string[]) => markdownCitations(hub.sources, ids);
  const { summary } = hub;
  const codes = summary.occupationCodes.map(
    (code) => `SOC ${code.soc}${code.onet ? ` (O*NET ${code.onet})` : ''} ${code.title}`,
  );
  const lines = [
    `# ${hub.title}`,
    '',
    summary.text,
    '',
    `- Median pay: ${usd(summary.salary.median)} (middle half ${usd(summary.salary.p25)}–${usd(summary.salary.p75)}, ${summary.salary.asOf}) ${cite(summary.salary.sourceIds)}${summary.salary.note ? ` — ${summary.salary.note}` : ''}`,
    `- Growth: ${summary.outlook.growthPct >= 0 ? '+' : ''}${summary.outlook.growthPct}% over ${summary.outlook.period}, ${summary.outlook.label} ${cite(summary.outlook.sourceIds)}`,
    `- Demand: ${summary.demand.text} ${cite(summary.demand.sourceIds)}`,
    `- Occupation: ${codes.join('; ')}`,
    '',
    ...(hub.role.startingPoint
      ? []
      : [
          `## Transitioning into ${hub.role.title}`,
          '',
          `Realistic timeline from the closest backgrounds: ${monthsText(hub.into.realisticTimeline.minMonths, hub.into.realisticTimeline.maxMonths)} at ${hub.into.realisticTimeline.hoursPerWeek} hours a week.`,
          '',
          '| From | Timeline | Difficulty | Match | Gaps of this background |',
          '|---|---|---|---|---|',
          ...hub.into.sources.map(
            (s) =>
              `| ${s.role.title} | ${monthsText(s.timeline.minMonths, s.timeline.maxMonths)} (${s.timeline.totalWeeks} wk) | ${s.difficulty} | ${Math.round(s.match.score * 100)}% (${s.match.matched}/${s.match.total}) | ${s.topGaps.map((g) => g.name).join(', ')} |`,
          ),
          '',
          `Skills that transfer: ${hub.into.skillsThatTransfer.map((s) => `${s.skill.name} (${s.sources} of ${hub.into.sources.length} backgrounds)`).join(', ') || 'few are shared across these backgrounds'}.`,
          '',
          `Gaps to fill: ${hub.into.gapsToFill.map((g) => `${g.skill.name} (missing in ${g.missingIn})`).join(', ')}.`,
          '',
          `Entry: ${hub.into.entry.education} ${hub.into.entry.experience}`,
          '',
        ]),
    hub.role.startingPoint ? '## Roles you can start toward' : `## Transitioning out of ${hub.role.title}`,
    '',
    '| To | Median pay | Change | Timeline | Match |',
    '|---|---|---|---|---|',
    ...hub.outOf.map(
      (o) =>
        `| ${o.role.title} | ${usd(o.medianSalary)} | ${o.salaryChangePct >= 0 ? '+' : ''}${o.salaryChangePct}% | ${monthsText(o.timeline.minMonths, o.timeline.maxMonths)} | ${Math.round(o.match.score * 100)}% |`,
    ),
    '',
    '## Transferable skills',
    '',
    bullets(
      hub.transferableSkills.map(
        (t) =>
          `**${t.skill.name}**: ${t.usage}${t.paysOffIn.length ? ` Pays off in: ${t.paysOffIn.map((r) => r.title).join(', ')}.` : ''}`,
      ),
    ),
    '',
    '## Certifications',
    '',
    hub.certifications.length > 0
      ? bullets(
          hub.certifications.map(
            (c) => `[${c.name}](${c.url}), ${c.issuer}, ${costText(c.costUsd)} (active as of ${c.asOf})`,
          ),
        )
      : 'No certification is standard for this role.',
    '',
    ...(hub.retiredCertifications.length > 0
      ? [
          'Retired (do not pursue):',
          '',
          bullets(
            hub.retiredCertifications.map(
              (c) =>
                `${c.name}, retired ${c.retiredOn ?? ''}${c.successor ? `; successor: ${c.successor.name}` : ''}`,
            ),
          ),
          '',
        ]
      : []),
    '## Resume positioning',
    '',
    '**Moving in**',
    '',
    bullets(hub.resumeTips.into),
    '',
    '**Moving on**',
    '',
    bullets(hub.resumeTips.outOf),
    '',
    ...(hub.related.length > 0
      ? ['## Related occupations (O*NET)', '', bullets(hub.related.map((other) => other.title)), '']
      : []),
    '## FAQ',
    '',
    ...hub.faq.flatMap((entry) => [`**${entry.q}**`, '', entry.a, '']),
    '## Sources',
    '',
    ...markdownSourceList(hub.sources),
    '',
  ];
  return `${lines.join('\n')}\n`.replace(/\n{3,}/g, '\n\n');
}
