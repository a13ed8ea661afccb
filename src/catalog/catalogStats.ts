import type { Catalog, CatalogOccupation } from './catalog.ts';
import type { FigureKind } from './catalogSchema.ts';

export interface CatalogStats {
  readonly onetVersion: string;
  readonly oewsVersion: string;
  readonly projectionsVersion: string;
  readonly occupations: number;
  /** Occupations with a published OEWS median (annual), and with any OEWS row at all. */
  readonly withWages: number;
  readonly withWageRow: number;
  readonly withProjections: number;
  /** Occupations whose BLS figures come from an aggregate the exceptions table names. */
  readonly viaExceptions: number;
  readonly ratingsOwn: number;
  readonly ratingsBorrowed: number;
  readonly ratingsNone: number;
  readonly titlesPrimary: number;
  readonly titlesAlternate: number;
  readonly titlesShort: number;
  readonly titlesReported: number;
  /** Distinct (normalized title, occupation) pairs: what title resolution can find. */
  readonly titlesResolvable: number;
  /** Distinct normalized title strings (a name may resolve to several occupations). */
  readonly titleNames: number;
  readonly technologies: number;
  readonly hotTechnologies: number;
  readonly technologyLinks: number;
  /** Figures (an occupation's wages, projections, job zone, education, ratings, technology, related, titles). */
  readonly figures: number;
  /** Figures whose kind names at least one source, all of which the catalogue lists. */
  readonly figuresSourced: number;
}

const PRESENT: Readonly<Record<FigureKind, (occupation: CatalogOccupation) => boolean>> = {
  titles: () => true,
  jobZone: (o) => o.jobZone !== null,
  education: (o) => o.education !== null,
  ratings: (o) => o.ratings !== null,
  technology: (o) => o.technology.length > 0,
  related: (o) => o.related.length > 0,
  wages: (o) => o.wages !== null,
  projections: (o) => o.projections !== null,
};

export function catalogStats(catalog: Catalog): CatalogStats {
  const { meta, occupations } = catalog;
  const count = (test: (occupation: CatalogOccupation) => boolean) => occupations.filter(test).length;
  const sum = (kind: 'alternate' | 'short' | 'reported') =>
    occupations.reduce((total, occupation) => total + occupation.titles[kind].length, 0);
  const sourceIds = new Set(meta.sources.map((source) => source.id));
  let figures = 0;
  let figuresSourced = 0;
  for (const [kind, present] of Object.entries(PRESENT) as [
    FigureKind,
    (o: CatalogOccupation) => boolean,
  ][]) {
    const n = count(present);
    const ids = meta.figureSources[kind] ?? [];
    figures += n;
    if (ids.length > 0 && ids.every((id) => sourceIds.has(id))) figuresSourced += n;
  }
  return {
    onetVersion: meta.versions.onet,
    oewsVersion: meta.versions.oews,
    projectionsVersion: meta.versions.projections,
    occupations: occupations.length,
    withWages: count((o) => o.wages?.median != null),
    withWageRow: count((o) => o.wages !== null),
    withProjections: count((o) => o.projections !== null),
    viaExceptions: count((o) => Boolean(o.wages?.viaException || o.projections?.viaException)),
    ratingsOwn: count((o) => o.ratings !== null && o.ratings.borrowedFrom === null),
    ratingsBorrowed: count((o) => o.ratings?.borrowedFrom != null),
    ratingsNone: count((o) => o.ratings === null),
    titlesPrimary: occupations.length,
    titlesAlternate: sum('alternate'),
    titlesShort: sum('short'),
    titlesReported: sum('reported'),
    titlesResolvable: catalog.titles.length,
    titleNames: catalog.titleIndex.size,
    technologies: catalog.technologies.length,
    hotTechnologies: catalog.technologies.filter((technology) => technology.hot).length,
    technologyLinks: occupations.reduce((total, occupation) => total + occupation.technology.length, 0),
    figures,
    figuresSourced,
  };
}
