import type { CatalogFileKey, CatalogFiles } from './catalogSchema.ts';

/**
 * The committed text of each catalogue file. catalog.json is indented; the bulk files hold one record per line
 * (`{"occupations": [` on line 1, record i on line i + 2), so a diff or a problem points at one occupation.
 * Same value, same bytes: keys in schema order, numbers as JSON writes them, a trailing newline, no timestamps.
 */
export function serializeCatalog(catalog: CatalogFiles): Record<CatalogFileKey, string> {
  return {
    meta: `${JSON.stringify(catalog.meta, null, 2)}\n`,
    occupations: recordsText('occupations', catalog.occupations.occupations),
    ratings: recordsText('ratings', catalog.ratings.ratings),
    titles: recordsText('titles', catalog.titles.titles),
    technologies: recordsText('technologies', catalog.technologies.technologies),
  };
}

function recordsText(key: string, records: readonly unknown[]): string {
  if (records.length === 0) return `{"${key}": []}\n`;
  return `{"${key}": [\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]}\n`;
}

/** The line of record `index` in a bulk file, or of a top-level key in catalog.json (1 when not found). */
export function lineOfRecord(
  file: CatalogFileKey,
  text: string,
  key: string | number | undefined,
  index: unknown,
): number {
  if (file !== 'meta') return typeof index === 'number' ? index + 2 : 1;
  if (typeof key !== 'string') return 1;
  const at = text.indexOf(`\n  "${key}":`);
  const keyLine = at < 0 ? 1 : text.slice(0, at + 1).split('\n').length;
  // Arrays in catalog.json are indented one item per nested object: find the item's opening brace.
  if (typeof index !== 'number' || at < 0) return keyLine;
  const lines = text.split('\n');
  let seen = -1;
  for (let line = keyLine; line < lines.length; line++) {
    if ((lines[line] as string).startsWith('    {')) seen++;
    if (seen === index) return line + 1;
    if ((lines[line] as string).startsWith('  ]')) break;
  }
  return keyLine;
}
