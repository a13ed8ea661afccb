import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type CatalogLoadResult, loadCatalog } from '../src/catalog/loadCatalog.ts';
import { titleKey } from '../src/catalog/titleKey.ts';
import { round, timeEach } from './stats.ts';

const catalogDir = join(import.meta.dirname, '..', 'content', 'catalog');

/** A full collection, so heap figures are what the catalogue keeps alive rather than garbage not yet collected. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const megabytes = (bytes: number) => round(bytes / 1024 / 1024, 1);

/**
 * The committed catalogue: load time (the first load in this process, then warm loads), the heap it keeps,
 * the process RSS with it loaded, and exact title lookups over every resolvable title.
 */
export function catalogBench(quick: boolean) {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const loaded: CatalogLoadResult = loadCatalog(catalogDir);
  const loadMs = performance.now() - start;
  if (!loaded.ok) throw new Error('content/catalog is invalid; run `npm run pathway -- kb check`');
  collectGarbage();
  const heapRetainedMb = megabytes(process.memoryUsage().heapUsed - heapBefore);
  const rssMb = megabytes(process.memoryUsage().rss);
  const warm = timeEach(quick ? 1 : 3, () => loadCatalog(catalogDir));
  const { catalog } = loaded;
  const titles = catalog.titles;
  const lookup = timeEach(quick ? 1 : 5, () => {
    for (const entry of titles) catalog.titleIndex.get(titleKey(entry.title));
  });
  return {
    occupations: catalog.occupations.length,
    titles: titles.length,
    committedMb: megabytes(loaded.bytes),
    loadMs: round(loadMs, 1),
    warmLoadP50Ms: warm.p50Ms,
    heapRetainedMb,
    rssMb,
    titleLookupUs: round((lookup.p50Ms * 1000) / titles.length, 2),
  };
}
