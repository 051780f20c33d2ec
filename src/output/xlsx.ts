import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Evidence, JobRanking, Ranking, Requirement, Tier } from '../model.js';
import { writeFileAtomic } from './atomic.js';
import { recruiterRanking } from './blind.js';
import {
  FAILURE_ADVICE,
  RANKING_HEADERS,
  TIER_LABELS,
  checkReportPath,
  rankingRow,
  safeCell,
  sourceHref,
} from './cells.js';

// Excel's own "Good", "Neutral" and "Bad" cell styles, so the colours read as Excel users expect.
const TIER_STYLE: Record<Tier, { fill: string; font: string }> = {
  shortlist: { fill: 'FFC6EFCE', font: 'FF006100' },
  consider: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  reject: { fill: 'FFFFC7CE', font: 'FF9C0006' },
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

/** Met, missing (required) and missing (preferred): the same Good / Bad / Neutral colours as the tiers. */
const REQUIREMENT_STYLE = {
  met: TIER_STYLE.shortlist,
  'missing-required': TIER_STYLE.reject,
  'missing-preferred': TIER_STYLE.consider,
} as const;

/** What the recruiter fills in: a drop-down on every candidate row of the Ranking sheet. */
export const DECISIONS = ['Yes', 'Maybe', 'No'] as const;

/**
 * Every string goes into a cell through here: a plain string value, never a formula object. ExcelJS
 * stores strings as shared strings, which Excel never evaluates, so "=HYPERLINK(...)" stays text
 * with no `'` in front (the tests read the file back to hold this).
 */
function text(value: string, max?: number): string {
  return safeCell(value, max);
}

/** A hyperlink cell: plain text and a target, never a HYPERLINK() formula. */
function hyperlink(label: string, target: string): ExcelJS.CellHyperlinkValue {
  return { text: text(label), hyperlink: target, tooltip: text(target) };
}

/**
 * The workbook. `outDir` is where it will be written: links to the candidates' own files are made
 * relative to it (omit it and the File cells are plain text).
 */
export function buildWorkbook(original: Ranking, outDir?: string): ExcelJS.Workbook {
  // Blind mode: names, contact details and file names hidden, and no link to the CV files (their
  // paths carry the file names).
  const ranking = recruiterRanking(original);
  const blind = ranking.run.blind === true;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${ranking.run.tool.name} ${ranking.run.tool.version}`;
  const started = new Date(ranking.run.startedAt);
  if (!Number.isNaN(started.getTime())) {
    // Fixed document dates: the same run gives the same workbook metadata.
    workbook.created = started;
    workbook.modified = started;
  }
  const source = (file: string): string | null =>
    outDir === undefined || blind ? null : sourceHref(outDir, ranking.run.input, file);
  addRankingSheet(workbook, ranking, source);
  if (ranking.jobs) addJobSheets(workbook, ranking, ranking.jobs, source);
  addRequirementsSheet(workbook, ranking);
  addCriteriaSheet(workbook, ranking);
  addFailuresSheet(workbook, ranking, source);
  addRunSheet(workbook, ranking);
  return workbook;
}

export async function writeRankingXlsx(ranking: Ranking, outDir: string): Promise<string> {
  const path = join(outDir, 'ranking.xlsx');
  const buffer = await buildWorkbook(ranking, outDir).xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(buffer));
  return path;
}

function addRankingSheet(
  workbook: ExcelJS.Workbook,
  ranking: Ranking,
  source: (file: string) => string | null,
  name = 'Ranking',
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = RANKING_HEADERS.map((header) => ({ header, key: header }));
  for (const candidate of ranking.candidates) {
    const row = rankingRow(candidate);
    const report = checkReportPath(row.report);
    const fileHref = source(candidate.file);
    const added = sheet.addRow([
      row.rank,
      text(row.name),
      row.score,
      TIER_LABELS[row.tier],
      row.years,
      row.requiredMet,
      text(row.topMissing),
      text(row.flags),
      fileHref === null ? text(row.file) : hyperlink(row.file, fileHref),
      hyperlink('Open report', report),
      '',
    ]);
    const style = TIER_STYLE[row.tier];
    const tier = added.getCell(4);
    tier.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
    tier.font = { color: { argb: style.font }, bold: true };
    if (fileHref !== null) added.getCell(9).font = LINK_FONT;
    added.getCell(10).font = LINK_FONT;
  }
  sheet.getColumn(1).numFmt = '0';
  sheet.getColumn(3).numFmt = '0.0';
  sheet.getColumn(5).numFmt = '0.0';
  const last = ranking.candidates.length + 1;
  if (ranking.candidates.length > 0) {
    // One validation over the whole column (per-cell validations make ExcelJS write overlapping ranges).
    (sheet as SheetWithValidations).dataValidations.add(`K2:K${last}`, {
      type: 'list',
      allowBlank: true,
      // A constant list of our own words, not CV text: the one formula-like string in the workbook.
      formulae: [`"${DECISIONS.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Decision',
      error: `Choose ${DECISIONS.join(', ')}, or leave it empty.`,
      showInputMessage: true,
      promptTitle: 'Decision',
      prompt: `Your call: ${DECISIONS.join(', ')}.`,
    });
    // Score as a bar on a fixed 0-100 scale, so a bar means the same in every run. A solid bar, as
    // Excel itself writes one: the 2007 rule plus its 2010 extension (which LibreOffice reads too).
    sheet.addConditionalFormatting({
      ref: `C2:C${last}`,
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          gradient: false,
          border: false,
          minLength: 0,
          maxLength: 100,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 100 },
          ],
          // `color` is written by ExcelJS but missing from its types.
          ...({ color: { argb: 'FF638EC6' } } as object),
        },
      ],
    });
  }
  finishTable(sheet, {
    Rank: 6,
    Candidate: [14, 36],
    Score: 10,
    Tier: 11,
    'Years of experience': 11,
    'Required skills met': 11,
    'Top missing required skill': [16, 30],
    Flags: [12, 60],
    File: [12, 40],
    Report: 14,
    Decision: 12,
  });
}

/**
 * Several jobs (--jd <folder>): a "Best fit" sheet naming each candidate's best-matching job with their
 * score for every job, then one ranked sheet per job whose report links lead into that job's folder.
 */
function addJobSheets(
  workbook: ExcelJS.Workbook,
  ranking: Ranking,
  jobs: JobRanking[],
  source: (file: string) => string | null,
): void {
  const best = workbook.addWorksheet('Best fit', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const jobLabel = (job: JobRanking) => text(job.title ?? job.file ?? job.folder, 200);
  best.columns = ['Rank', 'Candidate', 'Best-fitting job', 'Score there', ...jobs.map(jobLabel)].map(
    (header) => ({
      header,
    }),
  );
  const scoreIn = jobs.map((job) => new Map(job.ranking.candidates.map((c) => [c.id, c.assessment.score])));
  for (const candidate of ranking.candidates) {
    const row = rankingRow(candidate);
    best.addRow([
      row.rank,
      text(row.name),
      text(candidate.bestFit?.title ?? candidate.bestFit?.file ?? ''),
      row.score,
      ...scoreIn.map((scores) => scores.get(candidate.id) ?? null),
    ]);
  }
  for (let col = 4; col <= 4 + jobs.length; col++) best.getColumn(col).numFmt = '0.0';
  finishTable(best, { Rank: 6, Candidate: [14, 36], 'Best-fitting job': [16, 40], 'Score there': 10 });
  const used = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  jobs.forEach((job, i) => {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
    let name = `${i + 1} ${job.title ?? job.folder}`
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim();
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${name.slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    const inFolder: Ranking = {
      ...job.ranking,
      candidates: recruiterRanking(job.ranking).candidates.map((c) => ({
        ...c,
        reports: {
          recruiter: `${job.folder}/${c.reports.recruiter}`,
          feedback: `${job.folder}/${c.reports.feedback}`,
        },
      })),
    };
    addRankingSheet(workbook, inFolder, source, name);
  });
}

/** Every requirement of the run, required first, each in the order it first appears. */
function requirementColumns(ranking: Ranking): { skill: string; kind: Requirement['kind'] }[] {
  const seen = new Map<string, { skill: string; kind: Requirement['kind'] }>();
  for (const kind of ['required', 'preferred'] as const) {
    for (const candidate of ranking.candidates) {
      for (const r of candidate.assessment.requirements) {
        const key = `${r.kind}:${r.skill}`;
        if (r.kind === kind && !seen.has(key)) seen.set(key, { skill: r.skill, kind: r.kind });
      }
    }
  }
  return [...seen.values()];
}

function evidenceNote(evidence: Evidence[]): string {
  return evidence
    .slice(0, 2)
    .map((e) => {
      const where = e.location
        ? ` (${e.location.section ? `${e.location.section}, ` : ''}line ${e.location.line})`
        : '';
      return e.quote ? `${e.message}${where}: "${e.quote}"` : `${e.message}${where}`;
    })
    .join('\n');
}

/**
 * Candidate × requirement: Met or Missing, coloured, with the evidence as a cell note. A label such
 * as "Node.js or Go" is one requirement, met by either skill (the note says which).
 */
function addRequirementsSheet(workbook: ExcelJS.Workbook, ranking: Ranking): void {
  const columns = requirementColumns(ranking);
  const sheet = workbook.addWorksheet('Requirements', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = [
    { header: 'Rank', key: 'rank' },
    { header: 'Candidate', key: 'candidate' },
    { header: 'Required met', key: 'required' },
    { header: 'Preferred met', key: 'preferred' },
    ...columns.map((c, i) => ({
      header: text(c.kind === 'required' ? c.skill : `${c.skill} (preferred)`),
      key: `r:${i}`,
    })),
  ];
  columns.forEach((c, i) => {
    const cell = sheet.getRow(1).getCell(i + 5);
    const options = c.skill.split(/\s+or\s+/i);
    cell.note = text(
      `${c.kind === 'required' ? 'Required' : 'Preferred'} skill` +
        (options.length > 1 ? `: met by any of ${options.join(', ')}` : ''),
    );
  });
  for (const candidate of ranking.candidates) {
    const row = rankingRow(candidate);
    const byKey = new Map(candidate.assessment.requirements.map((r) => [`${r.kind}:${r.skill}`, r]));
    const count = (kind: Requirement['kind']): string => {
      const all = candidate.assessment.requirements.filter((r) => r.kind === kind);
      return all.length === 0 ? 'n/a' : `${all.filter((r) => r.met).length} of ${all.length}`;
    };
    const added = sheet.addRow([
      row.rank,
      text(row.name),
      count('required'),
      count('preferred'),
      ...columns.map((c) => {
        const r = byKey.get(`${c.kind}:${c.skill}`);
        return r === undefined ? '' : r.met ? 'Met' : 'Missing';
      }),
    ]);
    columns.forEach((c, i) => {
      const r = byKey.get(`${c.kind}:${c.skill}`);
      if (r === undefined) return;
      const cell = added.getCell(i + 5);
      const style =
        REQUIREMENT_STYLE[r.met ? 'met' : r.kind === 'required' ? 'missing-required' : 'missing-preferred'];
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
      cell.font = { color: { argb: style.font } };
      const note = evidenceNote(r.evidence);
      if (note !== '') cell.note = text(note, 1000);
    });
  }
  sheet.getColumn(1).numFmt = '0';
  finishTable(sheet, { Rank: 6, Candidate: [14, 36], 'Required met': 10, 'Preferred met': 10 }, 13, {
    fitWidth: false,
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
  if (ids.length > 0 && ranking.candidates.length > 0) {
    // Red (0%) to amber (50%) to green (100%), fixed, so a colour means the same in every column.
    sheet.addConditionalFormatting({
      ref: `C2:${columnLetter(ids.length + 2)}${ranking.candidates.length + 1}`,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 0.5 },
            { type: 'num', value: 1 },
          ],
          color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
        },
      ],
    });
  }
  finishTable(sheet, { Rank: 6, Candidate: [14, 36] }, 13, { fitWidth: false });
}

function addFailuresSheet(
  workbook: ExcelJS.Workbook,
  ranking: Ranking,
  source: (file: string) => string | null,
): void {
  const sheet = workbook.addWorksheet('Failures', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ['File', 'Status', 'Reason', 'What to do'].map((header) => ({ header, key: header }));
  for (const failure of ranking.failures) {
    const href = source(failure.file);
    const added = sheet.addRow([
      href === null ? text(failure.file) : hyperlink(failure.file, href),
      failure.status,
      text(failure.message),
      FAILURE_ADVICE[failure.status],
    ]);
    if (href !== null) added.getCell(1).font = LINK_FONT;
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
    ['Blind mode', run.blind === true ? 'yes: names, contact details and file names hidden' : 'no'],
    ['Candidates', ranking.candidates.length],
    ['Failures', ranking.failures.length],
    ...Object.entries(run.weights).map(([id, weight]): [string, number] => [`Weight: ${id}`, weight]),
  ];
  for (const [key, value] of rows) {
    sheet.addRow([text(key), typeof value === 'string' ? text(value) : value]);
  }
  finishTable(sheet, { Key: [12, 40], Value: [20, 80] }, undefined, { filter: false });
}

/** ExcelJS has `Worksheet.dataValidations` (validations by range), but its types leave it out. */
type SheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

/** A (1-based) column number as its letters: 1 -> A, 28 -> AB. */
function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

type Width = number | [min: number, max: number];

/** About how many lines a label takes in a column `width` characters wide (breaking at spaces and hyphens). */
function wrappedLines(label: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 1;
  let used = 0;
  for (const word of label.split(/(?<=-)|\s+/).filter(Boolean)) {
    const need = (used === 0 ? 0 : 1) + word.length;
    if (used + need <= room) {
      used += need;
    } else {
      lines += used === 0 ? 0 : 1;
      lines += Math.ceil(word.length / room) - 1;
      used = word.length % room || room;
    }
  }
  return lines;
}

/**
 * Bold shaded header, autofilter over the table, and column widths: a fixed width, or the longest
 * value clamped to [min, max]. Cells longer than their column wrap (top-aligned) rather than spill;
 * header labels wrap in a header row tall enough for the longest one. Printed landscape with the
 * header row (and, for wide matrices, the first two columns) repeated on every page; `fitWidth`
 * scales the table to the page width.
 */
function finishTable(
  sheet: ExcelJS.Worksheet,
  widths: Record<string, Width>,
  otherwise: Width = [10, 40],
  { filter = true, fitWidth = true }: { filter?: boolean; fitWidth?: boolean } = {},
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
        const shown =
          typeof value === 'object' && value !== null && 'text' in value ? String(value.text) : value;
        const length = typeof shown === 'string' ? shown.length : String(shown ?? '').length;
        longest = Math.max(longest, length);
      });
      column.width = Math.min(width[1], Math.max(width[0], longest + 2));
    }
  });
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  const lines = Math.max(
    1,
    ...sheet.columns.map((column, index) =>
      wrappedLines(String(header.getCell(index + 1).value ?? ''), column.width ?? 10),
    ),
  );
  if (lines > 1) {
    header.height = Math.min(120, 15 * lines);
    header.alignment = { vertical: 'bottom', wrapText: true };
  }
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    fitToPage: fitWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    // Wide matrices run over several pages, at 75% so each page holds more columns.
    ...(fitWidth ? {} : { printTitlesColumn: 'A:B', scale: 75 }),
  };
  if (filter && sheet.columnCount > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, sheet.rowCount), column: sheet.columnCount },
    };
  }
}
