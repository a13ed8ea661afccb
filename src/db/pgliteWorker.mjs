// PGlite in a worker thread: the database's work (WASM queries, flushes to disk) runs beside the server's
// event loop instead of on it, so pages and health checks are answered while plans are being saved.
// Plain JavaScript so it starts the same under tsx, vitest and compiled builds.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

/** @type {{ dataDir: string | undefined }} */
const { dataDir } = workerData;

// PGlite's defaults trade durability for speed: PostgreSQL runs with fsync off ("-F"), and the emscripten
// file system behind a directory never reaches the disk (fdatasync is a no-op and NODEFS has no fsync). A
// killed process loses nothing (the OS has the writes), but a power cut or an OS crash could lose
// acknowledged plans or corrupt the directory. So: fsync on, wal_sync_method=fsync, and a NODEFS fsync that
// flushes the real file, so a commit returns only once its WAL is on disk.
//
// Memory: PostgreSQL's defaults are sized for a shared server. Its buffer cache (shared_buffers, 128 MB by
// default) lives inside the WASM heap and grows as pages are read until it is full, so a long-running server
// would hold 128 MB for a database of a few megabytes. 8 MB holds every hot page of a plans table many times
// this size; the files themselves stay in the OS page cache. Maintenance memory (vacuum, index builds) is
// capped so a one-off job cannot leave the heap grown for good. `npm start` also runs node with --liftoff-only:
// V8's optimizing tier would compile hot PostgreSQL functions a second time and keep both copies (about 40 MB)
// for queries that take well under a millisecond either way.
const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'wal_sync_method=fsync',
  '-c',
  'shared_buffers=8MB',
  '-c',
  'wal_buffers=512kB',
  '-c',
  'work_mem=2MB',
  '-c',
  'maintenance_work_mem=8MB',
  '-c',
  'temp_buffers=1MB',
];

let flushes = 0;
let pglite;
try {
  pglite = dataDir ? new PGlite(dataDir, { startParams: DURABLE_START_PARAMS }) : new PGlite();
  await pglite.waitReady;
  if (dataDir) {
    pglite.Module.FS.filesystems.NODEFS.stream_ops.fsync = (stream) => {
      // Directories are opened without a host descriptor; there is nothing to flush for them here.
      if (typeof stream.nfd === 'number') {
        fs.fsyncSync(stream.nfd);
        flushes++;
      }
      return 0;
    };
  }
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, message: error instanceof Error ? error.message : String(error) });
}

/** An error as plain data (code, detail…), so the server can tell a constraint violation from a bug. */
function errorData(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const data = { name: error.name, message: error.message };
  for (const key of ['code', 'detail', 'constraint', 'table', 'column', 'severity']) {
    if (typeof error[key] === 'string') data[key] = error[key];
  }
  return data;
}

parentPort.on('message', async (request) => {
  const { id } = request;
  try {
    if (request.kind === 'close') {
      await pglite.close();
      parentPort.postMessage({ id, ok: true });
      return;
    }
    if (request.kind === 'stats') {
      parentPort.postMessage({ id, ok: true, stats: { flushes } });
      return;
    }
    const result = await pglite.query(request.sql, request.params);
    parentPort.postMessage({ id, ok: true, rows: result.rows, affectedRows: result.affectedRows });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: errorData(error) });
  }
});
