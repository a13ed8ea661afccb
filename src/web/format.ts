/** Display helpers shared by views; formatting only, no computation of figures. */
export { costText, levelName, monthsText, signedPct, usd } from '../domain/guide/words.ts';

export function guidePath(from: string, to: string, query = ''): string {
  return `/transitions/${encodeURIComponent(from)}/${encodeURIComponent(to)}${query ? `?${query}` : ''}`;
}

export function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${value}`;
}
