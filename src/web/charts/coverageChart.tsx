import type { Guide } from '../../domain/guide/guideSchema.ts';
import { levelName } from '../format.ts';
import { ChartSvg } from './chartSvg.tsx';
import { CHART_LAYOUTS, CHART_WIDTH, type ChartLayout, shorten } from './layout.ts';

const LEVELS = [0, 1, 2, 3, 4, 5];

/** Held level against required level for every skill the target role uses, on a 0–5 level scale. */
function CoverageSvg({ guide, layout }: { guide: Guide; layout: ChartLayout }) {
  const rows = guide.coverage;
  const width = CHART_WIDTH[layout];
  const narrow = layout === 'narrow';
  const left = narrow ? 10 : 300;
  const right = width - 14;
  const unit = (right - left) / 5;
  const rowHeight = narrow ? 40 : 26;
  const barTop = (i: number) => i * rowHeight + (narrow ? 22 : 5);
  const top = rows.length * rowHeight + 6;
  const height = top + 34;
  return (
    <ChartSvg
      name="coverage"
      layout={layout}
      height={height}
      title="Skill coverage: level held now against level the role needs"
      description={rows
        .map((row) => `${row.skill.name}: ${levelName(row.held)} of ${levelName(row.required)}`)
        .join('; ')}
    >
      {LEVELS.map((level) => (
        <line class="grid" x1={left + unit * level} x2={left + unit * level} y1="0" y2={top} />
      ))}
      {rows.map((row, i) => (
        <g>
          <text x={narrow ? left : 0} y={narrow ? barTop(i) - 5 : barTop(i) + 12}>
            {shorten(row.skill.name, narrow ? 40 : 38)}
          </text>
          <rect class="need" x={left} y={barTop(i)} width={unit * row.required} height="14" rx="3" />
          <rect
            class="held"
            x={left}
            y={barTop(i)}
            width={unit * Math.min(row.held, row.required)}
            height="14"
            rx="3"
          />
        </g>
      ))}
      {LEVELS.map((level) => (
        <text
          x={left + unit * level}
          y={top + 16}
          text-anchor={level === 0 ? 'start' : level === 5 ? 'end' : 'middle'}
        >
          {narrow ? String(level) : levelName(level)}
        </text>
      ))}
    </ChartSvg>
  );
}

export function CoverageChart(props: { guide: Guide }) {
  return (
    <figure>
      {CHART_LAYOUTS.map((layout) => (
        <CoverageSvg guide={props.guide} layout={layout} />
      ))}
      <figcaption class="muted">
        Dark: level you hold; light: what the role needs. Levels: 0 none, 1 aware, 2 basic, 3 working, 4
        advanced, 5 expert.
      </figcaption>
    </figure>
  );
}
