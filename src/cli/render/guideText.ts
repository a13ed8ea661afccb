import type { Guide } from '../../domain/guide/guideSchema.ts';
import {
  certificationDetails,
  levelsText,
  pacesText,
  salaryText,
  whenText,
} from '../../domain/guide/headlineText.ts';
import { levelName, usd } from '../../domain/guide/words.ts';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  accent(text: string): string;
}

export function terminalStyle(colour: boolean): Style {
  const wrap = (code: string) => (text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { bold: wrap('1'), dim: wrap('2'), accent: wrap('36') };
}

/** A readable terminal view of the guide; the full document is the md format. */
export function guideText(guide: Guide, style: Style): string {
  const { headline } = guide;
  const out: string[] = [];
  const section = (title: string) => out.push('', style.bold(style.accent(title)));
  out.push(style.bold(guide.title));
  out.push(
    `${style.dim('Difficulty')} ${headline.difficulty}   ${style.dim('Timeline')} ${pacesText(headline.timeline)} (${headline.timeline.totalWeeks} wk)   ` +
      `${style.dim('Salary')} ${salaryText(headline.salaryChange)}   ` +
      `${style.dim('Demand')} ${headline.demand.growthPct >= 0 ? '+' : ''}${headline.demand.growthPct}% (${headline.demand.label})`,
  );
  out.push(
    style.dim(
      `Match ${guide.match.matched}/${guide.match.total} skills (${Math.round(guide.match.score * 100)}%) · ` +
        `${guide.from.title} median ${usd(headline.salaryChange.from.median)} → ${guide.to.title} ${usd(headline.salaryChange.to.p25)}–${usd(headline.salaryChange.to.p75)}`,
    ),
  );
  section('Overview');
  for (const paragraph of guide.overview) out.push(paragraph);
  section('Transferable skills');
  out.push(style.dim(guide.notes.transferableSkills));
  for (const item of guide.transferableSkills) {
    out.push(`  • ${style.bold(item.skill.name)} (${levelName(item.level)}): ${item.appliesHow}`);
  }
  section('Skills to learn');
  out.push(style.dim(guide.notes.skillsToLearn));
  for (const item of guide.skillsToLearn) {
    const when = whenText(item);
    out.push(
      `  • ${style.bold(item.skill.name)} [${item.priority}] ${levelsText(item)}, ${item.hours} h, ${when}`,
    );
    if (item.topics.length > 0) out.push(`    What to cover: ${item.topics.join(', ')}`);
    out.push(`    ${style.dim(item.howToLearn)}`);
  }
  section('Roadmap');
  for (const phase of guide.roadmap) {
    const dates = phase.startDate ? ` (${phase.startDate} → ${phase.endDate})` : '';
    out.push(
      `  ${phase.index}. ${style.bold(phase.title)} — weeks ${phase.startWeek}–${phase.startWeek + phase.weeks - 1}${dates}`,
    );
    for (const task of phase.tasks) out.push(`     - ${task}`);
  }
  section('Reality check');
  out.push("  What you'll love:", ...guide.realityCheck.love.map((text) => `    + ${text}`));
  const miss = guide.realityCheck.miss.length > 0 ? guide.realityCheck.miss : [guide.notes.realityCheckMiss];
  out.push('  What you might miss:', ...miss.map((text) => `    - ${text}`));
  out.push('  Biggest challenges:', ...guide.realityCheck.challenges.map((text) => `    ! ${text}`));
  section('Start your journey');
  out.push('  This week:', ...guide.actionPlan.thisWeek.map((text) => `    □ ${text}`));
  out.push('  This month:', ...guide.actionPlan.thisMonth.map((text) => `    □ ${text}`));
  out.push('  Next 90 days:', ...guide.actionPlan.next90Days.map((text) => `    □ ${text}`));
  if (guide.certifications.length > 0) {
    section('Certifications');
    for (const cert of guide.certifications) {
      out.push(`  • ${cert.name} — ${certificationDetails(cert)}`);
    }
  }
  section('Sources');
  for (const source of guide.sources)
    out.push(`  ${source.publisher}, ${source.title} (${source.year}) ${style.dim(source.url)}`);
  out.push('', style.dim('Full document with FAQ: --format md · machine-readable: --format json'));
  return `${out.join('\n')}\n`;
}
