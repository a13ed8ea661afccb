import type { CatalogFileKey, CatalogFiles } from './catalogSchema.ts';
import { catalogProvenance } from './catalogSources.ts';
import { codePointOrder } from './ordering.ts';

/** One cross-file problem: the file, the record (its position in the file's list, when it is one) and what is wrong. */
export interface CatalogIssue {
  readonly file: CatalogFileKey;
  /** Top-level key in catalog.json, or the record's position in a bulk file. */
  readonly key?: string;
  readonly index?: number;
  readonly message: string;
}

function duplicates(values: readonly (string | number)[]): Set<string | number> {
  const seen = new Set<string | number>();
  const repeated = new Set<string | number>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return repeated;
}

function outOfRange(positions: readonly number[], length: number): number | undefined {
  return positions.find((position) => position >= length);
}

/**
 * What the schemas cannot see: every referenced occupation, element, technology and source exists, ratings are
 * borrowed only from occupations with their own, arrays match their tables, and the provenance is the code's.
 */
export function checkCatalogReferences(catalog: CatalogFiles): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const { meta } = catalog;
  const sourceIds = new Set(meta.sources.map((source) => source.id));
  for (const id of duplicates(meta.sources.map((source) => source.id)))
    issues.push({ file: 'meta', key: 'sources', message: `source id "${id}" appears twice` });
  for (const [kind, ids] of Object.entries(meta.figureSources)) {
    for (const id of ids.filter((sourceId) => !sourceIds.has(sourceId)))
      issues.push({ file: 'meta', key: 'figureSources', message: `${kind} cites unknown source "${id}"` });
  }
  const provenance = catalogProvenance();
  for (const key of ['attribution', 'versions', 'sources', 'figureSources'] as const) {
    if (JSON.stringify(meta[key]) !== JSON.stringify(provenance[key]))
      issues.push({
        file: 'meta',
        key,
        message: `${key} differs from src/catalog/catalogSources.ts; re-run the import`,
      });
  }
  for (const id of duplicates(meta.elements.map((element) => element.id)))
    issues.push({ file: 'meta', key: 'elements', message: `element "${id}" appears twice` });

  const occupations = catalog.occupations.occupations;
  const byCode = new Map(occupations.map((occupation) => [occupation.code, occupation]));
  const rated = new Set(catalog.ratings.ratings.map((record) => record.code));
  const zones = new Set(meta.jobZones.map((zone) => zone.zone));
  const technologies = catalog.technologies.technologies.length;
  occupations.forEach((occupation, index) => {
    const at = (message: string) =>
      issues.push({ file: 'occupations', index, message: `${occupation.code}: ${message}` });
    const previous = occupations[index - 1];
    if (previous && codePointOrder(previous.code, occupation.code) >= 0)
      at('codes must be unique and ascending');
    if (occupation.soc !== occupation.code.slice(0, 7)) at(`soc ${occupation.soc} is not the code's SOC`);
    if (occupation.jobZone !== null && !zones.has(occupation.jobZone))
      at(`job zone ${occupation.jobZone} is not in jobZones`);
    if (occupation.education && occupation.education.length !== meta.educationLevels.length)
      at(`education has ${occupation.education.length} shares for ${meta.educationLevels.length} levels`);
    for (const code of occupation.related) {
      if (!byCode.has(code) || code === occupation.code)
        at(`related occupation ${code} is not another catalogue occupation`);
    }
    const { ratings } = occupation;
    if ((ratings.kind === 'own') !== rated.has(occupation.code))
      at(
        ratings.kind === 'own'
          ? 'says it has its own ratings but ratings.json has none'
          : 'has a row in ratings.json but does not use it',
      );
    if (ratings.kind === 'borrowed' && byCode.get(ratings.borrowedFrom)?.ratings.kind !== 'own')
      at(`borrows ratings from ${ratings.borrowedFrom}, which has no ratings of its own`);
    const badTechnology = outOfRange(occupation.technology, technologies);
    if (badTechnology !== undefined) at(`technology ${badTechnology} is not in technologies.json`);
    const uses = new Set(occupation.technology);
    if (occupation.inDemand.some((position) => !uses.has(position)))
      at('inDemand lists a technology the occupation does not use');
  });

  const elements = meta.elements.length;
  const seenRatings = new Set<string>();
  catalog.ratings.ratings.forEach((record, index) => {
    const at = (message: string) =>
      issues.push({ file: 'ratings', index, message: `${record.code}: ${message}` });
    if (!byCode.has(record.code)) at('is not a catalogue occupation');
    if (seenRatings.has(record.code)) at('appears twice');
    seenRatings.add(record.code);
    if (record.importance.length !== elements || record.level.length !== elements)
      at(`needs ${elements} importance and level values, one per element`);
    const flagged = [...record.suppressedImportance, ...record.suppressedLevel, ...record.notRelevant];
    if (outOfRange(flagged, elements) !== undefined) at('flags an element position that does not exist');
  });

  const seenTitles = new Set<string>();
  catalog.titles.titles.forEach((record, index) => {
    if (!byCode.has(record.code) || seenTitles.has(record.code))
      issues.push({
        file: 'titles',
        index,
        message: `${record.code}: not a catalogue occupation, or listed twice`,
      });
    seenTitles.add(record.code);
  });
  const names = catalog.technologies.technologies.map((technology) => technology.name);
  for (const name of duplicates(names))
    issues.push({
      file: 'technologies',
      index: names.lastIndexOf(name as string),
      message: `"${name}" appears twice`,
    });
  return issues;
}
