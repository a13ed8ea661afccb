import type { Guide } from '../../domain/guide/guideSchema.ts';
import { usd } from '../format.ts';

/** p25–p75 ranges with the median for the source and target roles, on one dollar scale. */
export function SalaryChart(props: { guide: Guide }) {
  const { from, to } = props.guide.headline.salaryChange;
  const rows = [
    { label: props.guide.from.title, figures: from },
    { label: props.guide.to.title, figures: to },
  ];
  const max = Math.max(from.p75, to.p75, props.guide.headline.salaryChange.baseline) * 1.1;
  const width = 720;
  const labelWidth = 230;
  const x = (amount: number) => labelWidth + ((width - labelWidth - 20) * amount) / max;
  return (
    <figure>
      <svg
        class="chart"
        viewBox={`0 0 ${width} 110`}
        role="img"
        aria-labelledby="salary-chart-title salary-chart-desc"
      >
        <title id="salary-chart-title">Salary ranges, 25th to 75th percentile, with the median</title>
        <desc id="salary-chart-desc">
          {rows
            .map(
              (row) =>
                `${row.label}: ${usd(row.figures.p25)} to ${usd(row.figures.p75)}, median ${usd(row.figures.median)}`,
            )
            .join('; ')}
        </desc>
        {rows.map((row, i) => (
          <g>
            <text x="0" y={i * 40 + 26}>
              {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
            </text>
            <rect
              class="range"
              x={x(row.figures.p25)}
              y={i * 40 + 10}
              width={x(row.figures.p75) - x(row.figures.p25)}
              height="22"
              rx="4"
            />
            <line
              class="median"
              x1={x(row.figures.median)}
              x2={x(row.figures.median)}
              y1={i * 40 + 6}
              y2={i * 40 + 36}
            />
          </g>
        ))}
        <text x={labelWidth} y="102">
          $0
        </text>
        <text x={width - 20} y="102" text-anchor="end">
          {usd(max)}
        </text>
      </svg>
      <figcaption class="muted">Shaded: middle half of earners; line: median.</figcaption>
    </figure>
  );
}
