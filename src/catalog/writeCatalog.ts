import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FILES, type CatalogFileKey, type CatalogFiles } from './catalogSchema.ts';
import { serializeCatalog } from './serializeCatalog.ts';

export interface WrittenFile {
  readonly name: string;
  readonly bytes: number;
}

/** Writes the catalogue's files into `dir` (each replaced whole, so a failed run never leaves half a file). */
export function writeCatalog(dir: string, catalog: CatalogFiles): WrittenFile[] {
  mkdirSync(dir, { recursive: true });
  const texts = serializeCatalog(catalog);
  return (Object.keys(CATALOG_FILES) as CatalogFileKey[]).map((key) => {
    const name = CATALOG_FILES[key];
    const path = join(dir, name);
    writeFileSync(`${path}.tmp`, texts[key]);
    renameSync(`${path}.tmp`, path);
    return { name, bytes: Buffer.byteLength(texts[key]) };
  });
}
