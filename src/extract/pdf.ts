// First: keeps the engine's built-ins aside before pdf.js (core-js) replaces them (see builtins.ts).
import { keepNativeBuiltins } from './builtins.js';
import { PDFParse } from 'pdf-parse';
import type { Extraction, LayoutFacts } from '../model.js';
import {
  apply,
  joinHyphenated,
  maxOf,
  minOf,
  multiply,
  readPage,
  type Matrix,
  type TextItem,
} from './pdf-layout.js';
import { damageDetail } from './damage.js';
import { operatorListIrrelevant } from './pdf-scan.js';

keepNativeBuiltins();

export interface PdfLimits {
  maxPages: number;
}

// The parts of pdf.js (under pdf-parse v2) this module reads.
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: unknown[]; styles: Record<string, { fontFamily?: string }> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  getAnnotations(): Promise<
    { subtype?: string; url?: string; unsafeUrl?: string; hasAppearance?: boolean }[]
  >;
  cleanup(): void;
}
interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

// pdf.js operator codes (OPS) used to find the fill colour and size of each piece of text.
const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  moveText: 40,
  setFont: 37,
  setTextMatrix: 42,
  showText: 44,
  showSpacedText: 45,
  nextLineShowText: 46,
  nextLineSetSpacingShowText: 47,
  setFillGray: 57,
  setFillRGBColor: 59,
  setFillCMYKColor: 61,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintImageMaskXObject: 83,
} as const;

/**
 * PDF through pdf-parse v2's pdf.js: text items with positions and fonts, read in layout order, plus
 * the geometry facts the rubric needs (body font size, margins, columns), embedded images, and text a
 * reader cannot see (white or tiny), which is kept out of the text and reported instead.
 */
export async function extractPdf(
  bytes: Uint8Array,
  limits: PdfLimits,
  options: { scan?: boolean } = {},
): Promise<Extraction> {
  // When the file's own content streams show the operator list cannot matter (no image, no text
  // that could be hidden), pages whose annotations need no appearance skip getOperatorList.
  // `scan: false` turns that shortcut off (the regression test compares both ways).
  const opsIrrelevant = options.scan !== false && operatorListIrrelevant(bytes);
  // pdf.js takes ownership of the buffer it is given; hand it a copy so the caller's stays valid.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
  try {
    // `load` is pdf-parse's own loader (exceptions mapped to PasswordException etc.); it is public at
    // run time though typed private, and the version is pinned.
    const doc = await (parser as unknown as { load(): Promise<PdfDocument> }).load();
    if (doc.numPages > limits.maxPages) {
      return {
        ok: false,
        status: 'too-large',
        message: `${doc.numPages} pages, over the limit of ${limits.maxPages}`,
      };
    }
    const pageTexts: string[] = [];
    const links = new Set<string>();
    const fontSizes = new Map<number, number>();
    const fonts = new Set<string>();
    const hiddenText: string[] = [];
    let images = 0;
    let columns = 1;
    let margins: LayoutFacts['margins'] = null;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // Without the shortcut, the calls keep their original order (so does any error they raise).
      const early = opsIrrelevant ? await page.getAnnotations() : null;
      const needOps = !early || early.some((a) => a.subtype !== 'Link' || a.hasAppearance !== false);
      const ops = needOps ? await page.getOperatorList() : null;
      const hidden = ops ? hiddenRuns(ops) : [];
      hiddenText.push(...hidden.map((h) => h.trim()).filter(Boolean));
      if (ops) {
        images += ops.fnArray.filter(
          (f) => f === OPS.paintImageXObject || f === OPS.paintInlineImageXObject,
        ).length;
      }
      for (const a of early ?? (await page.getAnnotations())) {
        const url = a.url ?? a.unsafeUrl;
        if (a.subtype === 'Link' && url) links.add(url);
      }
      const items = toItems(content.items, hidden, width, height);
      for (const item of items) {
        const size = Math.round(item.fontSize * 2) / 2;
        fontSizes.set(size, (fontSizes.get(size) ?? 0) + item.str.length);
        fonts.add(content.styles[item.fontName]?.fontFamily ?? item.fontName);
      }
      const read = readPage({ width, height, items });
      columns = Math.max(columns, read.columns);
      if (n === 1 && items.length) margins = pageMargins(items, width, height);
      pageTexts.push(joinHyphenated(read.lines.map((l) => l.text)).join('\n'));
      page.cleanup();
    }
    const layout: LayoutFacts = {
      columns,
      bodyFontSize: modeOf(fontSizes),
      margins,
      fonts: fonts.size,
      images,
      hiddenText: [...new Set(hiddenText)].slice(0, 50),
    };
    return {
      ok: true,
      format: 'pdf',
      text: pageTexts.join('\n\f\n'),
      pages: doc.numPages,
      links: [...links],
      hasImages: images > 0,
      layout,
    };
  } catch (error) {
    return pdfFailure(error);
  } finally {
    await parser.destroy().catch(() => undefined);
    // pdf.js loads its worker half with the first document, and core-js with it.
    keepNativeBuiltins();
  }
}

/** Text items on the page, minus runs nobody can see and items drawn off the page. */
function toItems(raw: unknown[], hidden: string[], width: number, height: number): TextItem[] {
  const hiddenLeft = new Map<string, number>();
  for (const h of hidden) hiddenLeft.set(h.trim(), (hiddenLeft.get(h.trim()) ?? 0) + 1);
  const items: TextItem[] = [];
  for (const r of raw as RawItem[]) {
    if (typeof r.str !== 'string' || !r.transform) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = r.transform;
    const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || r.height || 0;
    const key = r.str.trim();
    const count = hiddenLeft.get(key) ?? 0;
    if (key && count > 0) {
      hiddenLeft.set(key, count - 1);
      continue;
    }
    if (x > width + 5 || y > height + 5 || x + (r.width ?? 0) < -5 || y < -5) continue;
    items.push({ str: r.str, x, y, width: r.width ?? 0, fontSize, fontName: r.fontName ?? '' });
  }
  return items;
}

function asMatrix(value: unknown): Matrix | null {
  const v = (
    Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : []
  ) as number[];
  return v.length >= 6 && v.slice(0, 6).every((n) => Number.isFinite(Number(n)))
    ? (v.slice(0, 6).map(Number) as Matrix)
    : null;
}

const FILL_PATH_OPS = new Set([22, 23, 24, 25, 26, 27]);

/**
 * Runs of text a reader cannot see: drawn in white or near-white on a light background, or smaller
 * than 3 points. White text on a dark sidebar is visible and is kept. Follows the transform, the fill
 * colour, filled rectangles, the font size and the text position through the page's operators.
 */
function hiddenRuns(ops: { fnArray: number[]; argsArray: unknown[][] }): string[] {
  const runs: string[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fill = 0; // lightness of the fill colour: 0 black .. 1 white
  let size = 12;
  let textMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: { ctm: Matrix; fill: number }[] = [];
  const boxes: { x0: number; y0: number; x1: number; y1: number; light: number }[] = [];
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, fill });
        break;
      case OPS.restore:
        ({ ctm, fill } = stack.pop() ?? { ctm, fill });
        break;
      case OPS.transform: {
        const m = asMatrix(args);
        if (m) ctm = multiply(m, ctm);
        break;
      }
      case OPS.constructPath: {
        const box = asMatrix([...Object.values((args[2] ?? {}) as object), 0, 0]);
        if (FILL_PATH_OPS.has(Number(args[0])) && box) {
          const [x0, y0] = apply(ctm, box[0], box[1]);
          const [x1, y1] = apply(ctm, box[2], box[3]);
          boxes.push({
            x0: Math.min(x0, x1),
            y0: Math.min(y0, y1),
            x1: Math.max(x0, x1),
            y1: Math.max(y0, y1),
            light: fill,
          });
        }
        break;
      }
      case OPS.setFillGray:
        fill = Number(args[0] ?? 0);
        break;
      case OPS.setFillRGBColor:
        fill = lightness(args);
        break;
      case OPS.setFillCMYKColor:
        fill =
          1 -
          Math.min(
            1,
            Number(args[3] ?? 0) + Math.max(Number(args[0] ?? 0), Number(args[1] ?? 0), Number(args[2] ?? 0)),
          );
        break;
      case OPS.setFont:
        size = Math.abs(Number(args[1] ?? 12));
        break;
      case OPS.setTextMatrix:
        textMatrix = asMatrix(args[0] ?? args) ?? textMatrix;
        break;
      case OPS.moveText:
        textMatrix = multiply([1, 0, 0, 1, Number(args[0] ?? 0), Number(args[1] ?? 0)], textMatrix);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
      case OPS.nextLineShowText:
      case OPS.nextLineSetSpacingShowText: {
        const full = multiply(textMatrix, ctm);
        const effective = size * Math.hypot(full[2], full[3]);
        const [x, y] = apply(full, 0, 0);
        // The box drawn last under the text is its background.
        const background = [...boxes]
          .reverse()
          .find((b) => x >= b.x0 - 1 && x <= b.x1 + 1 && y >= b.y0 - 1 && y <= b.y1 + 1);
        const invisibleColour =
          Math.abs(fill - (background?.light ?? 1)) < 0.08 || (fill > 0.92 && (background?.light ?? 1) > 0.6);
        if (invisibleColour || effective < 3) {
          const text = glyphText(args[args.length - 1] ?? args[0]);
          if (text.trim()) runs.push(text);
        }
        break;
      }
    }
  });
  return runs;
}

function lightness(args: unknown[]): number {
  const first = args[0];
  if (typeof first === 'string' && /^#[0-9a-f]{6}$/i.test(first)) {
    const [r, g, b] = [1, 3, 5].map((k) => parseInt(first.slice(k, k + 2), 16) / 255) as [
      number,
      number,
      number,
    ];
    return Math.min(r, g, b);
  }
  const nums = args.slice(0, 3).map(Number);
  return nums.length === 3 && nums.every((n) => Number.isFinite(n))
    ? Math.min(...nums) / (Math.max(...nums) > 1 ? 255 : 1)
    : 0;
}

function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  return glyphs
    .map((g) =>
      g && typeof g === 'object' && 'unicode' in g
        ? String((g as { unicode: string }).unicode)
        : typeof g === 'number' && g < -200
          ? ' '
          : '',
    )
    .join('');
}

function pageMargins(items: TextItem[], width: number, height: number): LayoutFacts['margins'] {
  const left = minOf(items.map((i) => i.x));
  const right = width - maxOf(items.map((i) => i.x + i.width));
  const top = height - maxOf(items.map((i) => i.y + i.fontSize));
  const bottom = minOf(items.map((i) => i.y));
  const round = (v: number) => Math.max(0, Math.round(v));
  return { left: round(left), right: round(right), top: round(top), bottom: round(bottom) };
}

function modeOf(counts: Map<number, number>): number | null {
  let best: [number, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best ? best[0] : null;
}

function pdfFailure(error: unknown): Extraction {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return { ok: false, status: 'protected', message: 'The PDF is password-protected' };
  }
  return {
    ok: false,
    status: 'malformed',
    message: `The PDF could not be read (${damageDetail(error, 120)})`,
  };
}
