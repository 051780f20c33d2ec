import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isLazy } from '../lazy.js';
import type { Assessment, Candidate, Evidence, JobRanking, Ranking, Requirement, Tier } from '../model.js';
import { computedOnce } from '../pipeline/spill.js';
import { recruiterRanking } from './blind.js';
import {
  FAILURE_ADVICE,
  RANKING_HEADERS,
  TIER_LABELS,
  checkReportPath,
  rankingRow,
  rankingRowOf,
  safeCell,
  sourceHrefs,
} from './cells.js';

const require = createRequire(import.meta.url);

// Excel's own "Good", "Neutral" and "Bad" cell styles, so the colours read as Excel users expect.
const TIER_STYLE: Record<Tier, { fill: string; font: string }> = {
  shortlist: { fill: 'FFC6EFCE', font: 'FF006100' },
  consider: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  reject: { fill: 'FFFFC7CE', font: 'FF9C0006' },
};

/** What the recruiter fills in: a drop-down on every candidate row of the Ranking sheet. */
export const DECISIONS = ['Yes', 'Maybe', 'No'] as const;

/** A hyperlink cell: plain text and a target, never a HYPERLINK() formula. */
interface Link {
  text: string;
  hyperlink: string;
  tooltip: string;
}

/** What a cell holds. */
type Value = string | number | null | Link;

/**
 * How a cell looks beyond its column's number format and its row's alignment. Always one of the
 * constants below: each distinct look is registered as a cell style once per sheet (see RowWriter).
 */
interface Look {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
}

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

const HEADER_LOOK: Look = { font: { bold: true }, fill: solid('FFE7E6E6') };
const LINK_LOOK: Look = { font: { color: { argb: 'FF0563C1' }, underline: true } };
const TIER_LOOK = Object.fromEntries(
  Object.entries(TIER_STYLE).map(([tier, { fill, font }]) => [
    tier,
    { fill: solid(fill), font: { color: { argb: font }, bold: true } },
  ]),
) as Record<Tier, Look>;

/** Met, missing (required) and missing (preferred): the same Good / Bad / Neutral colours as the tiers. */
const REQUIREMENT_LOOK = Object.fromEntries(
  (
    [
      ['met', TIER_STYLE.shortlist],
      ['missing-required', TIER_STYLE.reject],
      ['missing-preferred', TIER_STYLE.consider],
    ] as const
  ).map(([state, { fill, font }]) => [state, { fill: solid(fill), font: { color: { argb: font } } }]),
) as Record<'met' | 'missing-required' | 'missing-preferred', Look>;

/**
 * Every string goes into a cell through here, and is written as an inline string (see RowWriter):
 * a plain string value, never a formula, which Excel never evaluates, so "=HYPERLINK(...)" stays
 * text with no `'` in front (the tests read the file back to hold this).
 */
function text(value: string, max?: number): string {
  return safeCell(value, max);
}

function hyperlink(label: string, target: string): Link {
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
    // Strings are written inline (see RowWriter): a shared strings table would hold every distinct
    // string of the workbook in memory until the end. Real cell styles.
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = `${ranking.run.tool.name} ${ranking.run.tool.version}`;
  // What the in-memory writer puts there when nobody is named.
  workbook.lastModifiedBy = 'Unknown';
  Object.assign(workbook, dated);
  const links = sourceHrefs(outDir, ranking.run.input);
  const source = (file: string): string | null => (blind ? null : links(file));
  try {
    const spool = await spoolNotes(workbook, notes);
    // One sheet at a time: a sheet's rows are only sent on to the file once the sheets before it
    // are finished.
    // What the sheets need to know before their rows (column widths, the matrices' columns), in one
    // pass that reads each candidate once: the sheets then show a spilled candidate from what that
    // pass kept of it (its ranking row, its sheet facts), without loading it again.
    const seen = survey(ranking, { facts: true });
    await writeTable(workbook, rankingTable(ranking, seen, source));
    if (ranking.jobs) {
      const used = new Set(['ranking', 'best fit']);
      const jobs = ranking.jobs.map((job) => {
        const inJob = recruiterRanking(job.ranking);
        return { job, ranking: inJob, seen: survey(inJob, { scores: true }) };
      });
      await writeTable(workbook, bestFitTable(ranking, seen, jobs));
      for (const [i, { job, ranking: inJob, seen: seenInJob }] of jobs.entries()) {
        await writeTable(workbook, jobTable(job, inJob, seenInJob, i, used, source));
      }
    }
    await writeTable(workbook, requirementsTable(ranking, seen));
    await writeTable(workbook, criteriaTable(ranking, seen));
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

/** One row: its values, and the looks and notes of those of its cells that have one. */
interface RowSpec {
  values: Value[];
  /** Looks by column index (0-based); a cell without one has its column's number format alone. */
  looks?: (Look | undefined)[];
  /** Notes by column index (0-based). */
  notes?: (string | undefined)[];
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
  /**
   * The rows. Each reads its candidate's `cv` and `assessment` at most once (a spilled candidate's
   * not at all, after the survey), and nothing of a candidate is kept once its row is given.
   */
  rows: () => Iterable<RowSpec>;
  /**
   * The longest value of each column (by index) whose width is measured, known beforehand (from a
   * survey of the candidates). Without it, `rows` is called once more to measure them.
   */
  longest?: number[];
  conditionalFormatting?: ExcelJS.ConditionalFormattingOptions;
  dataValidation?: { range: string; validation: ExcelJS.DataValidation };
  /** Column widths by header: a fixed width, or the longest value clamped to [min, max]. */
  widths: Record<string, Width>;
  otherwise?: Width;
  filter?: boolean;
  fitWidth?: boolean;
}

const FROZEN_TWO: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];

/** What the sheets need to know of a ranking's candidates before writing their rows. */
interface Survey {
  /** The longest Candidate, Top missing required skill, Flags and File texts (Ranking sheet). */
  name: number;
  topMissing: number;
  flags: number;
  file: number;
  /** Every requirement of the run, required first, each in the order it first appears. */
  requirements: { skill: string; kind: Requirement['kind'] }[];
  /** Criteria titles by id, in the order they first appear (so the columns follow the profile). */
  criteria: Map<string, string>;
  /** Scores by candidate id, when asked for (a job's, for the Best fit sheet). */
  scores: Map<string, number>;
}

/**
 * One pass over the candidates, reading each one's `cv` and `assessment` once. With `facts`, it also
 * works out what the Requirements and Criteria sheets show of each spilled candidate (sheetFacts).
 */
function survey(ranking: Ranking, { scores = false, facts = false } = {}): Survey {
  const seen: Survey = {
    name: 0,
    topMissing: 0,
    flags: 0,
    file: 0,
    requirements: [],
    criteria: new Map(),
    scores: new Map(),
  };
  const requirements = { required: new Map<string, string>(), preferred: new Map<string, string>() };
  for (const candidate of ranking.candidates) {
    const { cv, assessment } = candidate;
    const row = rankingRowOf(candidate, cv, assessment);
    for (const r of assessment.requirements) {
      if (!requirements[r.kind].has(r.skill)) requirements[r.kind].set(r.skill, r.skill);
    }
    for (const criterion of assessment.criteria) {
      if (!seen.criteria.has(criterion.id)) seen.criteria.set(criterion.id, criterion.title);
    }
    if (scores) seen.scores.set(candidate.id, assessment.score);
    // Worked out now, while the candidate is loaded: the Requirements and Criteria sheets then read
    // these few values, not the whole reading and assessment again.
    if (facts && isLazy(candidate, 'assessment')) sheetFacts(candidate);
    seen.name = Math.max(seen.name, text(row.name).length);
    seen.topMissing = Math.max(seen.topMissing, text(row.topMissing).length);
    seen.flags = Math.max(seen.flags, text(row.flags).length);
    seen.file = Math.max(seen.file, text(row.file).length);
  }
  seen.requirements = (['required', 'preferred'] as const).flatMap((kind) =>
    [...requirements[kind].values()].map((skill) => ({ skill, kind })),
  );
  return seen;
}

/** The Ranking sheet, or a job's own (`reports` then leads into the job's folder). */
function rankingTable(
  ranking: Ranking,
  seen: Survey,
  source: (file: string) => string | null,
  name = 'Ranking',
  reports = '',
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
    longest: [0, seen.name, 0, 0, 0, 0, seen.topMissing, seen.flags, seen.file],
    *rows() {
      for (const candidate of ranking.candidates) {
        const row = rankingRow(candidate);
        const report = checkReportPath(reports + row.report);
        const fileHref = source(row.file);
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
          looks: [
            undefined,
            undefined,
            undefined,
            TIER_LOOK[row.tier],
            undefined,
            undefined,
            undefined,
            undefined,
            fileHref === null ? undefined : LINK_LOOK,
            LINK_LOOK,
          ],
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
function bestFitTable(ranking: Ranking, seen: Survey, jobs: { job: JobRanking; seen: Survey }[]): TableSpec {
  const jobLabel = (job: JobRanking) => text(job.title ?? job.file ?? job.folder, 200);
  const scoreIn = jobs.map(({ seen: inJob }) => inJob.scores);
  const numFmts: [number, string][] = [];
  for (let col = 4; col <= 4 + jobs.length; col++) numFmts.push([col, '0.0']);
  // Measured without reading a candidate's cv or assessment: the name from the survey, the rest
  // from what the ranking holds beside them.
  const longest = [0, seen.name, 0, 0, ...jobs.map(() => 0)];
  for (const candidate of ranking.candidates) {
    const { bestFit } = candidate;
    longest[2] = Math.max(longest[2]!, text(bestFit?.title ?? bestFit?.file ?? '').length);
    scoreIn.forEach((scores, i) => {
      const score = scores.get(candidate.id);
      longest[i + 4] = Math.max(longest[i + 4]!, score === undefined ? 0 : String(score).length);
    });
  }
  return {
    name: 'Best fit',
    views: FROZEN_TWO,
    headers: [
      'Rank',
      'Candidate',
      'Best-fitting job',
      'Score there',
      ...jobs.map(({ job }) => jobLabel(job)),
    ],
    numFmts,
    rowCount: ranking.candidates.length,
    longest,
    *rows() {
      for (const candidate of ranking.candidates) {
        const { bestFit } = candidate;
        // Known from the survey: nothing is loaded.
        const row = rankingRow(candidate);
        yield {
          values: [
            candidate.rank,
            text(row.name),
            text(bestFit?.title ?? bestFit?.file ?? ''),
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
  ranking: Ranking,
  seen: Survey,
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
  // Its report links lead into the job's folder.
  return rankingTable(ranking, seen, source, name, `${job.folder}/`);
}

/** What the Requirements and Criteria sheets show of one candidate. */
interface SheetFacts {
  requirements: { kind: Requirement['kind']; skill: string; met: boolean; note: string }[];
  criteria: { id: string; score: Assessment['criteria'][number]['score'] }[];
}

/**
 * A spilled candidate's facts, worked out on the first read (the survey's) and kept in the spill
 * file, not in memory: about 1 KB to read back (the bench's CVs), where its whole record is 9-11 KB.
 */
const factsOfLazy = new WeakMap<Candidate, () => SheetFacts>();

function sheetFacts(candidate: Candidate): SheetFacts {
  if (!isLazy(candidate, 'assessment')) return factsOf(candidate.assessment);
  let facts = factsOfLazy.get(candidate);
  if (!facts) {
    facts = computedOnce(candidate, () => factsOf(candidate.assessment));
    factsOfLazy.set(candidate, facts);
  }
  return facts();
}

function factsOf(assessment: Assessment): SheetFacts {
  return {
    requirements: assessment.requirements.map((r) => ({
      kind: r.kind,
      skill: r.skill,
      met: r.met,
      note: evidenceNote(r.evidence),
    })),
    criteria: assessment.criteria.map((c) => ({ id: c.id, score: c.score })),
  };
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
function requirementsTable(ranking: Ranking, seen: Survey): TableSpec {
  const columns = seen.requirements;
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
    longest: [0, seen.name],
    *rows() {
      for (const candidate of ranking.candidates) {
        const name = text(rankingRow(candidate).name);
        const { requirements } = sheetFacts(candidate);
        const byKey = new Map(requirements.map((r) => [`${r.kind}:${r.skill}`, r]));
        const count = (kind: Requirement['kind']): string => {
          const all = requirements.filter((r) => r.kind === kind);
          return all.length === 0 ? 'n/a' : `${all.filter((r) => r.met).length} of ${all.length}`;
        };
        const values: Value[] = [candidate.rank, name, count('required'), count('preferred')];
        const looks: (Look | undefined)[] = [];
        const notes: (string | undefined)[] = [];
        for (const [i, c] of columns.entries()) {
          const r = byKey.get(`${c.kind}:${c.skill}`);
          if (r === undefined) {
            values.push('');
            continue;
          }
          values.push(r.met ? 'Met' : 'Missing');
          looks[i + 4] =
            REQUIREMENT_LOOK[
              r.met ? 'met' : r.kind === 'required' ? 'missing-required' : 'missing-preferred'
            ];
          if (r.note !== '') notes[i + 4] = text(r.note, 1000);
        }
        yield { values, looks, notes };
      }
    },
    widths: { Rank: 6, Candidate: [14, 36], 'Required met': 10, 'Preferred met': 10 },
    otherwise: 13,
    fitWidth: false,
  };
}

function criteriaTable(ranking: Ranking, seen: Survey): TableSpec {
  const titles = seen.criteria;
  const ids = [...titles.keys()];
  return {
    name: 'Criteria',
    views: FROZEN_TWO,
    headers: ['Rank', 'Candidate', ...ids.map((id) => text(id))],
    headerNotes: new Map(ids.map((id, index) => [index + 3, text(titles.get(id) ?? id)])),
    numFmts: [...ids.map((_, index): [number, string] => [index + 3, '0%']), [1, '0']],
    rowCount: ranking.candidates.length,
    longest: [0, seen.name],
    *rows() {
      for (const candidate of ranking.candidates) {
        const name = text(rankingRow(candidate).name);
        const byId = new Map(sheetFacts(candidate).criteria.map((c) => [c.id, c]));
        yield {
          values: [
            candidate.rank,
            name,
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
          looks: [href === null ? undefined : LINK_LOOK],
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

const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true };
const TALL_HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'bottom', wrapText: true };
const ROW_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };

/** The characters a value shows, as measured for its column's width. */
function shownLength(value: Value | undefined): number {
  if (typeof value === 'string') return value.length;
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? String(value).length : value.text.length;
}

/**
 * One sheet: bold shaded header, autofilter over the table, and column widths: a fixed width, or the
 * longest value clamped to [min, max]. Cells longer than their column wrap (top-aligned) rather than
 * spill; header labels wrap in a header row tall enough for the longest one. Printed landscape with
 * the header row (and, for wide matrices, the first two columns) repeated on every page; `fitWidth`
 * scales the table to the page width.
 *
 * The streaming writer puts the column widths before the first row, so they are worked out first:
 * from `longest` (a survey of the candidates) or, for the small tables, from the rows; then each row
 * is written and let go.
 */
async function writeTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: TableSpec): Promise<void> {
  const { headers, otherwise = [10, 40], filter = true, fitWidth = true } = table;
  const specs = headers.map((header) => table.widths[header] ?? otherwise);
  const measured = specs.flatMap((width, i) => (typeof width === 'number' ? [] : [i]));
  const longest = headers.map((_, i) => table.longest?.[i] ?? 0);
  if (measured.length > 0 && table.longest === undefined) {
    for (const { values } of table.rows()) {
      for (const i of measured) longest[i] = Math.max(longest[i]!, shownLength(values[i]));
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
  // Widths and number formats go on the columns; the rows, header included, are written by RowWriter.
  sheet.columns = widths.map((width) => ({ width }));
  const numFmts: (string | undefined)[] = headers.map(() => undefined);
  for (const [column, format] of table.numFmts ?? []) {
    sheet.getColumn(column).numFmt = format;
    numFmts[column - 1] = format;
  }
  const rows = new RowWriter(sheet, numFmts);

  const headerNotes: (string | undefined)[] = [];
  for (const [column, note] of table.headerNotes ?? []) headerNotes[column - 1] = note;
  rows.write(
    { values: headers, looks: headers.map(() => HEADER_LOOK), notes: headerNotes },
    lines > 1
      ? { alignment: TALL_HEADER_ALIGNMENT, font: HEADER_LOOK.font, height: Math.min(120, 15 * lines) }
      : { alignment: HEADER_ALIGNMENT, font: HEADER_LOOK.font },
  );

  const plain = { alignment: ROW_ALIGNMENT };
  let written = 0;
  for (const row of table.rows()) {
    rows.write(row, plain);
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

// ---------------------------------------------------------------- rows, written directly

/** The parts of ExcelJS 4.4.0's streaming WorksheetWriter that RowWriter uses. */
interface RowWriterInternals {
  stream: { write(text: string): void };
  startedData: boolean;
  hasComments: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _workbook: {
    styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: ExcelJS.ValueType): number };
    sharedStrings: { add(value: string): number };
  };
  _sheetRelsWriter: { addHyperlink(hyperlink: { address: string; target: string; tooltip?: string }): void };
  _sheetCommentsWriter: {
    startedData: boolean;
    count: number;
    _worksheet: { comments?: unknown[] };
    commentsStream: { write(text: string): void };
    vmlStream: { write(text: string): void };
    _writeOpen(): void;
    _addRelationships(): void;
    _addCommentRefs(): void;
  };
}

/** ExcelJS's own XML escaping. */
const { xmlEncode } = require('exceljs/lib/utils/utils.js') as { xmlEncode(text: string): string };

/** A string as ExcelJS writes it in a <t>: spaces kept where XML would drop them. */
function textXml(text: string): string {
  return `<t${/^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${xmlEncode(text)}</t>`;
}

/**
 * A cell note as ExcelJS 4.4.0's SheetCommentsWriter writes one with the default look (a plain
 * text, Note's default margins and protection, no anchor): its <comment> and its VML shape, the
 * `index`th of the sheet. Its own CommentXform and VmlShapeXform build a model and an XmlStream per
 * note, most of the cost of the Requirements sheet; the test holds both to the same bytes.
 */
export function noteXml(
  address: string,
  col: number,
  row: number,
  index: number,
  text: string,
): [string, string] {
  const top = Math.max(row - 2, 0);
  return [
    `<comment ref="${address}" authorId="0"><text><r>${textXml(text)}</r></text></comment>`,
    `<v:shape id="_x0000_s${1025 + index}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
      `<x:Anchor>${col}, 6, ${top}, 14, ${col + 2}, 2, ${top + 4}, 16</x:Anchor><x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText>` +
      `<x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`,
  ];
}

/** How a row looks: its alignment (every cell's too), its font (the header's) and its height. */
interface RowLook {
  alignment: Partial<ExcelJS.Alignment>;
  font?: Partial<ExcelJS.Font>;
  height?: number;
}

/**
 * Writes a sheet's rows as XML, straight to the sheet's part, with what ExcelJS's Row, Cell and
 * RowXform would write for the same values and styles, except for strings:
 *
 * - A string is an inline string (`t="inlineStr"`): literal text, never a formula, and nothing is
 *   kept once the row is written. ExcelJS's shared strings table would hold every distinct string
 *   of the workbook (names, flags, file names, ...) until it is done.
 * - Except the empty string, which an inline string cannot carry (ExcelJS reads `<t></t>` back as an
 *   empty cell), and text holding an escape such as `_x0041_` (a shared string's reader decodes
 *   it, an inline string's may not): these stay shared strings, as before, so they read back the
 *   same. Only those few (in practice the empty string alone) are kept until the end.
 *
 * A cell's style is its column's number format, its row's alignment and its look; each distinct one
 * is registered with the workbook's styles once, not hashed again for every cell.
 */
class RowWriter {
  private written = 0;
  private readonly sheet: RowWriterInternals;
  private readonly letters: string[];
  private readonly styleIds = new Map<number, number>();
  private readonly rowStyleIds = new Map<RowLook, number>();

  constructor(
    worksheet: ExcelJS.Worksheet,
    private readonly numFmts: (string | undefined)[],
  ) {
    const sheet = worksheet as unknown as RowWriterInternals;
    for (const method of [
      sheet._writeColumns,
      sheet._writeOpenSheetData,
      sheet._workbook?.styles?.addStyleModel,
      sheet._workbook?.sharedStrings?.add,
      sheet._sheetRelsWriter?.addHyperlink,
      sheet._sheetCommentsWriter?._writeOpen,
      sheet._sheetCommentsWriter?._addRelationships,
      sheet._sheetCommentsWriter?._addCommentRefs,
    ]) {
      if (typeof method !== 'function') throw new Error('ExcelJS streaming writer: unexpected version');
    }
    this.sheet = sheet;
    this.letters = numFmts.map((_, i) => columnLetter(i + 1));
  }

  /** The style of a cell in column `index` (0-based): registered once, then its id. */
  private styleId(index: number, look: Look | undefined, row: RowLook, numeric: boolean): number {
    // Looks and row looks are constants, a handful of each, numbered as they are first seen.
    const key =
      ((Number(numeric) * 256 + lookNumber(row)) * 256 + (look === undefined ? 0 : lookNumber(look) + 1)) *
        16_384 +
      index;
    let id = this.styleIds.get(key);
    if (id === undefined) {
      const numFmt = this.numFmts[index];
      id = this.sheet._workbook.styles.addStyleModel(
        {
          ...(numFmt === undefined ? {} : { numFmt }),
          ...(look?.font ? { font: look.font } : {}),
          ...(look?.fill ? { fill: look.fill } : {}),
          alignment: row.alignment,
        },
        // ExcelJS gives a number, or a null cell, the General format when its column has none.
        numeric ? ExcelJS.ValueType.Number : ExcelJS.ValueType.String,
      );
      this.styleIds.set(key, id);
    }
    return id;
  }

  write({ values, looks, notes }: RowSpec, look: RowLook): void {
    const sheet = this.sheet;
    const r = ++this.written;
    if (!sheet.startedData) {
      sheet._writeColumns();
      sheet._writeOpenSheetData();
      sheet.startedData = true;
    }
    // ExcelJS leaves out a row with no value and no height.
    if (look.height === undefined && values.every((v) => v === null)) return;
    let rowStyle = this.rowStyleIds.get(look);
    if (rowStyle === undefined) {
      rowStyle = sheet._workbook.styles.addStyleModel({
        ...(look.font ? { font: look.font } : {}),
        alignment: look.alignment,
      });
      this.rowStyleIds.set(look, rowStyle);
    }
    let xml =
      `<row r="${r}"` +
      (look.height === undefined ? '' : ` ht="${look.height}" customHeight="1"`) +
      (values.length > 0 ? ` spans="1:${values.length}"` : '') +
      ` s="${rowStyle}" customFormat="1" x14ac:dyDescent="0.25">`;
    let comments = '';
    let shapes = '';
    let noted = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const address = `${this.letters[i]}${r}`;
      const s = this.styleId(i, looks?.[i], look, value === null || typeof value === 'number');
      if (value === null) {
        xml += `<c r="${address}" s="${s}"/>`;
      } else if (typeof value === 'number') {
        xml += `<c r="${address}" s="${s}"><v>${value}</v></c>`;
      } else {
        const shown = typeof value === 'string' ? value : value.text;
        if (shown === '' || (shown.includes('_x') && ESCAPE.test(shown))) {
          xml += `<c r="${address}" s="${s}" t="s"><v>${sheet._workbook.sharedStrings.add(shown)}</v></c>`;
        } else {
          xml += `<c r="${address}" s="${s}" t="inlineStr"><is>${textXml(shown)}</is></c>`;
        }
        if (typeof value !== 'string') {
          sheet._sheetRelsWriter.addHyperlink({ address, target: value.hyperlink, tooltip: value.tooltip });
        }
      }
      const note = notes?.[i];
      if (note !== undefined) {
        const [comment, shape] = noteXml(address, i + 1, r, sheet._sheetCommentsWriter.count + noted++, note);
        comments += comment;
        shapes += shape;
      }
    }
    sheet.stream.write(`${xml}</row>`);
    if (noted > 0) {
      const notesWriter = sheet._sheetCommentsWriter;
      if (!notesWriter.startedData) {
        // What SheetCommentsWriter.addComments does first: open both parts, relate them to the sheet.
        notesWriter._worksheet.comments = [];
        notesWriter._writeOpen();
        notesWriter._addRelationships();
        notesWriter._addCommentRefs();
        notesWriter.startedData = true;
        sheet.hasComments = true;
      }
      notesWriter.count += noted;
      notesWriter.commentsStream.write(comments);
      notesWriter.vmlStream.write(shapes);
    }
  }
}

/** What a shared string's reader decodes as an escaped character (`_x000D_`). */
const ESCAPE = /_x[0-9A-Fa-f]{4}_/;

/** A small number naming each look and row look (constants, a handful of each). */
const lookNumbers = new Map<object, number>();
function lookNumber(look: object): number {
  let n = lookNumbers.get(look);
  if (n === undefined) lookNumbers.set(look, (n = lookNumbers.size));
  return n;
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
