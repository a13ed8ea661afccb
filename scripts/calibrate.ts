// npm run calibrate: compares Pathway's guides with published transition guides and prints one JSON object.
// Reads ../shared/calibration/published-guides.json (or CALIBRATION_FILE); skips with a reason when absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/kb/loadKnowledgeBase.ts';
import { measureCase, type PublishedCase, summarize } from './calibration/measure.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file =
  args.find((arg) => !arg.startsWith('--')) ??
  join(root, '..', 'shared', 'calibration', 'published-guides.json');
if (!existsSync(file)) {
  console.log(
    JSON.stringify({ skipped: `no calibration file at ../shared/calibration/published-guides.json` }),
  );
  process.exit(0);
}
const loaded = loadKnowledgeBase(join(root, 'content'), { catalog: true });
if (!loaded.ok) {
  console.error('content/ is invalid; run `npm run pathway -- kb check`');
  process.exit(1);
}
const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: PublishedCase[] };
const summary = summarize(cases.map((item) => measureCase(loaded.kb, item)));
const { cases_detail, ...headline } = summary;
console.log(JSON.stringify(verbose ? summary : headline, null, 2));
