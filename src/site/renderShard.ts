import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledgeBase } from '../kb/loadKnowledgeBase.ts';
import { sitePages, siteTargets } from './sitePages.ts';
import { type SiteLinks, staticApp, type WriteResult, writePages } from './writePages.ts';

/** What the building thread tells each page worker; the worker loads the same KB and takes every n-th page. */
export interface ShardJob extends SiteLinks {
  readonly contentDir: string;
  readonly kbVersion: string;
  readonly pageCount: number;
  /** The build's clock reading (ISO), so every thread renders the same day into calendar exports. */
  readonly now: string;
  readonly shard: number;
  readonly shards: number;
}

/** Pages written since the last message, and the shard's result in the last one. */
export interface ShardMessage {
  readonly pages: number;
  readonly result?: WriteResult;
}

const PROGRESS_EVERY = 16;

const job = workerData as ShardJob;
const port = parentPort;
if (!port) throw new Error('renderShard runs in a worker thread (see siteWorker.mjs)');
const loaded = loadKnowledgeBase(job.contentDir, { catalog: true });
if (!loaded.ok) throw new Error(`${job.contentDir} is not a valid knowledge base`);
const pages = sitePages(loaded.kb);
if (loaded.kb.kbVersion !== job.kbVersion || pages.length !== job.pageCount) {
  throw new Error(`${job.contentDir} changed while the site was being built`);
}
let unreported = 0;
const result = await writePages(
  staticApp(loaded.kb, new Date(job.now)),
  pages.filter((_, index) => index % job.shards === job.shard),
  siteTargets(pages),
  job,
  () => {
    unreported++;
    if (unreported === PROGRESS_EVERY) {
      port.postMessage({ pages: unreported } satisfies ShardMessage);
      unreported = 0;
    }
  },
);
port.postMessage({ pages: unreported, result } satisfies ShardMessage);
