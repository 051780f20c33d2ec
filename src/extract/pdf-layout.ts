// Reading order from positioned text: pdf.js gives each run of text with its position and font;
// CV writers (LaTeX, Word, Canva, browsers) emit them in any order, so lines, columns and words are
// rebuilt here from geometry, the way a person's eye reads the page.

export interface TextItem {
  str: string;
  /** Left edge and baseline in PDF points, origin bottom-left. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  fontName: string;
}

export interface PageLayout {
  width: number;
  height: number;
  items: TextItem[];
}

export interface LayoutLine {
  text: string;
  x: number;
  y: number;
  fontSize: number;
}

/** Largest and smallest of many numbers without spreading them into arguments (a page may hold a million items). */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Icon fonts (Font Awesome and friends) draw from the Private Use Area; those glyphs carry no text. */
const PRIVATE_USE = /[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]/gu;

export function cleanItems(items: TextItem[]): TextItem[] {
  return items
    .map((item) => ({ ...item, str: item.str.replace(PRIVATE_USE, '').replace(/\u00AD/g, '') }))
    .filter((item) => item.str.trim().length > 0 && item.fontSize > 0);
}

/**
 * Finds a vertical gutter: an x band at least `minGap` wide, between 20% and 80% of the page, that
 * no text crosses except a few full-width lines at the top (the name and headline). Returns its middle.
 */
export function findGutter(items: TextItem[], pageWidth: number, minGap = 12): number | null {
  if (items.length < 12) return null;
  const lo = pageWidth * 0.2;
  const hi = pageWidth * 0.8;
  const step = 2;
  const topBand = maxOf(items.map((i) => i.y)) - 80;
  let best: { start: number; end: number } | null = null;
  let runStart: number | null = null;
  for (let x = lo; x <= hi + step; x += step) {
    const crossing =
      x > hi ? Infinity : items.filter((i) => i.x < x && i.x + i.width > x && i.y < topBand).length;
    if (crossing === 0) {
      runStart ??= x;
    } else if (runStart !== null) {
      if (x - runStart >= minGap && (!best || x - runStart > best.end - best.start))
        best = { start: runStart, end: x };
      runStart = null;
    }
  }
  if (!best) return null;
  const mid = (best.start + best.end) / 2;
  const left = items.filter((i) => i.x + i.width <= mid && i.y < topBand).length;
  const right = items.filter((i) => i.x >= mid && i.y < topBand).length;
  // Both sides must hold real text, not a lone page number or a ragged right edge.
  const body = items.filter((i) => i.y < topBand).length;
  return left >= body * 0.12 && right >= body * 0.12 ? mid : null;
}

/** Groups items into lines by baseline, left to right, joining letters and words by their gaps. */
export function toLines(items: TextItem[]): LayoutLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    // Items come sorted top to bottom, so a line can only continue the last few lines opened: looking
    // back a little keeps this linear on pages with a huge number of items.
    const row = rows
      .slice(-4)
      .find((r) => Math.abs(r[0]!.y - item.y) <= Math.max(2, Math.min(r[0]!.fontSize, item.fontSize) * 0.4));
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      return {
        text: joinRow(row),
        x: row[0]!.x,
        y: row[0]!.y,
        fontSize: maxOf(row.map((i) => i.fontSize)),
      };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
}

/**
 * Joins the runs of one line. Touching runs are one word (a name set in two fonts, a word split by
 * kerning); a space-sized gap is a space; a wide gap (right-aligned dates) becomes three spaces so
 * later stages can tell columns of a line apart. Letter-spaced text ("J A N E  D O E") is read as
 * words: single letters with even gaps join, and only the wider gaps between them are spaces.
 */
function joinRow(row: TextItem[]): string {
  const singles = row.filter((i) => i.str.trim().length === 1).length;
  const letterSpaced = row.length >= 4 && singles / row.length > 0.8;
  const gaps = row.slice(1).map((item, k) => item.x - (row[k]!.x + row[k]!.width));
  const medianGap = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  let text = row[0]!.str;
  row.slice(1).forEach((item, k) => {
    const gap = gaps[k]!;
    const size = Math.min(item.fontSize, row[k]!.fontSize);
    const prev = text;
    let sep: string;
    if (letterSpaced) sep = gap > Math.max(medianGap * 1.8, size * 0.5) ? ' ' : '';
    else if (gap > size * 2.5) sep = '   ';
    else if (gap > size * 0.15) sep = ' ';
    else sep = '';
    if (sep === '' && /\s$/.test(prev)) sep = '';
    if (sep === ' ' && (/\s$/.test(prev) || /^\s/.test(item.str))) sep = '';
    text = prev + sep + item.str;
  });
  // The lookbehind makes a long run of blanks cost linear time: without it each blank began a
  // match that failed at the run's end.
  return text.replace(/(?<![ \t])[ \t]+$/g, '').replace(/^\s+/, '');
}

/** Page text in reading order: full-width lines at the top, then the left column, then the right. */
export function readPage(page: PageLayout): { lines: LayoutLine[]; columns: number } {
  const items = cleanItems(page.items);
  const gutter = findGutter(items, page.width);
  if (gutter === null) return { lines: toLines(items), columns: 1 };
  const topBand = maxOf(items.map((i) => i.y)) - 80;
  const crossing = items.filter((i) => i.x < gutter && i.x + i.width > gutter);
  const header = crossing.filter((i) => i.y >= topBand);
  // The header band holds the lines that cross the gutter; everything below splits at it.
  const headerTop = header.length ? minOf(header.map((i) => i.y)) : Infinity;
  const inHeader = (i: TextItem) => i.y >= headerTop - 1;
  const left = items.filter((i) => !inHeader(i) && i.x < gutter);
  const right = items.filter((i) => !inHeader(i) && i.x >= gutter);
  return { lines: [...toLines(items.filter(inHeader)), ...toLines(left), ...toLines(right)], columns: 2 };
}

/** "optimi-" + "sation of queries" -> "optimisation of queries"; "e-" + "Commerce" stays. */
export function joinHyphenated(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /\p{Ll}-$/u.test(prev) && /^\p{Ll}/u.test(line) && !/\s-$/.test(prev)) {
      const [first, ...rest] = line.split(' ');
      out[out.length - 1] = prev.slice(0, -1) + first;
      if (rest.length) out.push(rest.join(' '));
    } else out.push(line);
  }
  return out;
}

// ---- Transformation matrices [a b c d e f], as PDF content streams and pdf.js give them ----

export type Matrix = [number, number, number, number, number, number];

/** m1 then m2: the PDF `cm` rule, new CTM = m1 x m2. */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a, b, c, d, e, f] = m1;
  const [A, B, C, D, E, F] = m2;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
