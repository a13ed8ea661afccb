import type { ExploreResult } from '../../domain/explore/exploreSchema.ts';
import { salaryText } from '../../domain/guide/headlineText.ts';
import { monthsText } from '../../domain/guide/words.ts';
import type { PathResult } from '../../domain/path/pathSchema.ts';

export function exploreMarkdown(result: ExploreResult): string {
  const who = result.profile.from ? `a ${result.profile.from.title}` : 'your skills';
  const lines = [
    `# Where ${who} can go`,
    '',
    `Ranked by score = ${result.weights.match}·match + ${result.weights.speed}·speed + ${result.weights.salary}·salary + ${result.weights.growth}·growth; ${result.results.length} of ${result.considered} roles shown.`,
    '',
    '| # | Role | Score | Match | Timeline | Pay | Growth |',
    '|---|---|---|---|---|---|---|',
    ...result.results.map(
      (r) =>
        `| ${r.rank} | ${r.role.title} | ${r.score} | ${Math.round(r.match.score * 100)}% | ${monthsText(r.timeline.minMonths, r.timeline.maxMonths)} | ${r.salaryChange ? salaryText(r.salaryChange) : 'n/a'} | ${r.growth.pct}% |`,
    ),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

export function pathMarkdown(result: PathResult): string {
  const lines = [
    `# From ${result.from.title} to ${result.to.title}: the fastest route`,
    '',
    result.summary,
    '',
    ...result.steps.map(
      (step, i) =>
        `${i + 1}. ${step.from.title} → ${step.to.title}: ${step.totalWeeks} weeks (${monthsText(step.minMonths, step.maxMonths)}, ${step.difficulty}); main gaps ${step.topGaps.map((g) => g.name).join(', ')}`,
    ),
    '',
    `Direct: ${result.direct.totalWeeks} weeks (${monthsText(result.direct.minMonths, result.direct.maxMonths)}).`,
    '',
  ];
  return `${lines.join('\n')}\n`;
}
