// Run as a child process on first start: creates a PGlite data directory (initdb) and exits, so the memory
// initdb needs goes back to the system instead of staying in the server for its whole life.
import { PGlite } from '@electric-sql/pglite';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: node initPgliteDir.mjs <data-dir>');
  process.exit(2);
}
const db = new PGlite(dataDir);
await db.waitReady;
await db.close();
