import type { CatalogMeta, CatalogSource, FigureKind } from './catalogSchema.ts';

/**
 * The credit every surface that shows catalogue facts must carry (O*NET's CC BY 4.0 terms; BLS data is public
 * domain, credited as good practice). Pages show both lines; the catalogue files record them too.
 */
export const CATALOG_ATTRIBUTION = {
  onet:
    'Occupation facts modified from O*NET 29.2 (USDOL/ETA), used under the CC BY 4.0 license ' +
    '(https://creativecommons.org/licenses/by/4.0/). O*NET® is a trademark of USDOL/ETA.',
  bls:
    'Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025. ' +
    'Projections: U.S. Bureau of Labor Statistics, Employment Projections 2024–34.',
} as const;

export const CATALOG_VERSIONS = { onet: '29.2', oews: 'May 2025', projections: '2024–34' } as const;

/** Same ids, titles and URLs as content/sources/, so a page citing catalogue figures cites the KB's sources. */
export const CATALOG_SOURCES: readonly CatalogSource[] = [
  {
    id: 'bls-ep-2024-34',
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'Employment Projections 2024–34, Table 1.2 Occupational projections and worker characteristics',
    year: 2025,
    url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
  },
  {
    id: 'bls-oews-2025',
    publisher: 'U.S. Bureau of Labor Statistics',
    title:
      'Occupational Employment and Wage Statistics, May 2025 National Occupational Employment and Wage Estimates',
    year: 2026,
    url: 'https://www.bls.gov/oes/current/oes_nat.htm',
  },
  {
    id: 'onet-29-2',
    publisher: 'National Center for O*NET Development (USDOL/ETA)',
    title: 'O*NET 29.2 Database (used under CC BY 4.0)',
    year: 2025,
    url: 'https://www.onetcenter.org/database.html',
  },
];

export const FIGURE_SOURCES: Readonly<Record<FigureKind, readonly string[]>> = {
  titles: ['onet-29-2'],
  jobZone: ['onet-29-2'],
  education: ['onet-29-2'],
  ratings: ['onet-29-2'],
  technology: ['onet-29-2'],
  related: ['onet-29-2'],
  wages: ['bls-oews-2025'],
  projections: ['bls-ep-2024-34'],
};

/** The parts of catalog.json that come from code rather than from the staged files. */
export function catalogProvenance(): Pick<
  CatalogMeta,
  'attribution' | 'versions' | 'sources' | 'figureSources'
> {
  return {
    attribution: { ...CATALOG_ATTRIBUTION },
    versions: { ...CATALOG_VERSIONS },
    sources: CATALOG_SOURCES.map((source) => ({ ...source })),
    figureSources: Object.fromEntries(
      Object.entries(FIGURE_SOURCES).map(([kind, ids]) => [kind, [...ids]]),
    ) as CatalogMeta['figureSources'],
  };
}
