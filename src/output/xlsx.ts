import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Evidence, JobRanking, Ranking, Requirement, Tier } from '../model.js';
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
 * ranking.xlsx, written with ExcelJS's streaming writer: each sheet's rows go to the file as they are
 * made, so a run of thousands of candidates never holds the whole workbook in memory. Written
 * beside the target under a temporary name, then renamed over it (see writeFileAtomic).
 *
 * `outDir` is where it is written: links to the candidates' own files are made relative to it.
 */
export async function writeRankingXlsx(original: Ranking, outDir: string): Promise<string> {
  const path = join(outDir, 'ranking.xlsx');
  await mkdir(outDir, { recursive: true });
  const temp = join(outDir, `.ranking.xlsx.${randomBytes(6).toString('hex')}.tmp`);
  const notes = `${temp}.notes`;
  try {
    await writeWorkbook(original, outDir, temp, notes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    await rm(notes, { recursive: true, force: true });
  }
  return path;
}

async function writeWorkbook(original: Ranking, outDir: string, file: string, notes: string): Promise<void> {
  // Blind mode: names, contact details and file names hidden, and no link to the CV files (their
  // paths carry the file names).
  const ranking = recruiterRanking(original);
  const blind = ranking.run.blind === true;
  const started = new Date(ranking.run.startedAt);
  // Fixed document dates: the same run gives the same workbook metadata.
  const dated = Number.isNaN(started.getTime()) ? {} : { created: started, modified: started };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    // Strings as shared strings, which Excel never evaluates (see `text`), and real cell styles.
    useSharedStrings: true,
    useStyles: true,
  });
  workbook.creator = `${ranking.run.tool.name} ${ranking.run.tool.version}`;
  // What the in-memory writer puts there when nobody is named.
  workbook.lastModifiedBy = 'Unknown';
  Object.assign(workbook, dated);
  const source = (file: string): string | null =>
    blind ? null : sourceHref(outDir, ranking.run.input, file);
  try {
    const spool = await spoolNotes(workbook, notes);
    // One sheet at a time: a sheet's rows are only sent on to the file once the sheets before it
    // are finished.
    await writeTable(workbook, rankingTable(ranking, source));
    if (ranking.jobs) {
      const used = new Set(['ranking', 'best fit']);
      await writeTable(workbook, bestFitTable(ranking, ranking.jobs));
      for (const [i, job] of ranking.jobs.entries()) {
        await writeTable(workbook, jobTable(job, i, used, source));
      }
    }
    await writeTable(workbook, requirementsTable(ranking));
    await writeTable(workbook, criteriaTable(ranking));
    await writeTable(workbook, failuresTable(ranking, source));
    await writeTable(workbook, runTable(ranking));
    await spool.settled();
    await workbook.commit();
  } catch (error) {
    // Stop the zip and close the file before the caller removes it (the file may not even be
    // open yet; removing it first would let it be created afterwards).
    const { zip, stream } = workbook as unknown as {
      zip: { abort(): void };
      stream: NodeJS.WritableStream & { closed: boolean; destroy(): void };
    };
    zip.abort();
    if (!stream.closed) {
      await new Promise((resolve) => {
        stream.once('close', resolve);
        stream.destroy();
      });
    }
    throw error;
  }
}

// ---------------------------------------------------------------- the sheets, as tables

type Width = number | [min: number, max: number];

/** One row: its values, then anything to set on its cells (fills, fonts, notes). */
interface RowSpec {
  values: ExcelJS.CellValue[];
  style?: (row: ExcelJS.Row) => void;
}

/** A sheet: a header row, then rows, finished as finishTable describes. */
interface TableSpec {
  name: string;
  views?: Partial<ExcelJS.WorksheetView>[];
  headers: string[];
  /** Notes on header cells, by column number (1-based). */
  headerNotes?: Map<number, string>;
  /** Number formats by column number (1-based). */
  numFmts?: [column: number, format: string][];
  /** How many rows `rows` gives. */
  rowCount: number;
  /** The rows; called twice (column widths are worked out first), so it must give the same each time. */
  rows: () => Iterable<RowSpec>;
  conditionalFormatting?: ExcelJS.ConditionalFormattingOptions;
  dataValidation?: { range: string; validation: ExcelJS.DataValidation };
  /** Column widths by header: a fixed width, or the longest value clamped to [min, max]. */
  widths: Record<string, Width>;
  otherwise?: Width;
  filter?: boolean;
  fitWidth?: boolean;
}

const FROZEN_TWO: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];

function rankingTable(
  ranking: Ranking,
  source: (file: string) => string | null,
  name = 'Ranking',
): TableSpec {
  const last = ranking.candidates.length + 1;
  const some = ranking.candidates.length > 0;
  return {
    name,
    views: FROZEN_TWO,
    headers: [...RANKING_HEADERS],
    numFmts: [
      [1, '0'],
      [3, '0.0'],
      [5, '0.0'],
    ],
    rowCount: ranking.candidates.length,
    *rows() {
      for (const candidate of ranking.candidates) {
        const row = rankingRow(candidate);
        const report = checkReportPath(row.report);
        const fileHref = source(candidate.file);
        yield {
          values: [
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
          ],
          style: (added) => {
            const style = TIER_STYLE[row.tier];
            const tier = added.getCell(4);
            tier.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
            tier.font = { color: { argb: style.font }, bold: true };
            if (fileHref !== null) added.getCell(9).font = LINK_FONT;
            added.getCell(10).font = LINK_FONT;
          },
        };
      }
    },
    // One validation over the whole column (per-cell validations make ExcelJS write overlapping ranges).
    ...(some
      ? {
          dataValidation: {
            range: `K2:K${last}`,
            validation: {
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
            },
          },
          // Score as a bar on a fixed 0-100 scale, so a bar means the same in every run. A solid bar, as
          // Excel itself writes one: the 2007 rule plus its 2010 extension (which LibreOffice reads too).
          conditionalFormatting: {
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
          },
        }
      : {}),
    widths: {
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
    },
  };
}

/**
 * Several jobs (--jd <folder>): a "Best fit" sheet naming each candidate's best-matching job with their
 * score for every job, then (jobTable) one ranked sheet per job whose report links lead into that job's
 * folder.
 */
function bestFitTable(ranking: Ranking, jobs: JobRanking[]): TableSpec {
  const jobLabel = (job: JobRanking) => text(job.title ?? job.file ?? job.folder, 200);
  const scoreIn = jobs.map((job) => new Map(job.ranking.candidates.map((c) => [c.id, c.assessment.score])));
  const numFmts: [number, string][] = [];
  for (let col = 4; col <= 4 + jobs.length; col++) numFmts.push([col, '0.0']);
  return {
    name: 'Best fit',
    views: FROZEN_TWO,
    headers: ['Rank', 'Candidate', 'Best-fitting job', 'Score there', ...jobs.map(jobLabel)],
    numFmts,
    rowCount: ranking.candidates.length,
    *rows() {
      for (const candidate of ranking.candidates) {
        const row = rankingRow(candidate);
        yield {
          values: [
            row.rank,
            text(row.name),
            text(candidate.bestFit?.title ?? candidate.bestFit?.file ?? ''),
            row.score,
            ...scoreIn.map((scores) => scores.get(candidate.id) ?? null),
          ],
        };
      }
    },
    widths: { Rank: 6, Candidate: [14, 36], 'Best-fitting job': [16, 40], 'Score there': 10 },
  };
}

function jobTable(
  job: JobRanking,
  index: number,
  used: Set<string>,
  source: (file: string) => string | null,
): TableSpec {
  // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
  let name = `${index + 1} ${job.title ?? job.folder}`
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
  return rankingTable(inFolder, source, name);
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
function requirementsTable(ranking: Ranking): TableSpec {
  const columns = requirementColumns(ranking);
  const headerNotes = new Map<number, string>();
  columns.forEach((c, i) => {
    const options = c.skill.split(/\s+or\s+/i);
    headerNotes.set(
      i + 5,
      text(
        `${c.kind === 'required' ? 'Required' : 'Preferred'} skill` +
          (options.length > 1 ? `: met by any of ${options.join(', ')}` : ''),
      ),
    );
  });
  return {
    name: 'Requirements',
    views: FROZEN_TWO,
    headers: [
      'Rank',
      'Candidate',
      'Required met',
      'Preferred met',
      ...columns.map((c) => text(c.kind === 'required' ? c.skill : `${c.skill} (preferred)`)),
    ],
    headerNotes,
    numFmts: [[1, '0']],
    rowCount: ranking.candidates.length,
    *rows() {
      for (const candidate of ranking.candidates) {
        const row = rankingRow(candidate);
        const byKey = new Map(candidate.assessment.requirements.map((r) => [`${r.kind}:${r.skill}`, r]));
        const count = (kind: Requirement['kind']): string => {
          const all = candidate.assessment.requirements.filter((r) => r.kind === kind);
          return all.length === 0 ? 'n/a' : `${all.filter((r) => r.met).length} of ${all.length}`;
        };
        const found = columns.map((c) => byKey.get(`${c.kind}:${c.skill}`));
        yield {
          values: [
            row.rank,
            text(row.name),
            count('required'),
            count('preferred'),
            ...found.map((r) => (r === undefined ? '' : r.met ? 'Met' : 'Missing')),
          ],
          style: (added) => {
            found.forEach((r, i) => {
              if (r === undefined) return;
              const cell = added.getCell(i + 5);
              const style =
                REQUIREMENT_STYLE[
                  r.met ? 'met' : r.kind === 'required' ? 'missing-required' : 'missing-preferred'
                ];
              cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
              cell.font = { color: { argb: style.font } };
              const note = evidenceNote(r.evidence);
              if (note !== '') cell.note = text(note, 1000);
            });
          },
        };
      }
    },
    widths: { Rank: 6, Candidate: [14, 36], 'Required met': 10, 'Preferred met': 10 },
    otherwise: 13,
    fitWidth: false,
  };
}

function criteriaTable(ranking: Ranking): TableSpec {
  // Criteria in the order they first appear, so the columns follow the profile's order.
  const titles = new Map<string, string>();
  for (const candidate of ranking.candidates) {
    for (const criterion of candidate.assessment.criteria) {
      if (!titles.has(criterion.id)) titles.set(criterion.id, criterion.title);
    }
  }
  const ids = [...titles.keys()];
  return {
    name: 'Criteria',
    views: FROZEN_TWO,
    headers: ['Rank', 'Candidate', ...ids.map((id) => text(id))],
    headerNotes: new Map(ids.map((id, index) => [index + 3, text(titles.get(id) ?? id)])),
    numFmts: [...ids.map((_, index): [number, string] => [index + 3, '0%']), [1, '0']],
    rowCount: ranking.candidates.length,
    *rows() {
      for (const candidate of ranking.candidates) {
        const byId = new Map(candidate.assessment.criteria.map((c) => [c.id, c]));
        const row = rankingRow(candidate);
        yield {
          values: [
            row.rank,
            text(row.name),
            ...ids.map((id) => {
              const score = byId.get(id)?.score;
              return typeof score === 'number' ? score : 'n/a';
            }),
          ],
        };
      }
    },
    ...(ids.length > 0 && ranking.candidates.length > 0
      ? {
          // Red (0%) to amber (50%) to green (100%), fixed, so a colour means the same in every column.
          conditionalFormatting: {
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
          },
        }
      : {}),
    widths: { Rank: 6, Candidate: [14, 36] },
    otherwise: 13,
    fitWidth: false,
  };
}

function failuresTable(ranking: Ranking, source: (file: string) => string | null): TableSpec {
  return {
    name: 'Failures',
    views: [{ state: 'frozen', ySplit: 1 }],
    headers: ['File', 'Status', 'Reason', 'What to do'],
    rowCount: ranking.failures.length,
    *rows() {
      for (const failure of ranking.failures) {
        const href = source(failure.file);
        yield {
          values: [
            href === null ? text(failure.file) : hyperlink(failure.file, href),
            failure.status,
            text(failure.message),
            FAILURE_ADVICE[failure.status],
          ],
          style: (added) => {
            if (href !== null) added.getCell(1).font = LINK_FONT;
          },
        };
      }
    },
    widths: { File: [16, 40], Status: 12, Reason: [20, 60], 'What to do': [20, 70] },
  };
}

function runTable(ranking: Ranking): TableSpec {
  const { run } = ranking;
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
  return {
    name: 'Run',
    headers: ['Key', 'Value'],
    rowCount: rows.length,
    *rows() {
      for (const [key, value] of rows) {
        yield { values: [text(key), typeof value === 'string' ? text(value) : value] };
      }
    },
    widths: { Key: [12, 40], Value: [20, 80] },
    filter: false,
  };
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

/** Rows written between pauses that let the file catch up (see writeTable). */
const ROWS_PER_PAUSE = 200;

/**
 * One sheet: bold shaded header, autofilter over the table, and column widths: a fixed width, or the
 * longest value clamped to [min, max]. Cells longer than their column wrap (top-aligned) rather than
 * spill; header labels wrap in a header row tall enough for the longest one. Printed landscape with
 * the header row (and, for wide matrices, the first two columns) repeated on every page; `fitWidth`
 * scales the table to the page width.
 *
 * The streaming writer puts the column widths before the first row, so they are worked out from the
 * rows first; then each row is written and let go.
 */
async function writeTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: TableSpec): Promise<void> {
  const { headers, otherwise = [10, 40], filter = true, fitWidth = true } = table;
  const specs = headers.map((header) => table.widths[header] ?? otherwise);
  const longest = headers.map(() => 0);
  if (specs.some((width) => typeof width !== 'number')) {
    for (const { values } of table.rows()) {
      specs.forEach((width, i) => {
        if (typeof width === 'number') return;
        const value = values[i];
        const shown =
          typeof value === 'object' && value !== null && 'text' in value ? String(value.text) : value;
        const length = typeof shown === 'string' ? shown.length : String(shown ?? '').length;
        longest[i] = Math.max(longest[i]!, length);
      });
    }
  }
  const widths = specs.map((width, i) =>
    typeof width === 'number' ? width : Math.min(width[1], Math.max(width[0], longest[i]! + 2)),
  );
  const lines = Math.max(1, ...headers.map((header, i) => wrappedLines(header, widths[i]!)));

  const sheet = workbook.addWorksheet(table.name, {
    ...(table.views ? { views: table.views } : {}),
    pageSetup: {
      orientation: 'landscape',
      fitToPage: fitWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      // Wide matrices run over several pages, at 75% so each page holds more columns.
      ...(fitWidth ? {} : { printTitlesColumn: 'A:B', scale: 75 }),
    },
  });
  keepWorkbookOrder(sheet);
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] }));
  for (const [column, format] of table.numFmts ?? []) sheet.getColumn(column).numFmt = format;

  const header = sheet.getRow(1);
  for (const [column, note] of table.headerNotes ?? []) header.getCell(column).note = note;
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  if (lines > 1) {
    header.height = Math.min(120, 15 * lines);
    header.alignment = { vertical: 'bottom', wrapText: true };
  }
  header.commit();

  let written = 0;
  for (const { values, style } of table.rows()) {
    const row = sheet.addRow(values);
    style?.(row);
    row.alignment = { vertical: 'top', wrapText: true };
    row.commit();
    // The writer never waits for the file: let the compressor and the disk take what is written.
    if (++written % ROWS_PER_PAUSE === 0) await new Promise((resolve) => setImmediate(resolve));
  }

  if (table.conditionalFormatting) sheet.addConditionalFormatting(table.conditionalFormatting);
  if (table.dataValidation) {
    (sheet as SheetWithValidations).dataValidations.add(
      table.dataValidation.range,
      table.dataValidation.validation,
    );
  }
  if (filter && headers.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: table.rowCount + 1, column: headers.length },
    };
  }
  sheet.commit();
}

// ---------------------------------------------------------------- the streaming writer, corrected

/** The parts of ExcelJS 4.4.0's streaming WorksheetWriter that keepWorkbookOrder changes. */
interface WorksheetWriterInternals {
  conditionalFormatting: ExcelJS.ConditionalFormattingOptions[];
  stream: { write(text: string): void };
  _workbook: { styles: unknown };
  _sheetRelsWriter: {
    addHyperlink(hyperlink: { address: string; target: string; tooltip?: string }): void;
    _hyperlinks: { address: string; rId: string; tooltip?: string }[];
  };
  _writeHyperlinks(): void;
  _writeConditionalFormatting(): void;
  _writeDataValidations(): void;
  _writeCloseWorksheet(): void;
}

const require = createRequire(import.meta.url);

/** ExcelJS's own writer of a worksheet's <extLst> (the 2010 extensions of conditional formats). */
const ExtLstXform = require('exceljs/lib/xlsx/xform/sheet/ext-lst-xform.js') as new () => {
  prepare(model: unknown, options: unknown): void;
  toXml(model: unknown): string;
};

/**
 * ExcelJS 4.4.0's streaming writer differs from its in-memory one in three ways that matter here
 * (exceljs issues #1387, #2784 and pull request #2803): it writes <hyperlinks> before
 * <conditionalFormatting> and <dataValidations>, an order Excel rejects as a damaged file; it drops a
 * hyperlink's tooltip; and it leaves out the <extLst> that carries a data bar's 2010 form (solid, no
 * border). This puts back, on one sheet, what the in-memory writer does: hyperlinks after the data
 * validations, tooltips kept, and the <extLst> written last. It fails loudly if ExcelJS changes.
 */
function keepWorkbookOrder(worksheet: ExcelJS.Worksheet): void {
  const sheet = worksheet as unknown as WorksheetWriterInternals;
  const rels = sheet._sheetRelsWriter;
  for (const method of [
    sheet._writeHyperlinks,
    sheet._writeConditionalFormatting,
    sheet._writeDataValidations,
    sheet._writeCloseWorksheet,
    rels?.addHyperlink,
  ]) {
    if (typeof method !== 'function') throw new Error('ExcelJS streaming writer: unexpected version');
  }
  const writeHyperlinks = sheet._writeHyperlinks.bind(sheet);
  const writeConditionalFormatting = sheet._writeConditionalFormatting.bind(sheet);
  const writeDataValidations = sheet._writeDataValidations.bind(sheet);
  const writeClose = sheet._writeCloseWorksheet.bind(sheet);
  const addHyperlink = rels.addHyperlink.bind(rels);
  const ext = new ExtLstXform();
  const extModel = (): unknown => ({ conditionalFormattings: sheet.conditionalFormatting });
  rels.addHyperlink = (hyperlink) => {
    addHyperlink(hyperlink);
    const added = rels._hyperlinks[rels._hyperlinks.length - 1];
    if (added && hyperlink.tooltip !== undefined) added.tooltip = hyperlink.tooltip;
  };
  sheet._writeHyperlinks = () => undefined;
  sheet._writeConditionalFormatting = () => {
    // Gives each rule with a 2010 form the id its 2007 rule refers to.
    ext.prepare(extModel(), { styles: sheet._workbook.styles });
    writeConditionalFormatting();
  };
  sheet._writeDataValidations = () => {
    writeDataValidations();
    writeHyperlinks();
  };
  sheet._writeCloseWorksheet = () => {
    sheet.stream.write(ext.toXml(extModel()));
    writeClose();
  };
}

/**
 * The streaming writer sends a sheet's cell notes (its comments part and their VML drawing) to the
 * zip as parts queued behind the sheet itself, so every note waits in memory until the whole sheet
 * is written: some 17 KB a candidate on the Requirements sheet. Notes go to files in `dir` instead,
 * each added to the zip once its sheet is done. `settled` waits until they all are (before the
 * workbook is committed); the caller removes `dir` afterwards.
 */
async function spoolNotes(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  dir: string,
): Promise<{ settled(): Promise<void> }> {
  const book = workbook as unknown as {
    _openStream(path: string): unknown;
    zip: { append(source: NodeJS.ReadableStream, data: { name: string }): void };
  };
  if (typeof book._openStream !== 'function' || typeof book.zip?.append !== 'function') {
    throw new Error('ExcelJS streaming writer: unexpected version');
  }
  await mkdir(dir, { recursive: true });
  const openStream = book._openStream.bind(book);
  const pending: Promise<void>[] = [];
  book._openStream = (name) => {
    if (!/(^|\/)(comments\d+\.xml|vmlDrawing\d+\.vml)$/.test(name)) return openStream(name);
    const path = join(dir, `${pending.length}.part`);
    const file = createWriteStream(path);
    let done = (): void => undefined;
    const written = new Promise<void>((resolve, reject) => {
      done = resolve;
      file.once('error', reject);
    });
    // Reported by `settled`; not an unhandled rejection when the workbook fails first.
    written.catch(() => undefined);
    pending.push(written);
    // All SheetCommentsWriter asks of its streams: write text, then end.
    return {
      write: (text: string) => file.write(text),
      end: () =>
        file.end(() => {
          book.zip.append(createReadStream(path), { name });
          done();
        }),
    };
  };
  return { settled: () => Promise.all(pending).then(() => undefined) };
}
