import type { Guide } from '../../domain/guide/guideSchema.ts';
import { ChartSvg } from './chartSvg.tsx';
import { CHART_LAYOUTS, CHART_WIDTH, type ChartLayout, shorten } from './layout.ts';

/** Phases as bars over the plan's weeks (or dates); the text alternative lists the same numbers. */
function RoadmapSvg({ guide, layout }: { guide: Guide; layout: ChartLayout }) {
  const { roadmap } = guide;
  const total = guide.headline.timeline.totalWeeks;
  const width = CHART_WIDTH[layout];
  const narrow = layout === 'narrow';
  const left = narrow ? 10 : 230;
  const right = width - 14;
  const rowHeight = narrow ? 42 : 30;
  const barTop = (i: number) => i * rowHeight + (narrow ? 22 : 6);
  const scale = (weeks: number) => ((right - left) * weeks) / Math.max(total, 1);
  const height = roadmap.length * rowHeight + 34;
  const description = roadmap
    .map(
      (phase) =>
        `${phase.index}. ${phase.title.split(':')[0]}: weeks ${phase.startWeek} to ${phase.startWeek + phase.weeks - 1}` +
        (phase.startDate ? ` (${phase.startDate} to ${phase.endDate})` : ''),
    )
    .join('; ');
  return (
    <ChartSvg
      name="roadmap"
      layout={layout}
      height={height}
      title={`Roadmap timeline, ${total} weeks in total`}
      description={description}
    >
      {roadmap.map((phase, i) => (
        <g>
          <text x={narrow ? left : 0} y={narrow ? barTop(i) - 5 : barTop(i) + 14}>
            {shorten(`${phase.index}. ${phase.title.split(':')[0]}`, narrow ? 30 : 28)}
            {narrow ? ` · ${phase.weeks} wk` : ''}
          </text>
          <rect
            class="phase-bar"
            x={left + scale(phase.startWeek - 1)}
            y={barTop(i)}
            width={Math.max(scale(phase.weeks), 2)}
            height={narrow ? 14 : rowHeight - 12}
            rx="4"
            opacity={0.55 + (0.45 * (i + 1)) / roadmap.length}
          />
        </g>
      ))}
      <line class="axis" x1={left} x2={right} y1={height - 24} y2={height - 24} />
      <text x={left} y={height - 6}>
        week 1
      </text>
      <text x={right} y={height - 6} text-anchor="end">
        week {total}
      </text>
    </ChartSvg>
  );
}

export function RoadmapChart(props: { guide: Guide }) {
  return (
    <figure>
      {CHART_LAYOUTS.map((layout) => (
        <RoadmapSvg guide={props.guide} layout={layout} />
      ))}
      <figcaption class="muted">Each bar is one phase, placed on the plan's week scale.</figcaption>
    </figure>
  );
}
