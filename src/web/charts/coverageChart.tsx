import type { Guide } from '../../domain/guide/guideSchema.ts';
import { levelName } from '../format.ts';

/** Held level against required level for every skill the target role uses. */
export function CoverageChart(props: { guide: Guide }) {
  const rows = props.guide.coverage;
  const width = 720;
  const rowHeight = 26;
  const labelWidth = 300;
  const unit = (width - labelWidth - 20) / 5;
  const height = rows.length * rowHeight + 24;
  return (
    <figure>
      <svg
        class="chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="coverage-chart-title coverage-chart-desc"
      >
        <title id="coverage-chart-title">Skill coverage: level held now against level the role needs</title>
        <desc id="coverage-chart-desc">
          {rows
            .map((row) => `${row.skill.name}: ${levelName(row.held)} of ${levelName(row.required)}`)
            .join('; ')}
        </desc>
        {rows.map((row, i) => (
          <g>
            <text x="0" y={i * rowHeight + 16}>
              {row.skill.name.length > 36 ? `${row.skill.name.slice(0, 35)}…` : row.skill.name}
            </text>
            <rect
              class="need"
              x={labelWidth}
              y={i * rowHeight + 5}
              width={unit * row.required}
              height="14"
              rx="3"
            />
            <rect
              class="held"
              x={labelWidth}
              y={i * rowHeight + 5}
              width={unit * Math.min(row.held, row.required)}
              height="14"
              rx="3"
            />
          </g>
        ))}
        <text x={labelWidth} y={height - 4}>
          none
        </text>
        <text x={width - 20} y={height - 4} text-anchor="end">
          expert
        </text>
      </svg>
      <figcaption class="muted">Dark: level you hold; light: what the role needs.</figcaption>
    </figure>
  );
}
