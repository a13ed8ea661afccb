import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

/**
 * PGlite's defaults trade durability for speed: PostgreSQL runs with fsync off ("-F"), and the emscripten
 * file system behind a directory never reaches the disk on fsync (fdatasync is a no-op, NODEFS has no fsync).
 * A killed process loses nothing (the OS has the writes), but a power cut or OS crash could lose acknowledged
 * plans or corrupt the directory. Here PostgreSQL runs with fsync on and wal_sync_method=fsync, and NODEFS's
 * fsync flushes the real file, so a commit returns only after its WAL is on disk.
 */
const DURABLE_START_PARAMS = [
  ...((PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams ?? []).filter(
    (param) => param !== '-F',
  ),
  '-c',
  'fsync=on',
  '-c',
  'wal_sync_method=fsync',
];

interface EmscriptenStream {
  readonly nfd?: number;
}
interface EmscriptenModule {
  FS: { filesystems: { NODEFS: { stream_ops: { fsync?: (stream: EmscriptenStream) => number } } } };
}

/** Opens a PGlite directory whose commits are durable (see above). */
export async function openDurablePglite(dataDir: string): Promise<PGlite> {
  const pglite = new PGlite(dataDir, { startParams: DURABLE_START_PARAMS });
  await pglite.waitReady;
  const module = (pglite as unknown as { Module: EmscriptenModule }).Module;
  module.FS.filesystems.NODEFS.stream_ops.fsync = (stream) => {
    // Directories are opened without a host descriptor; there is nothing to flush for them here.
    if (typeof stream.nfd === 'number') fs.fsyncSync(stream.nfd);
    return 0;
  };
  return pglite;
}
