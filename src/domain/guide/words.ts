/** Small phrasing helpers shared by the generated text; all deterministic and locale-independent. */

export const LEVEL_NAMES = ['none', 'aware', 'basic', 'working', 'advanced', 'expert'] as const;

export function levelName(level: number): string {
  return LEVEL_NAMES[level] ?? String(level);
}

/** "1,200": a whole number with thousands separators, locale-independent. */
export function thousands(amount: number): string {
  return Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function usd(amount: number): string {
  return `$${thousands(amount)}`;
}

export function signedPct(pct: number): string {
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct)}%`;
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

/** Letters whose spoken name starts with a vowel sound ("an SRE", "an ML Engineer", but "a UX Designer"). */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');

/** "a Software Engineer", "an ML Researcher", "an AI Engineer", "a UX Designer", "an hour"-free English. */
export function withArticle(title: string): string {
  return `${articleFor(title)} ${title}`;
}

/** Acronyms said as words, not letter by letter ("a RAG pipeline", "a README"). */
const SPOKEN_ACRONYMS = new Set(
  'RAG REST README SQL RAM MATLAB SIEM SOAP SHAP SAML NASA LIME LAMP SOC SOX MOOC HIPAA FIFO LIFO MERN MEAN RICE MOSCOW'.split(
    ' ',
  ),
);

export function articleFor(word: string): 'a' | 'an' {
  const first = word.trim().split(/[\s/-]/)[0] ?? '';
  const acronym = /^[A-Z]{2,}/.exec(first)?.[0];
  if (acronym) {
    if (SPOKEN_ACRONYMS.has(first.toUpperCase()) || SPOKEN_ACRONYMS.has(acronym)) return 'a';
    return VOWEL_SOUND_LETTERS.has(first[0] as string) ? 'an' : 'a';
  }
  if (/^X[a-z]/.test(first)) return 'an';
  if (/^(uni|use|usu|eu|one\b)/i.test(first)) return 'a';
  if (/^(hour|honest|honou?r|heir)/i.test(first)) return 'an';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

/** ISO date plus whole days, in UTC. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
