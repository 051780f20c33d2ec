import type { DateRange, YearMonth } from '../model.js';

// Month names in English, Spanish, French, German and Portuguese, abbreviated or whole.
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'january', 'ene', 'enero', 'janv', 'janvier', 'januar', 'jän', 'jänner', 'janeiro'],
  ['feb', 'february', 'febrero', 'févr', 'fevr', 'février', 'fevrier', 'februar', 'fev', 'fevereiro'],
  ['mar', 'march', 'marzo', 'mars', 'mär', 'märz', 'marz', 'março', 'marco'],
  ['apr', 'april', 'abr', 'abril', 'avr', 'avril'],
  ['may', 'mayo', 'mai', 'maio'],
  ['jun', 'june', 'junio', 'juin', 'juni', 'junho'],
  ['jul', 'july', 'julio', 'juil', 'juillet', 'juli', 'julho'],
  ['aug', 'august', 'ago', 'agosto', 'août', 'aout'],
  ['sep', 'sept', 'september', 'septiembre', 'septembre', 'set', 'setembro'],
  ['oct', 'october', 'octubre', 'octobre', 'okt', 'oktober', 'out', 'outubro'],
  ['nov', 'november', 'noviembre', 'novembre', 'novembro'],
  ['dec', 'december', 'dic', 'diciembre', 'déc', 'décembre', 'decembre', 'dez', 'dezember', 'dezembro'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const MONTH_WORD = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const PRESENT_WORD =
  "(?:present|current|currently|now|today|ongoing|date|actualidad|presente|actual|hoy|présent|aujourd['’]hui|heute|aktuell|atual|atualmente|momento)";

// One point in time: "Mar 2022", "March 2022", "03/2022", "2022-03", "2022".
const POINT = `(?:${MONTH_WORD}\\s*,?\\s*(?:19|20)\\d{2}|(?:0?[1-9]|1[0-2])[/.](?:19|20)\\d{2}|(?:19|20)\\d{2}[-/.](?:0[1-9]|1[0-2])(?!\\d)|(?:19|20)\\d{2})`;
// In a range, a month may carry a two-digit year: "Sep 15 – Jun 18", "Mar '19 – Present".
const SHORT_POINT = `(?:${MONTH_WORD}\\s*['’]?\\d{2}(?!\\d))`;
const RANGE_POINT = `(?:${POINT}|${SHORT_POINT})`;
const DASH = '\\s*(?:-|–|—|to|until|till|a|al|à|au|bis|até)\\s*';
const RANGE_RE = new RegExp(
  `(?<![\\w/])(${RANGE_POINT})${DASH}(${RANGE_POINT}|${PRESENT_WORD})(?![\\w/])|(?:since|desde|depuis|seit|from)\\s+(${POINT})(?![\\w/])`,
  'iu',
);

// Compiled once: replace() with a global pattern starts at 0 and leaves lastIndex at 0.
const RANGE_GLOBAL = new RegExp(RANGE_RE.source, 'giu');

/** The text with every date range blanked out, so "03/2018 – 12/2021" is never read as a phone number. */
export function maskDateRanges(text: string): string {
  return text
    .replace(RANGE_GLOBAL, (m) => ' '.repeat(m.length))
    .replace(/\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}\b/g, (m) => ' '.repeat(m.length));
}

export interface DateMatch {
  range: DateRange;
  index: number;
  length: number;
}

/**
 * Finds the first date range in a line: "Mar 2022 – Present", "03/2019 - 12/2021", "2018–2020",
 * "Jan. 2020 to Current", "since 2021". `asOf` (YYYY-MM) is what "Present" means.
 */
export function findDateRange(line: string, asOf: YearMonth): DateMatch | null {
  const m = RANGE_RE.exec(line);
  if (!m) return null;
  const raw = m[0].trim();
  if (m[3]) {
    const start = parsePoint(m[3], 'start');
    if (!start) return null;
    return {
      range: { start: start.ym, end: asOf, current: true, raw, style: `since ${start.style}` },
      index: m.index,
      length: m[0].length,
    };
  }
  const start = parsePoint(m[1] ?? '', 'start');
  if (!start) return null;
  const endText = m[2] ?? '';
  const present = new RegExp(`^${PRESENT_WORD}$`, 'iu').test(endText.trim());
  const end = present ? null : parsePoint(endText, 'end');
  if (!present && !end) return null;
  if (end && end.ym < start.ym) return null;
  return {
    range: {
      start: start.ym,
      end: present ? asOf : end!.ym,
      current: present,
      raw,
      style: start.style,
    },
    index: m.index,
    length: m[0].length,
  };
}

/** A single point, as a month. A bare year means January as a start and December as an end. */
function parsePoint(text: string, side: 'start' | 'end'): { ym: YearMonth; style: string } | null {
  const t = text.trim();
  const short = /^([\p{L}]+)\.?\s*['’]?(\d{2})$/iu.exec(t);
  if (short) {
    const month = MONTHS[(short[1] ?? '').toLowerCase()];
    const yy = Number(short[2]);
    return month ? { ym: ym(yy < 50 ? 2000 + yy : 1900 + yy, month), style: "Mon 'YY" } : null;
  }
  let m = /^([\p{L}]+)\.?\s*,?\s*((?:19|20)\d{2})$/iu.exec(t);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (!month) return null;
    return { ym: ym(Number(m[2]), month), style: (m[1] ?? '').length > 3 ? 'Month YYYY' : 'Mon YYYY' };
  }
  m = /^(0?[1-9]|1[0-2])[/.]((?:19|20)\d{2})$/.exec(t);
  if (m) return { ym: ym(Number(m[2]), Number(m[1])), style: 'MM/YYYY' };
  m = /^((?:19|20)\d{2})[-/.](0[1-9]|1[0-2])$/.exec(t);
  if (m) return { ym: ym(Number(m[1]), Number(m[2])), style: 'YYYY-MM' };
  m = /^((?:19|20)\d{2})$/.exec(t);
  if (m) return { ym: ym(Number(m[1]), side === 'start' ? 1 : 12), style: 'YYYY' };
  return null;
}

export function ym(year: number, month: number): YearMonth {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Months from a to b inclusive of both ends' months ("2020-01".."2020-12" is 12). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  const [ay, am] = yearAndMonth(a);
  const [by, bm] = yearAndMonth(b);
  return (by - ay) * 12 + (bm - am) + 1;
}

/** `ym.split('-').map(Number)`'s first two, without the arrays when there is one dash. */
function yearAndMonth(ym: YearMonth): [number, number] {
  const dash = ym.indexOf('-');
  if (dash < 0 || ym.indexOf('-', dash + 1) >= 0) return ym.split('-').map(Number) as [number, number];
  return [Number(ym.slice(0, dash)), Number(ym.slice(dash + 1))];
}

export function addMonths(a: YearMonth, n: number): YearMonth {
  const [y, m] = yearAndMonth(a);
  const total = y * 12 + (m - 1) + n;
  return ym(Math.floor(total / 12), (total % 12) + 1);
}

/**
 * Total months covered by the ranges, with overlaps counted once, and the gaps between them that
 * last longer than `minGapMonths`.
 */
export function mergeTimeline(
  ranges: { start: YearMonth; end: YearMonth }[],
  minGapMonths = 6,
): { months: number; gaps: { from: YearMonth; to: YearMonth; months: number }[] } {
  const sorted = [...ranges].filter((r) => r.start <= r.end).sort((a, b) => (a.start < b.start ? -1 : 1));
  const merged: { start: YearMonth; end: YearMonth }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= addMonths(last.end, 1)) {
      if (r.end > last.end) last.end = r.end;
    } else merged.push({ ...r });
  }
  const months = merged.reduce((sum, r) => sum + monthsBetween(r.start, r.end), 0);
  const gaps: { from: YearMonth; to: YearMonth; months: number }[] = [];
  for (let i = 1; i < merged.length; i++) {
    const from = addMonths(merged[i - 1]!.end, 1);
    const to = addMonths(merged[i]!.start, -1);
    const length = monthsBetween(from, to);
    if (length > minGapMonths) gaps.push({ from, to, months: length });
  }
  return { months, gaps: gaps.reverse() };
}
