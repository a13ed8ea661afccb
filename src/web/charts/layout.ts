/**
 * Charts come in two layouts drawn for their width, never one drawing scaled down: on a phone a 720-unit
 * drawing would shrink its labels to a few pixels. CSS shows the wide one from 48rem and the narrow one below.
 */
export type ChartLayout = 'wide' | 'narrow';

export const CHART_LAYOUTS: readonly ChartLayout[] = ['wide', 'narrow'];

/** Drawing width in SVG units; at the widths each layout is shown at, its 13–14 unit text renders at 11 px or more. */
export const CHART_WIDTH: Record<ChartLayout, number> = { wide: 720, narrow: 340 };

export const chartClass = (layout: ChartLayout) => `chart chart-${layout}`;

/** Shortens a label to fit `max` characters. */
export const shorten = (label: string, max: number) =>
  label.length > max ? `${label.slice(0, max - 1)}…` : label;
