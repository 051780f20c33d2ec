// Making untrusted text safe where our outputs put it (spreadsheet cells, CSV fields, HTML links),
// and the row every tabular output shows. Every CV (and every file name) is written by a stranger;
// every output is opened by someone who trusts us. See SECURITY.md, "Outputs".

import { join, relative, sep } from 'node:path';
import { isLazy } from '../lazy.js';
import type { Candidate, FailureStatus, Tier } from '../model.js';

/** Excel's hard limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

// Characters XML 1.0 cannot carry: C0 controls other than tab, LF and CR, lone surrogates
// (a high surrogate not followed by a low one, or a low one not preceded by a high one), and the
// non-characters U+FFFE and U+FFFF. A workbook holding any of them is "damaged" to Excel.
const XML_UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text that any spreadsheet cell (XLSX or CSV) can hold: XML-unsafe characters removed, cut at
 * `max` UTF-16 code units without splitting a surrogate pair. Does not touch formula triggers:
 * in XLSX a plain string cell is inert already; for CSV use {@link csvCell}.
 */
export function safeCell(value: string, max: number = MAX_CELL_CHARS): string {
  let text = value.replace(XML_UNSAFE, '');
  if (text.length > max) {
    text = text.slice(0, max);
    // A cut between the halves of a pair leaves a lone high surrogate at the end.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  return text;
}

// What Excel, LibreOffice and Google Sheets treat as the start of a formula (or strip before
// one): = + - @, tab, CR, LF, NUL, and the full-width ＝ ＋ － ＠ that some locales accept.
const FORMULA_START = /^[=+\-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether a spreadsheet would read this text as (the start of) a formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * A CSV field for untrusted text: {@link safeCell}, then a leading `'` when the text would start a
 * formula, so Excel and LibreOffice show it as text. The check runs on the raw value too, so a NUL
 * that safeCell strips still earns the quote.
 */
export function csvCell(value: string): string {
  const guard = looksLikeFormula(value);
  const text = safeCell(value, MAX_CELL_CHARS - 1);
  return guard || looksLikeFormula(text) ? `'${text}` : text;
}

// A domain-looking link written without a scheme ("github.com/jane", "www.jane.dev/blog").
const BARE_DOMAIN =
  /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?:[/?#]\S*)?$/i;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/**
 * The href to render for a link found in a CV, or null when it must be shown as plain text.
 * Only http:, https: and mailto: survive; `javascript:`, `data:`, `file:`, `vbscript:` and anything
 * else return null. Links without a scheme that look like a domain become https; a bare address
 * becomes mailto. URLs carrying credentials (`https://bank.example@evil.example`) are refused as
 * deceptive. The result is the URL as normalised by WHATWG URL (quotes and spaces percent-encoded),
 * and templates still escape it with `{{ }}`.
 */
export function safeHref(raw: string): string | null {
  const text = raw.trim();
  if (text === '' || text.length > 2048 || /[\u0000-\u001F\u007F\s]/.test(text)) return null;
  let candidate = text;
  if (EMAIL.test(text)) candidate = `mailto:${text}`;
  else if (BARE_DOMAIN.test(text)) candidate = `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') {
    return EMAIL.test(decodeURIComponentSafe(url.pathname)) ? url.href : null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------- what a row says
// The Ranking sheet, the CSV and the HTML index show the same columns, worded the same way.

/** What a recruiter should do about each kind of unreadable file. */
export const FAILURE_ADVICE: Record<FailureStatus, string> = {
  protected: 'Ask the candidate for a copy without a password',
  malformed: 'Ask for the file again; it appears damaged',
  'no-text': 'The PDF is a scan with no text layer; ask for a text PDF or Word file',
  timeout: 'The file took too long to read; open it yourself or ask for a plain PDF or Word file',
  'too-large': 'The file is over the size limit; ask for a smaller copy without large images',
  unsupported: 'The format is not supported; ask for a PDF or Word (.docx) file',
  empty: 'The file holds no text; ask the candidate to send it again',
  'not-a-cv':
    'The document is not a CV (a cover letter, an empty template or a transcript); ask for the CV itself',
};

export const TIER_LABELS: Record<Tier, string> = {
  shortlist: 'Shortlist',
  consider: 'Consider',
  reject: 'Reject',
};

export interface RankingRow {
  rank: number;
  /** The candidate's name, or their id when no name was found. */
  name: string;
  /** 0..100, one decimal. */
  score: number;
  tier: Tier;
  /** Total experience in years, one decimal. */
  years: number;
  /** "x of y", or "n/a" when the role names no required skill. */
  requiredMet: string;
  requiredMetCount: number;
  requiredTotal: number;
  /** The first required skill (in the profile's order) without evidence, or ''. */
  topMissing: string;
  /** Flag messages joined with "; ". */
  flags: string;
  /** The flag messages, one by one. */
  flagMessages: string[];
  file: string;
  /** The recruiter report, relative to the output folder. */
  report: string;
}

function nameIn(cv: Candidate['cv'], id: string): string {
  const name = cv.contact.name?.trim();
  return name ? name : id;
}

export function roundTo1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The rows of candidates whose `cv` and `assessment` are loaded from disk when read (see lazy.ts),
 * once worked out: the Ranking sheet, the CSV and the index then show a spilled candidate without
 * loading it again. A few hundred bytes each. Candidates held in memory are not remembered here:
 * their rows cost nothing to work out again.
 */
const rowsOfLazy = new WeakMap<Candidate, RankingRow>();

/**
 * Reads the candidate's `cv` and `assessment` once each (they may be loaded from disk when read),
 * or neither when its row is already known.
 */
export function rankingRow(candidate: Candidate): RankingRow {
  const known = rowsOfLazy.get(candidate);
  if (known) return known;
  const { cv, assessment } = candidate;
  return rankingRowOf(candidate, cv, assessment);
}

/** {@link rankingRow}, given the candidate's `cv` and `assessment` as already read (it reads neither). */
export function rankingRowOf(
  candidate: Candidate,
  cv: Candidate['cv'],
  assessment: Candidate['assessment'],
): RankingRow {
  const known = rowsOfLazy.get(candidate);
  if (known) return known;
  const row = rowOf(candidate, cv, assessment);
  if (isLazy(candidate, 'assessment')) rowsOfLazy.set(candidate, row);
  return row;
}

function rowOf(candidate: Candidate, cv: Candidate['cv'], assessment: Candidate['assessment']): RankingRow {
  const required = assessment.requirements.filter((r) => r.kind === 'required');
  const met = required.filter((r) => r.met).length;
  const flagMessages = assessment.flags.map((f) => f.message);
  return {
    rank: candidate.rank,
    name: nameIn(cv, candidate.id),
    score: roundTo1(assessment.score),
    tier: assessment.tier,
    years: roundTo1(cv.facts.totalExperienceMonths / 12),
    requiredMet: required.length === 0 ? 'n/a' : `${met} of ${required.length}`,
    requiredMetCount: met,
    requiredTotal: required.length,
    topMissing: required.find((r) => !r.met)?.skill ?? '',
    flags: flagMessages.join('; '),
    flagMessages,
    file: candidate.file,
    report: candidate.reports.recruiter,
  };
}

/** The Ranking sheet's (and the CSV's) headers, in column order. */
export const RANKING_HEADERS = [
  'Rank',
  'Candidate',
  'Score',
  'Tier',
  'Years of experience',
  'Required skills met',
  'Top missing required skill',
  'Flags',
  'File',
  'Report',
  'Decision',
] as const;

/**
 * A report path as the ranking gives it (`candidates/c-1a2b3c4d5e.html`), checked: relative,
 * forward slashes, no `..`, no scheme, only slug characters. The paths come from our own slugs, so
 * a failure here is a bug upstream, and we would rather stop than write outside the output folder
 * or put a strange link in a workbook.
 */
export function checkReportPath(path: string): string {
  const ok =
    /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(path) &&
    !path.split('/').some((part) => /^\.+$/.test(part));
  if (!ok) throw new Error(`Refusing report path ${JSON.stringify(path)}: not a plain relative path`);
  return path;
}

/**
 * The link from a page or workbook in `fromDir` to a candidate's own file (`file`, relative to the
 * input folder): a relative path, each segment percent-encoded, so the target can never read as a
 * scheme (`javascript:`, `http:`) or anything but a path, whatever the file was called. Forward
 * slashes, as link targets are URIs. Null when there is no input folder or file to point at.
 */
export function sourceHref(fromDir: string, input: string, file: string): string | null {
  if (input === '' || file === '') return null;
  const path = relative(fromDir, join(input, file));
  if (path === '') return null;
  return path
    .split(sep)
    .flatMap((part) => part.split('/'))
    .map((part) => (part === '..' ? part : encodeURIComponent(part)))
    .join('/');
}

/**
 * {@link sourceHref} for many files, from one folder: the same links, with the path from `fromDir`
 * to each folder of the input worked out once (path.relative resolves both paths on every call,
 * which is most of the cost of a workbook's links). Where the shortcut could differ, it is not
 * taken: a file named "", "." or "..", or a `fromDir` inside the file's folder (or that folder).
 * Remembers at most {@link SOURCE_FOLDERS} folders.
 */
export function sourceHrefs(fromDir: string, input: string): (file: string) => string | null {
  const folders = new Map<string, string | null>();
  return (file) => {
    if (input === '' || file === '') return null;
    const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf(sep));
    const name = file.slice(cut + 1);
    if (name === '' || name === '.' || name === '..') return sourceHref(fromDir, input, file);
    const folder = cut < 0 ? '' : file.slice(0, cut);
    let link = folders.get(folder);
    if (link === undefined) {
      const parts = relative(fromDir, join(input, folder))
        .split(sep)
        .flatMap((part) => part.split('/'))
        .filter((part) => part !== '');
      // Only "..": `fromDir` is inside the folder, where a path through the file's name could differ.
      link = parts.every((part) => part === '..')
        ? null
        : parts.map((part) => (part === '..' ? part : encodeURIComponent(part))).join('/');
      if (folders.size >= SOURCE_FOLDERS) folders.clear();
      folders.set(folder, link);
    }
    return link === null ? sourceHref(fromDir, input, file) : `${link}/${encodeURIComponent(name)}`;
  };
}

const SOURCE_FOLDERS = 1000;
