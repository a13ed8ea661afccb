import type { Child } from 'hono/jsx';
import { CHART_WIDTH, type ChartLayout, chartClass } from './layout.ts';

/** One drawing of a chart: the svg with its accessible title and description, ids unique per chart and layout. */
export function ChartSvg(props: {
  name: string;
  layout: ChartLayout;
  height: number;
  title: string;
  description: string;
  children: Child;
}) {
  const id = `${props.name}-chart-${props.layout}`;
  return (
    <svg
      class={chartClass(props.layout)}
      viewBox={`0 0 ${CHART_WIDTH[props.layout]} ${props.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.description}</desc>
      {props.children}
    </svg>
  );
}
