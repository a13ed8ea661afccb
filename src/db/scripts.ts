import { fileURLToPath } from 'node:url';

/**
 * The plain-JavaScript scripts the database runs in a worker thread or a child process, found beside this
 * module. The server bundle keeps this module outside (see bin/build.js), so the paths stay right there too.
 */
export const PGLITE_WORKER = fileURLToPath(new URL('./pgliteWorker.mjs', import.meta.url));
export const INIT_PGLITE_DIR = fileURLToPath(new URL('./initPgliteDir.mjs', import.meta.url));
