import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Ranking } from '../model.js';
import { writeFileIfChangedSync } from './atomic.js';
import { recruiterRanking } from './blind.js';
import { RANKING_HEADERS, TIER_LABELS, checkReportPath, csvCell, rankingRow } from './cells.js';

/**
 * The Ranking sheet as CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends.
 * Every text field goes through csvCell (a leading `'` on anything a spreadsheet would run as a
 * formula); we do not use csv-stringify's `escape_formulas`, which misses LF. Numbers we computed
 * (rank, score, years) stay numbers.
 */
export function toRankingCsv(ranking: Ranking): string {
  const records = recruiterRanking(ranking).candidates.map((candidate) => {
    const row = rankingRow(candidate);
    return [
      row.rank,
      csvCell(row.name),
      row.score.toFixed(1),
      TIER_LABELS[row.tier],
      row.years.toFixed(1),
      csvCell(row.requiredMet),
      csvCell(row.topMissing),
      csvCell(row.flags),
      csvCell(row.file),
      checkReportPath(row.report),
      '',
    ];
  });
  return stringify([[...RANKING_HEADERS], ...records], { bom: true, record_delimiter: 'windows' });
}

/** Writes ranking.csv (left as it is when it already holds exactly these bytes) and returns its path. */
export async function writeRankingCsv(
  ranking: Ranking,
  outDir: string,
  stats?: { unchanged: number },
): Promise<string> {
  const path = join(outDir, 'ranking.csv');
  if (!writeFileIfChangedSync(path, toRankingCsv(ranking)) && stats) stats.unchanged++;
  return path;
}
