import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realKb } from './realKb.ts';

// Every role's pay and growth must be exactly what BLS publishes for the occupation it names (issue 12: a figure
// shown as the median is the source's median). Runs when the staged BLS files sit beside the repository.
const BLS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'data', 'bls');
const OEWS = join(BLS_DIR, 'oews_national_may2025.tsv');
const PROJECTIONS = join(BLS_DIR, 'projections_2024_34.tsv');
const present = existsSync(OEWS) && existsSync(PROJECTIONS);
if (!present) console.log(`skipping the BLS figure check: no staged BLS files at ${BLS_DIR}`);

function table(file: string, key: string): Map<string, Record<string, string>> {
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = (header ?? '').split('\t');
  return new Map(
    rows.map((row) => {
      const record = Object.fromEntries(row.split('\t').map((value, i) => [columns[i], value]));
      return [record[key] as string, record];
    }),
  );
}

describe.skipIf(!present)('role figures against the BLS files', () => {
  const kb = realKb();
  it('shows each occupation’s own 25th percentile, median and 75th percentile (OEWS May 2025)', () => {
    const oews = table(OEWS, 'OCC_CODE');
    const wrong = kb.roles.flatMap((role) => {
      const row = oews.get(role.salary.soc);
      const published = row ? [row.A_PCT25, row.A_MEDIAN, row.A_PCT75].map(Number) : [];
      const shown = [role.salary.p25, role.salary.median, role.salary.p75];
      return JSON.stringify(published) === JSON.stringify(shown)
        ? []
        : [`${role.id} (${role.salary.soc}): shows ${shown.join('/')}, OEWS says ${published.join('/')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('shows the projected growth of the same occupation (EP 2024–34)', () => {
    const projections = table(PROJECTIONS, 'occ_code');
    const wrong = kb.roles.flatMap((role) => {
      const published = Number(projections.get(role.outlook.soc)?.emp_change_2024_34_pct);
      return role.outlook.growthPct === published
        ? []
        : [`${role.id}: ${role.outlook.growthPct} vs ${published}`];
    });
    expect(wrong).toEqual([]);
  });
});
