import type { Guide } from '../../domain/guide/guideSchema.ts';
import { usd } from '../format.ts';
import { ChartSvg } from './chartSvg.tsx';
import { CHART_LAYOUTS, CHART_WIDTH, type ChartLayout, shorten } from './layout.ts';

const thousands = (amount: number) => `$${Math.round(amount / 1000)}k`;

/**
 * p25–p75 ranges with the median for the source and target roles, on one dollar scale that starts near the
 * lowest figure; the person's own salary is marked when they gave it.
 */
function SalarySvg({ guide, layout }: { guide: Guide; layout: ChartLayout }) {
  const { from, to, baseline } = guide.headline.salaryChange;
  const mine = guide.person.currentSalary;
  const rows = [
    { label: guide.from.title, figures: from },
    { label: guide.to.title, figures: to },
  ];
  const low = Math.min(from.p25, to.p25, mine ?? Number.POSITIVE_INFINITY, baseline);
  const high = Math.max(from.p75, to.p75, mine ?? 0, baseline);
  const min = Math.max(0, Math.floor((low * 0.9) / 10_000) * 10_000);
  const max = Math.ceil((high * 1.05) / 10_000) * 10_000;
  const width = CHART_WIDTH[layout];
  const narrow = layout === 'narrow';
  const left = narrow ? 10 : 230;
  const right = width - 10;
  const x = (amount: number) => left + ((right - left) * (amount - min)) / Math.max(max - min, 1);
  const rowHeight = narrow ? 66 : 50;
  const barTop = (i: number) => i * rowHeight + (narrow ? 22 : 6);
  const height = rows.length * rowHeight + 34;
  return (
    <ChartSvg
      name="salary"
      layout={layout}
      height={height}
      title="Salary ranges: 25th percentile to 75th percentile, with the median"
      description={`${rows.map((row) => `${row.label}: 25th percentile ${usd(row.figures.p25)}, median ${usd(row.figures.median)}, 75th percentile ${usd(row.figures.p75)}`).join('; ')}${mine ? `; your salary ${usd(mine)}` : ''}`}
    >
      {rows.map((row, i) => (
        <g>
          <text x={narrow ? left : 0} y={narrow ? barTop(i) - 6 : barTop(i) + 16}>
            {shorten(row.label, narrow ? 40 : 28)}
          </text>
          <rect
            class="range"
            x={x(row.figures.p25)}
            y={barTop(i)}
            width={Math.max(x(row.figures.p75) - x(row.figures.p25), 2)}
            height="20"
            rx="4"
          />
          <line
            class="median"
            x1={x(row.figures.median)}
            x2={x(row.figures.median)}
            y1={barTop(i) - 3}
            y2={barTop(i) + 23}
          />
          <text class="figures" x={left} y={barTop(i) + 38}>
            p25 {thousands(row.figures.p25)} · median {thousands(row.figures.median)} · p75{' '}
            {thousands(row.figures.p75)}
          </text>
        </g>
      ))}
      {mine ? (
        <g>
          <line class="mine" x1={x(mine)} x2={x(mine)} y1="0" y2={height - 30} />
          <text x={x(mine)} y={height - 18} text-anchor={x(mine) > (left + right) / 2 ? 'end' : 'start'}>
            you: {thousands(mine)}
          </text>
        </g>
      ) : null}
      <text x={left} y={height - 2}>
        {thousands(min)}
      </text>
      <text x={right} y={height - 2} text-anchor="end">
        {thousands(max)}
      </text>
    </ChartSvg>
  );
}

export function SalaryChart(props: { guide: Guide }) {
  return (
    <figure>
      {CHART_LAYOUTS.map((layout) => (
        <SalarySvg guide={props.guide} layout={layout} />
      ))}
      <figcaption class="muted">
        Shaded: middle half of earners (25th to 75th percentile); line: median
        {props.guide.person.currentSalary ? '; dashed: your salary' : ''}.
      </figcaption>
    </figure>
  );
}
