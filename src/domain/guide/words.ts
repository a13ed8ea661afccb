/** Small phrasing helpers shared by the generated text; all deterministic and locale-independent. */

export const LEVEL_NAMES = ['none', 'aware', 'basic', 'working', 'advanced', 'expert'] as const;

export function levelName(level: number): string {
  return LEVEL_NAMES[level] ?? String(level);
}

export function usd(amount: number): string {
  return `$${Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

export function signedPct(pct: number): string {
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct)}%`;
}

export function pctRange(minPct: number, maxPct: number): string {
  return minPct === maxPct ? signedPct(minPct) : `${signedPct(minPct)} to ${signedPct(maxPct)}`;
}

export function monthsText(minMonths: number, maxMonths: number): string {
  return minMonths === maxMonths
    ? `${minMonths} month${minMonths === 1 ? '' : 's'}`
    : `${minMonths}-${maxMonths} months`;
}

export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function costText(costUsd: number): string {
  return costUsd === 0 ? 'free' : usd(costUsd);
}

export function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

/** "a Software Engineer", "an ML Researcher", "an AI Engineer". */
export function withArticle(title: string): string {
  const startsWithVowelSound = /^[aeiou]/i.test(title) || /^(ML|MLOps|SRE|SDET|UX|IT|FP)\b/.test(title);
  return `${startsWithVowelSound && !/^(uni|use|eu)/i.test(title) ? 'an' : 'a'} ${title}`;
}

/** ISO date plus whole days, in UTC. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
