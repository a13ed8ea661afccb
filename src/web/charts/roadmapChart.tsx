import type { Guide } from '../../domain/guide/guideSchema.ts';

/** Phases as bars over the plan's weeks (or dates); the text alternative lists the same numbers. */
export function RoadmapChart(props: { guide: Guide }) {
  const { roadmap } = props.guide;
  const total = props.guide.headline.timeline.totalWeeks;
  const width = 720;
  const rowHeight = 30;
  const labelWidth = 230;
  const scale = (weeks: number) => ((width - labelWidth - 20) * weeks) / Math.max(total, 1);
  const height = roadmap.length * rowHeight + 30;
  const description = roadmap
    .map(
      (phase) =>
        `${phase.index}. ${phase.title.split(':')[0]}: weeks ${phase.startWeek} to ${phase.startWeek + phase.weeks - 1}` +
        (phase.startDate ? ` (${phase.startDate} to ${phase.endDate})` : ''),
    )
    .join('; ');
  return (
    <figure>
      <svg
        class="chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="roadmap-chart-title roadmap-chart-desc"
      >
        <title id="roadmap-chart-title">Roadmap timeline, {total} weeks in total</title>
        <desc id="roadmap-chart-desc">{description}</desc>
        {roadmap.map((phase, i) => (
          <g>
            <text x="0" y={i * rowHeight + 20}>
              {`${phase.index}. ${phase.title.split(':')[0]}`}
            </text>
            <rect
              class="phase-bar"
              x={labelWidth + scale(phase.startWeek - 1)}
              y={i * rowHeight + 6}
              width={Math.max(scale(phase.weeks), 2)}
              height={rowHeight - 12}
              rx="4"
              opacity={0.55 + (0.45 * (i + 1)) / roadmap.length}
            />
          </g>
        ))}
        <line class="axis" x1={labelWidth} x2={width - 20} y1={height - 22} y2={height - 22} />
        <text x={labelWidth} y={height - 6}>
          week 1
        </text>
        <text x={width - 20} y={height - 6} text-anchor="end">
          week {total}
        </text>
      </svg>
      <figcaption class="muted">Each bar is one phase, placed on the plan's week scale.</figcaption>
    </figure>
  );
}
