import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Ranking, Tier } from '../model.js';
import { writeFileAtomic } from './atomic.js';
import {
  FAILURE_ADVICE,
  RANKING_HEADERS,
  TIER_LABELS,
  checkReportPath,
  rankingRow,
  safeCell,
} from './cells.js';

// Excel's own "Good", "Neutral" and "Bad" cell styles, so the colours read as Excel users expect.
const TIER_STYLE: Record<Tier, { fill: string; font: string }> = {
  shortlist: { fill: 'FFC6EFCE', font: 'FF006100' },
  consider: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  reject: { fill: 'FFFFC7CE', font: 'FF9C0006' },
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/**
 * Every string goes into a cell through here: a plain string value, never a formula object. ExcelJS
 * stores strings as shared strings, which Excel never evaluates, so "=HYPERLINK(...)" stays text
 * with no `'` in front (the tests read the file back to hold this).
 */
function text(value: string): string {
  return safeCell(value);
}

export function buildWorkbook(ranking: Ranking): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${ranking.run.tool.name} ${ranking.run.tool.version}`;
  const started = new Date(ranking.run.startedAt);
  if (!Number.isNaN(started.getTime())) {
    // Fixed document dates: the same run gives the same workbook metadata.
    workbook.created = started;
    workbook.modified = started;
  }
  addRankingSheet(workbook, ranking);
  addCriteriaSheet(workbook, ranking);
  addFailuresSheet(workbook, ranking);
  addRunSheet(workbook, ranking);
  return workbook;
}

export async function writeRankingXlsx(ranking: Ranking, outDir: string): Promise<string> {
  const path = join(outDir, 'ranking.xlsx');
  const buffer = await buildWorkbook(ranking).xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(buffer));
  return path;
}

function addRankingSheet(workbook: ExcelJS.Workbook, ranking: Ranking): void {
  const sheet = workbook.addWorksheet('Ranking', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = RANKING_HEADERS.map((header) => ({ header, key: header }));
  for (const candidate of ranking.candidates) {
    const row = rankingRow(candidate);
    const report = checkReportPath(row.report);
    const added = sheet.addRow([
      row.rank,
      text(row.name),
      row.score,
      TIER_LABELS[row.tier],
      row.years,
      row.requiredMet,
      text(row.topMissing),
      text(row.flags),
      text(row.file),
      { text: 'Open report', hyperlink: report, tooltip: report },
      '',
    ]);
    const style = TIER_STYLE[row.tier];
    const tier = added.getCell(4);
    tier.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
    tier.font = { color: { argb: style.font }, bold: true };
    added.getCell(10).font = { color: { argb: 'FF0563C1' }, underline: true };
  }
  sheet.getColumn(1).numFmt = '0';
  sheet.getColumn(3).numFmt = '0.0';
  sheet.getColumn(5).numFmt = '0.0';
  finishTable(sheet, {
    Rank: 6,
    Candidate: [14, 36],
    Score: 8,
    Tier: 11,
    'Years of experience': 11,
    'Required skills met': 11,
    'Top missing required skill': [16, 30],
    Flags: [12, 60],
    File: [12, 40],
    Report: 14,
    Decision: 24,
  });
}

function addCriteriaSheet(workbook: ExcelJS.Workbook, ranking: Ranking): void {
  // Criteria in the order they first appear, so the columns follow the profile's order.
  const titles = new Map<string, string>();
  for (const candidate of ranking.candidates) {
    for (const criterion of candidate.assessment.criteria) {
      if (!titles.has(criterion.id)) titles.set(criterion.id, criterion.title);
    }
  }
  const ids = [...titles.keys()];
  const sheet = workbook.addWorksheet('Criteria', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = [
    { header: 'Rank', key: 'rank' },
    { header: 'Candidate', key: 'candidate' },
    ...ids.map((id) => ({ header: text(id), key: `c:${id}` })),
  ];
  ids.forEach((id, index) => {
    const cell = sheet.getRow(1).getCell(index + 3);
    cell.note = text(titles.get(id) ?? id);
    sheet.getColumn(index + 3).numFmt = '0%';
  });
  for (const candidate of ranking.candidates) {
    const byId = new Map(candidate.assessment.criteria.map((c) => [c.id, c]));
    const row = rankingRow(candidate);
    sheet.addRow([
      row.rank,
      text(row.name),
      ...ids.map((id) => {
        const score = byId.get(id)?.score;
        return typeof score === 'number' ? score : 'n/a';
      }),
    ]);
  }
  sheet.getColumn(1).numFmt = '0';
  finishTable(sheet, { Rank: 6, Candidate: [14, 36] }, [9, 24]);
}

function addFailuresSheet(workbook: ExcelJS.Workbook, ranking: Ranking): void {
  const sheet = workbook.addWorksheet('Failures', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ['File', 'Status', 'Reason', 'What to do'].map((header) => ({ header, key: header }));
  for (const failure of ranking.failures) {
    sheet.addRow([text(failure.file), failure.status, text(failure.message), FAILURE_ADVICE[failure.status]]);
  }
  finishTable(sheet, { File: [16, 40], Status: 12, Reason: [20, 60], 'What to do': [20, 70] });
}

function addRunSheet(workbook: ExcelJS.Workbook, ranking: Ranking): void {
  const { run } = ranking;
  const sheet = workbook.addWorksheet('Run');
  sheet.columns = [
    { header: 'Key', key: 'key' },
    { header: 'Value', key: 'value' },
  ];
  const rows: [string, string | number][] = [
    ['Run id', run.id],
    ['Started at', run.startedAt],
    ['As of', run.asOf],
    ['Tool', run.tool.name],
    ['Tool version', run.tool.version],
    ['Input folder', run.input],
    ['Profile id', run.profile.id],
    ['Profile title', run.profile.title],
    ['Profile sha256', run.profile.sha256],
    ['Job title', run.job?.title ?? ''],
    ['Job file', run.job?.file ?? ''],
    ['Job sha256', run.job?.sha256 ?? ''],
    ['Candidates', ranking.candidates.length],
    ['Failures', ranking.failures.length],
    ...Object.entries(run.weights).map(([id, weight]): [string, number] => [`Weight: ${id}`, weight]),
  ];
  for (const [key, value] of rows) {
    sheet.addRow([text(key), typeof value === 'string' ? text(value) : value]);
  }
  finishTable(sheet, { Key: [12, 40], Value: [20, 80] }, undefined, false);
}

type Width = number | [min: number, max: number];

/**
 * Bold shaded header, autofilter over the table, and column widths: a fixed width, or the longest
 * value clamped to [min, max]. Cells longer than their column wrap (top-aligned) rather than spill.
 */
function finishTable(
  sheet: ExcelJS.Worksheet,
  widths: Record<string, Width>,
  otherwise: Width = [10, 40],
  filter = true,
): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  sheet.columns.forEach((column, index) => {
    const name = String(sheet.getRow(1).getCell(index + 1).value ?? '');
    const width = widths[name] ?? otherwise;
    if (typeof width === 'number') {
      column.width = width;
    } else {
      let longest = 0;
      column.eachCell?.({ includeEmpty: false }, (cell, rowNumber) => {
        if (rowNumber === 1) return;
        const value = cell.value;
        const length = typeof value === 'string' ? value.length : String(value ?? '').length;
        longest = Math.max(longest, length);
      });
      column.width = Math.min(width[1], Math.max(width[0], longest + 2));
    }
  });
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  if (filter && sheet.columnCount > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, sheet.rowCount), column: sheet.columnCount },
    };
  }
}
