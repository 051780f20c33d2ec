// Generates the sample applicants, job postings and ground truth the demo and tests run on.
//
//   npx tsx scripts/make-samples.ts      (or: npm run samples)
//
// Every candidate is defined once below as data; the same object is rendered to its file (PDF, DOCX, text,
// Markdown) and turned into samples/expected/<file>.json, so a file and its ground truth cannot disagree.
// Output is deterministic: fixed PDF dates and IDs, fixed DOCX dates and zip times, a seeded PRNG for the ids
// docx would otherwise draw from Math.random, and no other randomness.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ParagraphChild } from 'docx';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = join(ROOT, 'samples');
const APPLICANTS = join(SAMPLES, 'applicants');
const EXPECTED = join(SAMPLES, 'expected');
const JOBS = join(SAMPLES, 'jobs');

// ------------------------------------------------------------------------------------------ data model

type DateStyle = 'mon' | 'month' | 'mm/yyyy' | 'yyyy' | 'mon.' | 'since';
type PosStyle = 'dash' | 'at-right' | 'org-first' | 'pipe' | 'comma-paren';
type Quality = 'strong' | 'good' | 'medium' | 'weak' | 'off-target';

interface Role {
  t: 'role';
  title: string;
  org: string;
  city: string | null;
  /** 'YYYY-MM'; year-only date styles print only the year. */
  start: string;
  /** 'YYYY-MM', or null for a current position. */
  end: string | null;
  /** Overrides the CV's date style for this position (the CVs with mixed date styles). */
  style?: DateStyle;
  bullets: string[];
}
interface Edu {
  t: 'edu';
  degree: string;
  institution: string;
  city?: string;
  /** 'YYYY' or 'YYYY-MM', printed with exactly that precision. */
  start?: string;
  end: string;
}
interface Para {
  t: 'para';
  text: string;
}
interface Line {
  t: 'line';
  text: string;
}
interface BulletItem {
  t: 'bullet';
  text: string;
}
interface Skills {
  t: 'skills';
  label?: string;
  items: string[];
  display?: 'comma' | 'bullets' | 'pipes';
}
interface Project {
  t: 'project';
  name: string;
  tech?: string;
  bullets: string[];
}
/** The candidate's contact details, one per line (two-column sidebars). */
interface ContactItem {
  t: 'contact';
}
type Item = Role | Edu | Para | Line | BulletItem | Skills | Project | ContactItem;

interface Section {
  heading: string;
  items: Item[];
}

interface Person {
  name: string;
  headline?: string;
  emails: string[];
  phones: string[];
  /** As written in the CV: "github.com/janedoe" or a full URL. */
  links: string[];
  location: string;
}

interface Cv {
  person: Person;
  dateStyle: DateStyle;
  posStyle: PosStyle;
  sections: Section[];
  /** Two-column layouts only: the left sidebar. */
  sidebar?: Section[];
  photo?: boolean;
  personalDetails?: boolean;
}

interface PdfOpts {
  fonts?: 'helvetica' | 'times';
  size?: number;
  margin?: number;
  accent?: string;
  /** Link annotations over the URLs of the contact line. */
  linkAnnotations?: boolean;
  /** Two-column: the order text is written to the content stream. */
  order?: 'sidebar-first' | 'main-first' | 'by-line';
  sidebarFill?: string;
  sidebarText?: string;
  password?: string;
}
interface TxtOpts {
  headings: 'upper' | 'upper-underline' | 'upper-colon' | 'title';
  bullet: string;
  /** Hard-wrap paragraphs and bullets at this many columns (0: one line per paragraph). */
  wrap: number;
  contact: 'line' | 'labelled';
}
interface MdOpts {
  links: 'labelled' | 'autolink';
}
interface DocxOpts {
  headings: 'styles' | 'bold';
  font: string;
}

type Kind =
  | 'pdf-one-column'
  | 'pdf-two-column'
  | 'docx'
  | 'docx-table'
  | 'txt'
  | 'md'
  | 'encrypted'
  | 'truncated'
  | 'scan'
  | 'empty';

interface Spec {
  file: string;
  kind: Kind;
  quality?: Quality;
  cv?: Cv;
  tests: string;
  pdf?: PdfOpts;
  txt?: TxtOpts;
  md?: MdOpts;
  docx?: DocxOpts;
  sameCandidateAs?: string;
  /** Sanity checks on the rendered page count. */
  pages?: { min?: number; max?: number };
}

const role = (
  title: string,
  org: string,
  city: string | null,
  start: string,
  end: string | null,
  bullets: string[],
  style?: DateStyle,
): Role => ({ t: 'role', title, org, city, start, end, bullets, ...(style ? { style } : {}) });
const edu = (
  degree: string,
  institution: string,
  end: string,
  more: { city?: string; start?: string } = {},
): Edu => ({ t: 'edu', degree, institution, end, ...more });
const para = (text: string): Para => ({ t: 'para', text });
const line = (text: string): Line => ({ t: 'line', text });
const bullet = (text: string): BulletItem => ({ t: 'bullet', text });
const skills = (items: string[], label?: string, display?: Skills['display']): Skills => ({
  t: 'skills',
  items,
  ...(label ? { label } : {}),
  ...(display ? { display } : {}),
});
const project = (name: string, tech: string | undefined, bullets: string[]): Project => ({
  t: 'project',
  name,
  bullets,
  ...(tech ? { tech } : {}),
});
const contact: ContactItem = { t: 'contact' };
const sec = (heading: string, ...items: Item[]): Section => ({ heading, items });

// ------------------------------------------------------------------------------------------ dates

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MON_DOT = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Oct.',
  'Nov.',
  'Dec.',
];

const STYLE_LABEL: Record<DateStyle, string> = {
  mon: 'Mon YYYY',
  month: 'Month YYYY',
  'mm/yyyy': 'MM/YYYY',
  yyyy: 'YYYY',
  'mon.': 'Mon. YYYY',
  since: 'since YYYY',
};

function ym(value: string): { y: string; m: number | null } {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!match?.[1]) throw new Error(`bad date ${value}`);
  return { y: match[1], m: match[2] ? Number(match[2]) : null };
}

function point(value: string, style: DateStyle): string {
  const { y, m } = ym(value);
  if (m === null || style === 'yyyy' || style === 'since') return y;
  const i = m - 1;
  switch (style) {
    case 'mon':
      return `${MON[i]} ${y}`;
    case 'month':
      return `${MONTH[i]} ${y}`;
    case 'mon.':
      return `${MON_DOT[i]} ${y}`;
    case 'mm/yyyy':
      return `${String(m).padStart(2, '0')}/${y}`;
  }
}

function range(start: string, end: string | null, style: DateStyle): string {
  const a = point(start, style);
  switch (style) {
    case 'mon':
      return `${a} – ${end ? point(end, style) : 'Present'}`;
    case 'month':
      return `${a} - ${end ? point(end, style) : 'Present'}`;
    case 'mm/yyyy':
      return `${a} - ${end ? point(end, style) : 'Present'}`;
    case 'yyyy':
      return `${a}–${end ? point(end, style) : 'Present'}`;
    case 'mon.':
      return `${a} to ${end ? point(end, style) : 'Current'}`;
    case 'since':
      if (end) throw new Error('"since" only fits a current position');
      return `since ${a}`;
  }
}

const roleDates = (r: Role, cv: Cv): string => range(r.start, r.end, r.style ?? cv.dateStyle);

function eduDates(e: Edu, cv: Cv): string {
  const style = cv.dateStyle === 'since' ? 'yyyy' : cv.dateStyle;
  const sep = style === 'yyyy' ? '–' : ' – ';
  return e.start ? `${point(e.start, style)}${sep}${point(e.end, style)}` : point(e.end, style);
}

/** The reading a person makes of a position's dates: year-only ranges run from January to December. */
function expectedRange(r: Role, cv: Cv): { start: string; end: string | null; current: boolean } {
  const style = r.style ?? cv.dateStyle;
  const yearOnly = style === 'yyyy' || style === 'since';
  const s = ym(r.start);
  const start = yearOnly ? `${s.y}-01` : r.start;
  if (r.end === null) return { start, end: null, current: true };
  const e = ym(r.end);
  return { start, end: yearOnly ? `${e.y}-12` : r.end, current: false };
}

// ------------------------------------------------------------------------------------------ helpers

const normUrl = (link: string): string => (/^https?:\/\//.test(link) ? link : `https://${link}`);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
}

/** docx draws relationship ids from Math.random (nanoid); run it with a PRNG seeded from the file name. */
async function withSeededRandom<T>(seed: number, fn: () => Promise<T>): Promise<T> {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return await fn();
  } finally {
    Math.random = original;
  }
}

/** A fixed "written on" date per file, so metadata looks plausible and never changes. */
function fileDate(index: number): Date {
  return new Date(Date.UTC(2026, 0, 5 + (index % 20), 9 + (index % 8), (index * 7) % 60, 0));
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A greyscale PNG drawn by a pixel function. */
function png(width: number, height: number, pixel: (x: number, y: number) => number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = pixel(x, y);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A head-and-shoulders silhouette: the "photo" some applicants still put on a CV. */
const PHOTO = png(96, 120, (x, y) => {
  const head = ((x - 48) / 21) ** 2 + ((y - 46) / 26) ** 2 <= 1;
  const shoulders = ((x - 48) / 46) ** 2 + ((y - 128) / 42) ** 2 <= 1;
  return head ? 96 : shoulders ? 70 : 214 - Math.floor(y / 12);
});

/** A page "scanned" at 72 dpi: dark bars where lines of text would be, and no text layer at all. */
const SCAN = (() => {
  const rnd = mulberry32(20260112);
  const width = 595;
  const height = 842;
  const bars: { x0: number; x1: number; y0: number; y1: number }[] = [];
  bars.push({ x0: 60, x1: 300, y0: 60, y1: 84 }); // the name
  bars.push({ x0: 60, x1: 470, y0: 96, y1: 104 }); // contact line
  let y = 130;
  while (y < 780) {
    const heading = rnd() < 0.12;
    if (heading) {
      y += 10;
      bars.push({ x0: 60, x1: 60 + 90 + Math.floor(rnd() * 60), y0: y, y1: y + 10 });
      y += 22;
      continue;
    }
    const indent = rnd() < 0.6 ? 14 : 0;
    bars.push({ x0: 60 + indent, x1: 60 + indent + 200 + Math.floor(rnd() * 270), y0: y, y1: y + 7 });
    y += 14;
  }
  return png(width, height, (px, py) => {
    const skewed = py + Math.floor(px / 200); // a slightly crooked scan
    for (const b of bars) if (px >= b.x0 && px < b.x1 && skewed >= b.y0 && skewed < b.y1) return 48;
    return 242;
  });
})();

/** Sets the DOS times of every entry of a zip file, so a DOCX does not carry the moment it was built. */
function fixZipTimes(input: Buffer, date: Date): Buffer {
  const buf = Buffer.from(input);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad zip central directory');
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(day, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('bad zip local header');
    buf.writeUInt16LE(time, local + 10);
    buf.writeUInt16LE(day, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
function assertWinAnsi(text: string, file: string): void {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) continue;
    throw new Error(`${file}: "${ch}" cannot be drawn with a standard PDF font (in "${text}")`);
  }
}

function contactItems(p: Person): { text: string; url?: string }[] {
  return [
    ...p.emails.map((text) => ({ text })),
    ...p.phones.map((text) => ({ text })),
    ...p.links.map((text) => ({ text, url: normUrl(text) })),
    { text: p.location },
  ];
}

// ------------------------------------------------------------------------------------------ PDF

type Pdf = InstanceType<typeof PDFDocument>;

interface TextStyle {
  font: string;
  size: number;
  color?: string;
  lead?: number;
}

type Op =
  | { k: 'text'; page: number; x: number; y: number; text: string; font: string; size: number; color: string }
  | { k: 'link'; page: number; x: number; y: number; w: number; h: number; url: string }
  | { k: 'rect'; page: number; x: number; y: number; w: number; h: number; color: string }
  | { k: 'rule'; page: number; x1: number; x2: number; y: number; color: string; width: number }
  | { k: 'image'; page: number; x: number; y: number; w: number; h: number; data: Buffer };

/** A column of text laid out line by line at explicit positions, wrapped by measuring the standard fonts. */
class Column {
  readonly ops: Op[] = [];
  page = 0;
  y: number;

  constructor(
    private readonly doc: Pdf,
    readonly file: string,
    readonly x: number,
    readonly width: number,
    top: number,
    private readonly bottom: number,
    private readonly nextTop: number = top,
  ) {
    this.y = top;
  }

  measure(text: string, st: TextStyle): number {
    return this.doc.font(st.font).fontSize(st.size).widthOfString(text);
  }

  lead(st: TextStyle): number {
    return st.lead ?? st.size * 1.32;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) {
      this.page++;
      this.y = this.nextTop;
    }
  }

  wrap(text: string, st: TextStyle, width: number): string[] {
    const lines: string[] = [];
    let cur = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = cur ? `${cur} ${word}` : word;
      if (cur && this.measure(next, st) > width) {
        lines.push(cur);
        cur = word;
      } else cur = next;
    }
    if (cur) lines.push(cur);
    return lines;
  }

  put(text: string, st: TextStyle, x: number): void {
    assertWinAnsi(text, this.file);
    this.ops.push({
      k: 'text',
      page: this.page,
      x,
      y: this.y,
      text,
      font: st.font,
      size: st.size,
      color: st.color ?? '#1a1a1a',
    });
  }

  para(text: string, st: TextStyle, indent = 0): void {
    for (const l of this.wrap(text, st, this.width - indent)) {
      this.ensure(this.lead(st));
      this.put(l, st, this.x + indent);
      this.y += this.lead(st);
    }
  }

  bullet(text: string, st: TextStyle, indent = 12): void {
    this.wrap(text, st, this.width - indent).forEach((l, i) => {
      this.ensure(this.lead(st));
      if (i === 0) this.put('•', st, this.x + 2);
      this.put(l, st, this.x + indent);
      this.y += this.lead(st);
    });
  }

  split(left: string, ls: TextStyle, right: string, rs: TextStyle): void {
    const wr = this.measure(right, rs);
    if (this.measure(left, ls) + wr + 16 > this.width) {
      this.para(left, ls);
      this.para(right, rs);
      return;
    }
    const h = Math.max(this.lead(ls), this.lead(rs));
    this.ensure(h);
    this.put(left, ls, this.x);
    this.put(right, rs, this.x + this.width - wr);
    this.y += h;
  }

  /** Items joined by a separator, wrapped between items, with link annotations over the URLs. */
  joined(items: { text: string; url?: string }[], st: TextStyle, sep: string, annotate: boolean): void {
    const sepW = this.measure(sep, st);
    let x = this.x;
    let first = true;
    this.ensure(this.lead(st));
    for (const item of items) {
      const w = this.measure(item.text, st);
      if (!first && x + sepW + w > this.x + this.width) {
        this.y += this.lead(st);
        this.ensure(this.lead(st));
        x = this.x;
        first = true;
      }
      if (!first) {
        this.put(sep.trim(), st, x + this.measure(' ', st));
        x += sepW;
      }
      this.put(item.text, st, x);
      if (annotate && item.url) {
        this.ops.push({ k: 'link', page: this.page, x, y: this.y, w, h: st.size * 1.2, url: item.url });
      }
      x += w;
      first = false;
    }
    this.y += this.lead(st);
  }

  linkLine(text: string, url: string | undefined, st: TextStyle, annotate: boolean): void {
    this.ensure(this.lead(st));
    this.put(text, st, this.x);
    if (annotate && url) {
      const w = this.measure(text, st);
      this.ops.push({ k: 'link', page: this.page, x: this.x, y: this.y, w, h: st.size * 1.2, url });
    }
    this.y += this.lead(st);
  }

  rule(color: string, width = 0.6): void {
    this.ops.push({
      k: 'rule',
      page: this.page,
      x1: this.x,
      x2: this.x + this.width,
      y: this.y,
      color,
      width,
    });
  }

  gap(n: number): void {
    this.y += n;
  }
}

interface PdfTheme {
  regular: string;
  bold: string;
  italic: string;
  size: number;
  accent: string;
}

function theme(o: PdfOpts): PdfTheme {
  const times = o.fonts === 'times';
  return {
    regular: times ? 'Times-Roman' : 'Helvetica',
    bold: times ? 'Times-Bold' : 'Helvetica-Bold',
    italic: times ? 'Times-Italic' : 'Helvetica-Oblique',
    size: o.size ?? 10.5,
    accent: o.accent ?? '#1f3a5f',
  };
}

function pdfHeading(col: Column, th: PdfTheme, heading: string, color: string): void {
  const st = { font: th.bold, size: th.size + 1, color };
  col.gap(th.size * 0.9);
  col.ensure(col.lead(st) + col.lead({ font: th.regular, size: th.size }) * 3);
  col.para(heading, st);
  col.rule(color);
  col.gap(4);
}

function pdfItem(col: Column, th: PdfTheme, cv: Cv, item: Item, annotate: boolean): void {
  const body = { font: th.regular, size: th.size };
  const bold = { font: th.bold, size: th.size };
  const dim = { font: th.italic, size: th.size - 0.5, color: '#555555' };
  switch (item.t) {
    case 'para':
      col.para(item.text, body);
      col.gap(3);
      return;
    case 'line':
      col.para(item.text, body);
      return;
    case 'bullet':
      col.bullet(item.text, body);
      return;
    case 'skills': {
      if (item.display === 'bullets') {
        if (item.label) col.para(item.label, bold);
        for (const s of item.items) col.bullet(s, body);
        return;
      }
      const list = item.items.join(item.display === 'pipes' ? ' | ' : ', ');
      col.para(item.label ? `${item.label}: ${list}` : list, body);
      return;
    }
    case 'role': {
      const dates = roleDates(item, cv);
      const where = item.city ? `${item.org}, ${item.city}` : item.org;
      col.gap(4);
      col.ensure(col.lead(body) * 3);
      switch (cv.posStyle) {
        case 'dash':
          col.para(`${item.title} — ${where}`, bold);
          col.para(dates, dim);
          break;
        case 'at-right':
          col.split(`${item.title} at ${where}`, bold, dates, { ...dim, font: th.regular });
          break;
        case 'org-first':
          col.para(item.city ? `${item.org} — ${item.city}` : item.org, bold);
          col.para(`${item.title} | ${dates}`, { ...body, font: th.italic });
          break;
        case 'pipe':
          col.para(`${item.title} | ${item.org}${item.city ? ` | ${item.city}` : ''} | ${dates}`, bold);
          break;
        case 'comma-paren':
          col.para(`${item.title}, ${where} (${dates})`, bold);
          break;
      }
      col.gap(1);
      for (const b of item.bullets) col.bullet(b, body);
      return;
    }
    case 'edu': {
      const where = item.city ? `${item.institution}, ${item.city}` : item.institution;
      const dates = eduDates(item, cv);
      col.gap(2);
      if (cv.posStyle === 'dash') {
        col.para(`${item.degree} — ${where}`, bold);
        col.para(dates, dim);
      } else if (cv.posStyle === 'at-right') {
        col.split(`${item.degree}, ${where}`, bold, dates, { ...dim, font: th.regular });
      } else {
        col.para(`${item.degree}, ${where} (${dates})`, body);
      }
      return;
    }
    case 'project':
      col.gap(3);
      col.para(item.tech ? `${item.name} — ${item.tech}` : item.name, bold);
      for (const b of item.bullets) col.bullet(b, body);
      return;
    case 'contact':
      for (const c of contactItems(cv.person)) col.linkLine(c.text, c.url, body, annotate);
      return;
  }
}

/** Narrow sidebar rendering: one thing per line. */
function sidebarItem(col: Column, th: PdfTheme, cv: Cv, item: Item, color: string, annotate: boolean): void {
  const body = { font: th.regular, size: th.size - 1, color };
  const bold = { font: th.bold, size: th.size - 1, color };
  switch (item.t) {
    case 'contact':
      for (const c of contactItems(cv.person)) col.linkLine(c.text, c.url, body, annotate);
      return;
    case 'skills':
      if (item.label) col.para(item.label, bold);
      for (const s of item.items) col.para(s, body);
      return;
    case 'edu':
      col.para(item.degree, bold);
      col.para(item.city ? `${item.institution}, ${item.city}` : item.institution, body);
      col.para(eduDates(item, cv), body);
      col.gap(4);
      return;
    case 'line':
    case 'para':
      col.para(item.text, body);
      return;
    case 'bullet':
      col.bullet(item.text, body, 9);
      return;
    default:
      throw new Error(`${col.file}: ${item.t} does not belong in a sidebar`);
  }
}

function newPdf(spec: Spec, date: Date): Pdf {
  const o = spec.pdf ?? {};
  const name = spec.cv?.person.name ?? 'Scan';
  return new PDFDocument({
    size: 'A4',
    margin: 10,
    autoFirstPage: true,
    info: {
      Title: spec.cv ? `${name} - CV` : 'Scanned document',
      Author: spec.cv ? name : '',
      Creator: 'shortlist make-samples',
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
    ...(o.password
      ? { userPassword: o.password, ownerPassword: `${o.password}-owner`, pdfVersion: '1.4' }
      : {}),
  });
}

function drawOps(doc: Pdf, ops: Op[], order: 'stream' | 'by-line'): number {
  const indexed = ops.map((op, i) => ({ op, i }));
  indexed.sort((a, b) => {
    if (a.op.page !== b.op.page) return a.op.page - b.op.page;
    if (order === 'stream') return a.i - b.i;
    const ra = a.op.k === 'rect' ? 0 : 1;
    const rb = b.op.k === 'rect' ? 0 : 1;
    if (ra !== rb) return ra - rb;
    const ya = Math.round(a.op.k === 'rule' ? a.op.y : a.op.y);
    const yb = Math.round(b.op.k === 'rule' ? b.op.y : b.op.y);
    if (ya !== yb) return ya - yb;
    const xa = a.op.k === 'rule' ? a.op.x1 : a.op.x;
    const xb = b.op.k === 'rule' ? b.op.x1 : b.op.x;
    return xa - xb || a.i - b.i;
  });
  let page = 0;
  for (const { op } of indexed) {
    while (page < op.page) {
      doc.addPage({ size: 'A4', margin: 10 });
      page++;
    }
    switch (op.k) {
      case 'text':
        doc
          .font(op.font)
          .fontSize(op.size)
          .fillColor(op.color)
          .text(op.text, op.x, op.y, { lineBreak: false });
        break;
      case 'link':
        doc.link(op.x, op.y, op.w, op.h, op.url);
        break;
      case 'rect':
        doc.rect(op.x, op.y, op.w, op.h).fill(op.color);
        break;
      case 'rule':
        doc.moveTo(op.x1, op.y).lineTo(op.x2, op.y).lineWidth(op.width).strokeColor(op.color).stroke();
        break;
      case 'image':
        doc.image(op.data, op.x, op.y, { width: op.w, height: op.h });
        break;
    }
  }
  return page + 1;
}

function finishPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;

async function renderOneColumn(spec: Spec, cv: Cv, date: Date): Promise<{ data: Buffer; pages: number }> {
  const o = spec.pdf ?? {};
  const th = theme(o);
  const doc = newPdf(spec, date);
  const margin = o.margin ?? 56;
  const col = new Column(doc, spec.file, margin, PAGE_W - 2 * margin, margin, PAGE_H - margin);
  const p = cv.person;
  if (cv.photo) {
    const w = 72;
    col.ops.push({ k: 'image', page: 0, x: PAGE_W - margin - w, y: margin, w, h: 90, data: PHOTO });
  }
  col.para(p.name, { font: th.bold, size: 20, color: th.accent, lead: 26 });
  if (p.headline) col.para(p.headline, { font: th.regular, size: th.size + 1.5, color: '#444444' });
  col.gap(2);
  col.joined(contactItems(p), { font: th.regular, size: th.size - 1 }, ' | ', o.linkAnnotations ?? false);
  if (cv.photo) col.y = Math.max(col.y, margin + 96);
  for (const s of cv.sections) {
    pdfHeading(col, th, s.heading, th.accent);
    for (const item of s.items) pdfItem(col, th, cv, item, o.linkAnnotations ?? false);
  }
  const pages = drawOps(doc, col.ops, 'stream');
  return { data: await finishPdf(doc), pages };
}

async function renderTwoColumn(spec: Spec, cv: Cv, date: Date): Promise<{ data: Buffer; pages: number }> {
  const o = spec.pdf ?? {};
  const th = theme(o);
  const doc = newPdf(spec, date);
  const sideW = 200;
  const fill = o.sidebarFill ?? '#eef1f5';
  const ink = o.sidebarText ?? '#1a1a1a';
  const side = new Column(doc, spec.file, 22, sideW - 40, 44, PAGE_H - 36);
  const main = new Column(doc, spec.file, sideW + 22, PAGE_W - sideW - 22 - 36, 44, PAGE_H - 44, 44);
  const background: Op = { k: 'rect', page: 0, x: 0, y: 0, w: sideW, h: PAGE_H, color: fill };

  for (const s of cv.sidebar ?? []) {
    side.gap(side.y > 44 ? 12 : 0);
    side.para(s.heading, { font: th.bold, size: th.size, color: ink });
    side.rule(ink, 0.4);
    side.gap(4);
    for (const item of s.items) sidebarItem(side, th, cv, item, ink, o.linkAnnotations ?? false);
  }
  if (side.page > 0) throw new Error(`${spec.file}: the sidebar overflows the first page`);

  main.para(cv.person.name, { font: th.bold, size: 22, color: th.accent, lead: 28 });
  if (cv.person.headline)
    main.para(cv.person.headline, { font: th.regular, size: th.size + 2, color: '#444444' });
  for (const s of cv.sections) {
    pdfHeading(main, th, s.heading, th.accent);
    for (const item of s.items) pdfItem(main, th, cv, item, o.linkAnnotations ?? false);
  }

  const order = o.order ?? 'sidebar-first';
  const ops =
    order === 'main-first' ? [background, ...main.ops, ...side.ops] : [background, ...side.ops, ...main.ops];
  const pages = drawOps(doc, ops, order === 'by-line' ? 'by-line' : 'stream');
  return { data: await finishPdf(doc), pages };
}

async function renderScan(spec: Spec, date: Date): Promise<Buffer> {
  const doc = newPdf(spec, date);
  doc.image(SCAN, 0, 0, { width: PAGE_W, height: PAGE_H });
  return finishPdf(doc);
}

// ------------------------------------------------------------------------------------------ DOCX

function docxHeading(text: string, o: DocxOpts): Paragraph {
  if (o.headings === 'styles') return new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  return new Paragraph({
    spacing: { before: 240, after: 80 },
    children: [new TextRun({ text: text.toUpperCase(), bold: true, underline: {}, size: 24 })],
  });
}

function docxContactRuns(p: Person, sep: string): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  contactItems(p).forEach((c, i) => {
    if (i > 0) runs.push(new TextRun(sep));
    runs.push(
      c.url
        ? new ExternalHyperlink({
            link: c.url,
            children: [new TextRun({ text: c.text, style: 'Hyperlink' })],
          })
        : new TextRun(c.text),
    );
  });
  return runs;
}

function docxItem(item: Item, cv: Cv): Paragraph[] {
  switch (item.t) {
    case 'para':
      return [new Paragraph({ text: item.text, spacing: { after: 120 } })];
    case 'line':
      return [new Paragraph({ text: item.text })];
    case 'bullet':
      return [new Paragraph({ text: item.text, bullet: { level: 0 } })];
    case 'skills': {
      if (item.display === 'bullets') {
        const head = item.label
          ? [new Paragraph({ children: [new TextRun({ text: item.label, bold: true })] })]
          : [];
        return [...head, ...item.items.map((s) => new Paragraph({ text: s, bullet: { level: 0 } }))];
      }
      const list = item.items.join(item.display === 'pipes' ? ' | ' : ', ');
      return [
        new Paragraph({
          children: item.label
            ? [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun(list)]
            : [new TextRun(list)],
        }),
      ];
    }
    case 'role': {
      const dates = roleDates(item, cv);
      const where = item.city ? `${item.org}, ${item.city}` : item.org;
      const head: Paragraph[] = [];
      switch (cv.posStyle) {
        case 'dash':
          head.push(
            new Paragraph({
              spacing: { before: 160 },
              children: [new TextRun({ text: item.title, bold: true }), new TextRun(` — ${where}`)],
            }),
            new Paragraph({ children: [new TextRun({ text: dates, italics: true, color: '555555' })] }),
          );
          break;
        case 'at-right':
          head.push(
            new Paragraph({
              spacing: { before: 160 },
              tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
              children: [
                new TextRun({ text: `${item.title} at ${where}`, bold: true }),
                new TextRun({ children: [new Tab(), dates] }),
              ],
            }),
          );
          break;
        case 'org-first':
          head.push(
            new Paragraph({
              spacing: { before: 160 },
              children: [
                new TextRun({ text: item.city ? `${item.org} — ${item.city}` : item.org, bold: true }),
              ],
            }),
            new Paragraph({ children: [new TextRun({ text: `${item.title} | ${dates}`, italics: true })] }),
          );
          break;
        case 'pipe':
          head.push(
            new Paragraph({
              spacing: { before: 160 },
              children: [
                new TextRun({ text: item.title, bold: true }),
                new TextRun(` | ${item.org}${item.city ? ` | ${item.city}` : ''} | ${dates}`),
              ],
            }),
          );
          break;
        case 'comma-paren':
          head.push(
            new Paragraph({
              children: [new TextRun({ text: `${item.title}, ${where} (${dates})`, bold: true })],
            }),
          );
          break;
      }
      return [...head, ...item.bullets.map((b) => new Paragraph({ text: b, bullet: { level: 0 } }))];
    }
    case 'edu': {
      const where = item.city ? `${item.institution}, ${item.city}` : item.institution;
      const dates = eduDates(item, cv);
      if (cv.posStyle === 'dash') {
        return [
          new Paragraph({
            children: [new TextRun({ text: item.degree, bold: true }), new TextRun(` — ${where}`)],
          }),
          new Paragraph({ children: [new TextRun({ text: dates, italics: true, color: '555555' })] }),
        ];
      }
      return [new Paragraph({ text: `${item.degree}, ${where} (${dates})` })];
    }
    case 'project':
      return [
        new Paragraph({
          spacing: { before: 120 },
          children: [
            new TextRun({ text: item.tech ? `${item.name} — ${item.tech}` : item.name, bold: true }),
          ],
        }),
        ...item.bullets.map((b) => new Paragraph({ text: b, bullet: { level: 0 } })),
      ];
    case 'contact':
      return contactItems(cv.person).map((c) => new Paragraph({ text: c.text }));
  }
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function docxHeaderTable(p: Person): Table {
  const left = [
    new Paragraph({ children: [new TextRun({ text: p.name, bold: true, size: 40, color: '1F3A5F' })] }),
    ...(p.headline ? [new Paragraph({ children: [new TextRun({ text: p.headline, size: 24 })] })] : []),
  ];
  const right = contactItems(p).map(
    (c) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          c.url
            ? new ExternalHyperlink({
                link: c.url,
                children: [new TextRun({ text: c.text, style: 'Hyperlink' })],
              })
            : new TextRun(c.text),
        ],
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [5200, 4000],
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 5200, type: WidthType.DXA }, children: left }),
          new TableCell({ width: { size: 4000, type: WidthType.DXA }, children: right }),
        ],
      }),
    ],
  });
}

function coreXml(title: string, creator: string, date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(title)}</dc:title><dc:creator>${esc(creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${esc(creator)}</cp:lastModifiedBy><cp:revision>3</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

async function renderDocx(spec: Spec, cv: Cv, date: Date): Promise<Buffer> {
  const o = spec.docx ?? { headings: 'styles', font: 'Calibri' };
  const p = cv.person;
  return withSeededRandom(seedOf(spec.file), async () => {
    const children: (Paragraph | Table)[] = [];
    if (spec.kind === 'docx-table') {
      children.push(docxHeaderTable(p));
    } else {
      children.push(new Paragraph({ text: p.name, heading: HeadingLevel.TITLE }));
      if (p.headline)
        children.push(new Paragraph({ children: [new TextRun({ text: p.headline, size: 26 })] }));
      children.push(new Paragraph({ spacing: { after: 120 }, children: docxContactRuns(p, ' | ') }));
    }
    for (const s of cv.sections) {
      children.push(docxHeading(s.heading, o));
      for (const item of s.items) children.push(...docxItem(item, cv));
    }
    const doc = new Document({
      creator: p.name,
      title: `${p.name} CV`,
      styles: { default: { document: { run: { font: o.font, size: 21 } } } },
      sections: [
        {
          properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } },
          children,
        },
      ],
    });
    const buf = await Packer.toBuffer(doc, false, [
      { path: 'docProps/core.xml', data: coreXml(`${p.name} CV`, p.name, date) },
    ]);
    return fixZipTimes(buf, date);
  });
}

// ------------------------------------------------------------------------------------------ text and Markdown

function hardWrap(text: string, width: number, first: string, rest: string): string[] {
  if (width <= 0) return [first + text];
  const out: string[] = [];
  let cur = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && cur.length + 1 + word.length > width) {
      out.push(cur);
      cur = rest + word;
    } else cur = empty ? cur + word : `${cur} ${word}`;
    empty = false;
  }
  out.push(cur);
  return out;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function renderTxt(spec: Spec, cv: Cv): string {
  const o = spec.txt ?? { headings: 'upper', bullet: '-', wrap: 0, contact: 'line' };
  const p = cv.person;
  const out: string[] = [];
  const w = (text: string, first = '', rest = ''): void => {
    out.push(...hardWrap(text, o.wrap, first, rest));
  };
  out.push(p.name);
  if (p.headline) out.push(p.headline);
  if (o.contact === 'line') {
    out.push(
      contactItems(p)
        .map((c) => c.text)
        .join(' | '),
    );
  } else {
    for (const e of p.emails) out.push(`Email: ${e}`);
    for (const ph of p.phones) out.push(`Phone: ${ph}`);
    for (const l of p.links)
      out.push(`${/github/.test(l) ? 'GitHub' : /linkedin/.test(l) ? 'LinkedIn' : 'Web'}: ${l}`);
    out.push(`Location: ${p.location}`);
  }
  const b = `${o.bullet} `;
  const indent = ' '.repeat(b.length);
  for (const s of cv.sections) {
    out.push('');
    switch (o.headings) {
      case 'upper':
        out.push(s.heading.toUpperCase());
        break;
      case 'upper-underline':
        out.push(s.heading.toUpperCase(), '-'.repeat(s.heading.length));
        break;
      case 'upper-colon':
        out.push(`${s.heading.toUpperCase()}:`);
        break;
      case 'title':
        out.push(titleCase(s.heading));
        break;
    }
    let firstInSection = true;
    for (const item of s.items) {
      if (item.t === 'project' && !firstInSection) out.push('');
      switch (item.t) {
        case 'para':
        case 'line':
          w(item.text);
          break;
        case 'bullet':
          w(item.text, b, indent);
          break;
        case 'skills': {
          if (item.display === 'bullets') {
            if (item.label) out.push(`${item.label}:`);
            for (const x of item.items) out.push(b + x);
          } else {
            const list = item.items.join(item.display === 'pipes' ? ' | ' : ', ');
            w(item.label ? `${item.label}: ${list}` : list, '', '  ');
          }
          break;
        }
        case 'role': {
          const dates = roleDates(item, cv);
          const where = item.city ? `${item.org}, ${item.city}` : item.org;
          if (!firstInSection) out.push('');
          switch (cv.posStyle) {
            case 'dash':
              out.push(`${item.title} — ${where}`, dates);
              break;
            case 'at-right':
              out.push(`${item.title} at ${where}    ${dates}`);
              break;
            case 'org-first':
              out.push(item.city ? `${item.org} — ${item.city}` : item.org, `${item.title} | ${dates}`);
              break;
            case 'pipe':
              out.push(`${item.title} | ${item.org}${item.city ? ` | ${item.city}` : ''} | ${dates}`);
              break;
            case 'comma-paren':
              out.push(`${item.title}, ${where} (${dates})`);
              break;
          }
          for (const x of item.bullets) w(x, b, indent);
          break;
        }
        case 'edu': {
          const where = item.city ? `${item.institution}, ${item.city}` : item.institution;
          if (cv.posStyle === 'dash') out.push(`${item.degree} — ${where}`, eduDates(item, cv));
          else out.push(`${item.degree}, ${where} (${eduDates(item, cv)})`);
          break;
        }
        case 'project':
          out.push(item.tech ? `${item.name} (${item.tech})` : item.name);
          for (const x of item.bullets) w(x, b, indent);
          break;
        case 'contact':
          for (const c of contactItems(p)) out.push(c.text);
          break;
      }
      firstInSection = false;
    }
  }
  return `${out.join('\n')}\n`;
}

function renderMd(spec: Spec, cv: Cv): string {
  const o = spec.md ?? { links: 'labelled' };
  const p = cv.person;
  const out: string[] = [`# ${p.name}`, ''];
  if (p.headline) out.push(`**${p.headline}**`, '');
  out.push(
    contactItems(p)
      .map((c) => (c.url ? (o.links === 'labelled' ? `[${c.text}](${c.url})` : `<${c.url}>`) : c.text))
      .join(' · '),
  );
  for (const s of cv.sections) {
    out.push('', `## ${titleCase(s.heading)}`, '');
    for (const item of s.items) {
      switch (item.t) {
        case 'para':
          out.push(item.text, '');
          break;
        case 'line':
          out.push(`${item.text}  `);
          break;
        case 'bullet':
          out.push(`- ${item.text}`);
          break;
        case 'skills': {
          if (item.display === 'bullets') {
            if (item.label) out.push(`**${item.label}**`, '');
            for (const x of item.items) out.push(`- ${x}`);
          } else {
            const list = item.items.join(item.display === 'pipes' ? ' | ' : ', ');
            out.push(item.label ? `**${item.label}:** ${list}  ` : list);
          }
          break;
        }
        case 'role': {
          const where = item.city ? `${item.org}, ${item.city}` : item.org;
          out.push(`### ${item.title} — ${where}`, '', `*${roleDates(item, cv)}*`, '');
          for (const x of item.bullets) out.push(`- ${x}`);
          out.push('');
          break;
        }
        case 'edu': {
          const where = item.city ? `${item.institution}, ${item.city}` : item.institution;
          out.push(`**${item.degree}** — ${where} (${eduDates(item, cv)})  `);
          break;
        }
        case 'project':
          out.push(`### ${item.name}${item.tech ? ` (${item.tech})` : ''}`, '');
          for (const x of item.bullets) out.push(`- ${x}`);
          out.push('');
          break;
        case 'contact':
          for (const c of contactItems(p)) out.push(`${c.text}  `);
          break;
      }
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------ ground truth

function allItems(cv: Cv): Item[] {
  return [...cv.sections, ...(cv.sidebar ?? [])].flatMap((s) => s.items);
}

function expectedFor(spec: Spec, pages: number | null): Record<string, unknown> {
  const format = spec.file.slice(spec.file.lastIndexOf('.') + 1).toLowerCase();
  const status =
    spec.kind === 'encrypted'
      ? 'protected'
      : spec.kind === 'truncated'
        ? 'malformed'
        : spec.kind === 'scan'
          ? 'no-text'
          : spec.kind === 'empty'
            ? 'empty'
            : 'ok';
  const layout: Record<Kind, string> = {
    'pdf-one-column': 'one-column',
    'pdf-two-column': 'two-column',
    docx: 'docx',
    'docx-table': 'docx-table',
    txt: 'text',
    md: 'markdown',
    encrypted: 'n/a',
    truncated: 'n/a',
    scan: 'n/a',
    empty: 'n/a',
  };
  const base = { file: spec.file, format, layout: layout[spec.kind], status };
  if (status !== 'ok' || !spec.cv) return { ...base, tests: spec.tests };
  const cv = spec.cv;
  const items = allItems(cv);
  const roles = items.filter((i): i is Role => i.t === 'role');
  const positions = roles.map((r) => ({
    title: r.title,
    organization: r.org,
    location: r.city,
    ...expectedRange(r, cv),
  }));
  const starts = positions.map((p) => p.start);
  const reverseChronological =
    roles.length < 2 ? null : starts.every((s, i) => i === 0 || s <= (starts[i - 1] ?? s));
  const dateStyles = [...new Set(roles.map((r) => STYLE_LABEL[r.style ?? cv.dateStyle]))];
  return {
    ...base,
    quality: spec.quality,
    name: cv.person.name,
    emails: cv.person.emails,
    phones: cv.person.phones,
    links: cv.person.links.map(normUrl),
    location: cv.person.location,
    positions,
    education: items
      .filter((i): i is Edu => i.t === 'edu')
      .map((e) => ({ institution: e.institution, degree: e.degree, end: e.end })),
    skills: items.filter((i): i is Skills => i.t === 'skills').flatMap((s) => s.items),
    ...(spec.sameCandidateAs ? { sameCandidateAs: spec.sameCandidateAs } : {}),
    signals: {
      pages,
      reverseChronological,
      dateStyles,
      photo: cv.photo ?? false,
      personalDetails: cv.personalDetails ?? false,
    },
    tests: spec.tests,
  };
}

// ------------------------------------------------------------------------------------------ the candidates

const amara: Cv = {
  person: {
    name: 'Amara Okafor',
    headline: 'Senior Backend Engineer',
    emails: ['amara.okafor@example.com'],
    phones: ['+44 7700 900123'],
    links: ['linkedin.com/in/amara-okafor', 'github.com/amaraokafor'],
    location: 'London, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'PROFESSIONAL SUMMARY',
      para(
        'Senior Backend Engineer with 9 years building high-throughput payment APIs in Node.js and Go. ' +
          'Scaled event-driven platforms on AWS and Kubernetes to 500M+ daily requests and mentored six engineers.',
      ),
    ),
    sec(
      'KEY SKILLS',
      skills([
        'Node.js',
        'TypeScript',
        'Go',
        'PostgreSQL',
        'Kafka',
        'Kubernetes',
        'AWS',
        'Docker',
        'Redis',
        'Terraform',
      ]),
    ),
    sec(
      'EXPERIENCE',
      role('Senior Backend Engineer', 'Acme Payments', 'London', '2021-03', null, [
        'Reduced p99 latency of the payments API by 40% by replacing N+1 queries with batched PostgreSQL reads.',
        'Architected a Kafka event pipeline processing 500K messages/sec, cutting settlement delays from hours to minutes.',
        'Led migration of 30 Node.js services to Kubernetes on AWS EKS, lowering infrastructure spend by $240K a year.',
        'Mentored six engineers and introduced design reviews that cut production incidents by 35% within a year.',
        'Designed idempotent REST APIs handling 12,000 requests/sec with Redis caching and zero double charges since launch.',
      ]),
      role('Backend Engineer', 'Northwind Logistics', 'Manchester', '2018-06', '2021-02', [
        'Built Go microservices for route planning serving 2M daily requests with 99.95% availability over two years.',
        'Optimised PostgreSQL indexes and partitioning, bringing the slowest report query down from 9s to 300ms.',
        'Automated CI/CD with GitHub Actions and Terraform, taking deployments from weekly to 20 per day.',
        'Introduced Prometheus and Grafana alerting, reducing mean time to recovery from 90 to 25 minutes.',
      ]),
      role('Software Developer', 'Brightside Digital', 'Leeds', '2016-09', '2018-05', [
        'Implemented a Python and Django booking API used by 40 client sites with 150K monthly users.',
        'Wrote integration tests raising coverage from 35% to 85% and halving regressions reported after releases.',
      ]),
    ),
    sec(
      'OPEN SOURCE',
      bullet(
        'Maintainer of pg-batch-loader (1.2K GitHub stars), a PostgreSQL batching library for Node.js services.',
      ),
    ),
    sec('EDUCATION', edu('BSc Computer Science', 'University of Leeds', '2016', { start: '2013' })),
    sec('CERTIFICATIONS', line('AWS Certified Solutions Architect – Associate (2022)')),
  ],
};

const liWei: Cv = {
  person: {
    name: 'Li Wei',
    headline: 'Staff Software Engineer — Distributed Systems',
    emails: ['li.wei@example.org'],
    phones: ['+1 (206) 555-0142'],
    links: ['https://github.com/liwei-dev', 'https://www.linkedin.com/in/li-wei-sea'],
    location: 'Seattle, WA, USA',
  },
  dateStyle: 'mm/yyyy',
  posStyle: 'at-right',
  sections: [
    sec(
      'SUMMARY',
      para(
        'Staff-level backend engineer with 10 years designing distributed systems in Go and Python. ' +
          'Builds gRPC platforms on AWS that serve 50M users with 99.99% uptime.',
      ),
    ),
    sec(
      'PROFESSIONAL EXPERIENCE',
      role('Staff Software Engineer', 'Cascade Cloud', 'Seattle, WA', '2022-01', null, [
        'Designed a multi-region gRPC control plane in Go serving 50M users with 99.99% measured uptime.',
        'Cut AWS compute costs by 28% by right-sizing Kubernetes node pools and adopting Graviton instances.',
        'Defined service ownership and on-call standards across 9 teams, halving paging volume within two quarters.',
        'Drove a PostgreSQL to Aurora migration of 14TB with under five minutes of customer-facing downtime.',
      ]),
      role('Senior Software Engineer', 'Lumen Health Systems', 'Portland, OR', '2018-03', '2021-12', [
        'Built a Python FastAPI claims service processing 3M claims monthly with p95 latency under 120ms.',
        'Introduced event sourcing on Kafka, enabling audit replays that shortened compliance reviews from weeks to days.',
        'Automated infrastructure with Terraform modules reused by 20 services, reducing environment setup from days to hours.',
      ]),
      role('Software Engineer', 'Orbital Retail', 'Seattle, WA', '2015-07', '2018-02', [
        'Implemented inventory REST APIs in Go handling 4,000 requests/sec during Black Friday peak traffic.',
        'Added Redis caching to product search, improving median response time by 60% for mobile shoppers.',
      ]),
    ),
    sec(
      'EDUCATION',
      edu('MS Computer Science', 'University of Washington', '2015-06'),
      edu('BS Mathematics', 'Oregon State University', '2013-06'),
    ),
    sec(
      'CERTIFICATIONS',
      line('AWS Certified Solutions Architect – Professional'),
      line('Certified Kubernetes Application Developer (CKAD)'),
    ),
    sec(
      'TECHNICAL SKILLS',
      skills(['Go', 'Python', 'gRPC', 'PostgreSQL', 'Kafka', 'Kubernetes', 'AWS', 'Terraform', 'Redis']),
    ),
  ],
};

const tomasz: Cv = {
  person: {
    name: 'Tomasz Kowalski',
    headline: 'Backend Developer (Java, Node.js)',
    emails: ['tomasz.kowalski@example.com'],
    phones: ['+44 7700 900456'],
    links: ['linkedin.com/in/tkowalski'],
    location: 'Bristol, UK',
  },
  dateStyle: 'yyyy',
  posStyle: 'org-first',
  sections: [
    sec(
      'PROFILE',
      para(
        'Backend developer with six years of Java and Node.js experience building REST APIs for e-commerce and ' +
          'insurance platforms. Comfortable owning services from design to production support.',
      ),
    ),
    sec(
      'WORK EXPERIENCE',
      role('Backend Developer', 'Orchard Insurance', 'Bristol', '2021-01', null, [
        'Built Node.js and TypeScript quoting APIs that price 80,000 policies a day on AWS Lambda.',
        'Reduced quote calculation errors by 70% after introducing contract tests between pricing and policy services.',
        'Took part in the on-call rotation and wrote runbooks for the five most frequent production alerts.',
        'Worked on migrating legacy SOAP endpoints to REST.',
      ]),
      role('Java Developer', 'Koszyk.pl', 'Warsaw', '2018-01', '2020-12', [
        'Developed Spring Boot microservices for checkout, supporting 1.5M monthly orders during peak season.',
        'Improved PostgreSQL query performance by 45% through index tuning and removing redundant joins.',
        'Containerised eight services with Docker, cutting new developer onboarding from a week to one day.',
      ]),
      role('Junior Java Developer', 'SoftKraft Solutions', 'Kraków', '2016-01', '2017-12', [
        'Maintained internal reporting tools written in Java and Oracle PL/SQL for the finance department.',
      ]),
    ),
    sec(
      'EDUCATION',
      edu('MSc Computer Science', 'AGH University of Science and Technology', '2016', { city: 'Kraków' }),
    ),
    sec(
      'SKILLS',
      skills(
        [
          'Java',
          'Spring Boot',
          'Node.js',
          'TypeScript',
          'PostgreSQL',
          'Docker',
          'AWS Lambda',
          'REST APIs',
          'Git',
        ],
        undefined,
        'pipes',
      ),
    ),
    sec('LANGUAGES', line('Polish (native), English (fluent)')),
  ],
};

const jose: Cv = {
  person: {
    name: 'José Martínez',
    headline: 'Python Developer',
    emails: ['jose.martinez@example.com'],
    phones: ['+44 7700 900789', '+34 612 000 345'],
    links: ['linkedin.com/in/jose-martinez-dev'],
    location: 'London, UK',
  },
  dateStyle: 'month',
  posStyle: 'dash',
  sections: [
    sec(
      'ABOUT ME',
      para(
        'Python developer with four years of experience in Django and PostgreSQL. Looking for a backend role in a ' +
          'product company where I can grow into system design.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Python Developer', 'Tapas Analytics', 'London', '2023-04', null, [
        'Developed Django REST Framework endpoints for the analytics dashboard used by 200 restaurant clients.',
        'Responsible for maintaining Celery background jobs and fixing bugs reported by the support team.',
        'Cut nightly ETL runtime from 3 hours to 40 minutes by moving aggregations into PostgreSQL.',
        'Worked on Docker setup.',
      ]),
      role('Backend Developer', 'Soluciones Nube', 'Madrid', '2020-09', '2023-03', [
        'Worked on the backend of a ticketing platform using Python, Flask and MySQL.',
        'Helped the team with code reviews and deployments.',
        'Wrote unit tests with pytest, increasing coverage of the payments module to 75%.',
      ]),
    ),
    sec('EDUCATION', edu('Grado en Ingeniería Informática', 'Universidad Politécnica de Madrid', '2020')),
    sec(
      'SKILLS',
      skills([
        'Python',
        'Django',
        'Flask',
        'PostgreSQL',
        'MySQL',
        'Celery',
        'Docker',
        'Git',
        'Linux',
        'JavaScript',
      ]),
    ),
    sec('LANGUAGES', line('Spanish (native), English (C1)')),
  ],
};

const kevin: Cv = {
  person: {
    name: 'Kevin Brooks',
    headline: 'Experienced IT Professional / Web Developer / Programmer',
    emails: ['kevin.brooks1975@example.com'],
    phones: ['07700 900321'],
    links: [],
    location: 'Swindon, Wiltshire',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  photo: true,
  personalDetails: true,
  sections: [
    sec(
      'PERSONAL PROFILE',
      para(
        'I am a highly motivated, enthusiastic and reliable IT professional with over twenty five years of experience in ' +
          'the IT industry working across many different areas including programming, web development, IT support, ' +
          'databases, networking and project work. I am a team player who also works well on my own initiative and I ' +
          'pride myself on my excellent communication skills, attention to detail and strong work ethic. Throughout my ' +
          'career I have been responsible for a wide range of tasks and I am always keen to learn new things and take on ' +
          'new challenges. I am now looking for a challenging new role as a Backend Developer where I can use my extensive ' +
          'skills and experience to add value to a forward thinking organisation and continue to develop my career.',
      ),
    ),
    sec(
      'PERSONAL DETAILS',
      line('Date of Birth: 14/02/1975'),
      line('Marital Status: Married with two children'),
      line('Nationality: British'),
      line('Driving Licence: Full clean UK licence'),
      line('Health: Excellent, non-smoker'),
    ),
    sec(
      'KEY SKILLS',
      skills(
        [
          'Team player',
          'Hard worker',
          'Excellent communication skills',
          'Problem-solving',
          'Attention to detail',
          'Self-motivated',
          'Good time management',
        ],
        undefined,
        'bullets',
      ),
    ),
    sec(
      'TECHNICAL SKILLS',
      skills(
        [
          'Visual Basic 6',
          'ColdFusion',
          'ActionScript',
          'Perl',
          'PHP',
          'Java',
          'C',
          'C++',
          'C#',
          'JavaScript',
          'Python',
          'Ruby',
          'Pascal',
          'COBOL',
          'Delphi',
        ],
        'Programming languages',
      ),
      skills(['Flash', 'Dreamweaver', 'FrontPage', 'Classic ASP', 'HTML', 'CSS', 'jQuery'], 'Web'),
      skills(['MS Access', 'SQL Server 2000', 'MySQL', 'Oracle 8i'], 'Databases'),
      skills(
        ['Windows NT Server', 'Novell NetWare', 'Lotus Notes', 'Crystal Reports', 'Microsoft Office'],
        'Other',
      ),
    ),
    sec(
      'EMPLOYMENT HISTORY',
      role(
        'Web Developer',
        'Kennet Valley Housing Association',
        'Swindon',
        '2015-03',
        null,
        [
          'Responsible for maintaining and updating the company website and intranet which was written in Classic ASP and later partly moved to PHP, including making changes requested by different departments.',
          'Responsible for maintaining backend services and databases used by the housing officers, including SQL Server and various MS Access databases that had been built up over many years.',
          'Worked on various projects as and when required by my line manager, including a new online repairs reporting form for tenants and a number of internal reports.',
          'Attended weekly team meetings and monthly departmental meetings and gave updates on the progress of my work to my manager and other stakeholders in the organisation.',
          'Dealt with support calls from staff when the IT helpdesk was busy, including password resets, printer problems and issues with Microsoft Office and Outlook.',
          'Helped with the Windows 10 upgrade project by testing our in-house applications and writing up any problems that were found in a spreadsheet for the project manager.',
          'Carried out other duties as required.',
        ],
        'mm/yyyy',
      ),
      role(
        'Senior Programmer',
        'Redline Software Ltd',
        'Reading',
        '2006-01',
        '2011-12',
        [
          'Responsible for the development and maintenance of a large Visual Basic 6 stock control application used by a number of clients in the retail and wholesale sector across the UK.',
          'Worked on the ColdFusion web front end for the same product and was responsible for fixing bugs raised by customers through the support desk.',
          'Wrote Crystal Reports for customers and dealt with their queries over the phone and by email on a regular basis.',
          'Responsible for supervising two junior programmers and checking their work before it was released to customers.',
          'Involved in the planning of new versions of the software and attended meetings with the sales team and with customers.',
          'Created Flash animations and banners for the company website and for trade show stands.',
        ],
        'yyyy',
      ),
      role(
        'IT Support and Developer',
        'Marlborough Office Supplies',
        'Marlborough',
        '2012-01',
        '2015-01',
        [
          'Responsible for all aspects of IT in a small company of about forty staff, including the network, the servers, the phones and the website.',
          "Maintained the company's Lotus Notes system and the Novell NetWare file server until they were replaced by Microsoft Exchange and Windows Server.",
          'Worked on the company website which was written in PHP and MySQL and made changes to the product pages when asked to by the sales team.',
          'Responsible for backups, virus protection and ordering new equipment from suppliers.',
          'Worked closely with external contractors.',
        ],
        'mon.',
      ),
      role('Programmer', 'Celtic Data Systems', 'Newport', '1999-09', '2006-03', [
        'Worked on a range of bespoke database applications for local councils and businesses written in Delphi, Visual Basic and Oracle.',
        'Responsible for writing technical specifications and user manuals and for training users at customer sites around South Wales.',
        "Took part in the Y2K testing programme for the company's main products.",
        'Responsible for maintaining Perl CGI scripts on the company web server.',
      ]),
      role(
        'Junior Programmer',
        'Swindon Borough Council',
        'Swindon',
        '1997-09',
        '1999-08',
        [
          "Responsible for maintaining COBOL programs on the council's mainframe for council tax and housing benefit.",
          'Worked on converting reports from the mainframe to MS Access databases for use by other departments.',
          'Answered queries from users.',
        ],
        'yyyy',
      ),
    ),
    sec(
      'EDUCATION',
      edu('HND Computing', 'Swindon College', '1997', { start: '1995' }),
      edu('A-Levels: Mathematics (C), Computing (B), Geography (D)', 'Ridgeway Park School', '1993'),
      edu('9 GCSEs grade A-C including Maths and English', 'Ridgeway Park School', '1991'),
    ),
    sec(
      'COURSES AND TRAINING',
      line('Microsoft Certified Professional (MCP) – Windows NT 4.0, 1999'),
      line('Introduction to Java Programming – QA Training, 2004'),
      line('First Aid at Work, 2016'),
      line('Fire Marshal Training, 2018'),
    ),
    sec(
      'HOBBIES AND INTERESTS',
      para(
        'In my spare time I enjoy spending time with my family, going to watch Swindon Town football club with my son and ' +
          'fishing on the Kennet and Avon canal. I also enjoy building and upgrading my own PCs and I have built computers for ' +
          'many friends and family members over the years. I like to keep fit by walking our dog and I have completed two ' +
          'charity walks for the British Heart Foundation. I am also a member of the local quiz team at my pub.',
      ),
    ),
    sec(
      'REFERENCES',
      line('Mrs Sandra Hughes, IT Manager, Kennet Valley Housing Association, Tel: 07700 900998'),
      line('Mr David Price, Former Director, Redline Software Ltd, Tel: 07700 900997'),
    ),
  ],
};

const priya: Cv = {
  person: {
    name: 'Priya Nair',
    headline: 'Senior Frontend Engineer',
    emails: ['priya.nair@example.com'],
    phones: ['+44 7700 900654'],
    links: ['github.com/priyanair-ui', 'priyanair.example.org'],
    location: 'Cambridge, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'PROFESSIONAL SUMMARY',
      para(
        'Frontend engineer with five years building accessible React and TypeScript interfaces for SaaS products. ' +
          'Recently owned a Node.js backend-for-frontend layer and want to move further into backend work.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Senior Frontend Engineer', 'Lattice Learning', 'Cambridge', '2022-02', null, [
        'Rebuilt the course player in React and TypeScript, improving the Lighthouse performance score from 54 to 92.',
        'Built a Node.js and Express backend-for-frontend that aggregates four APIs and cut page requests by 60%.',
        'Led accessibility work to reach WCAG 2.1 AA across 120 screens, verified with axe and manual audits.',
      ]),
      role('Frontend Developer', 'Pixel & Post', 'London', '2019-07', '2022-01', [
        'Developed Vue.js storefronts for 15 retail clients with a shared component library in Storybook.',
        'Reduced bundle size by 35% through code splitting and replacing Moment.js with date-fns.',
        'Collaborated with designers in Figma to deliver pixel-perfect responsive layouts.',
      ]),
    ),
    sec('EDUCATION', edu('BSc Computer Science with Digital Media', 'University of Brighton', '2019')),
    sec(
      'SKILLS',
      skills([
        'React',
        'TypeScript',
        'JavaScript',
        'Next.js',
        'Vue.js',
        'CSS',
        'Node.js',
        'Express',
        'Jest',
        'Figma',
      ]),
    ),
  ],
};

const ellie: Cv = {
  person: {
    name: 'Ellie Watson',
    headline: 'Junior Backend Developer',
    emails: ['ellie.watson@example.com'],
    phones: ['+44 7700 900987'],
    links: ['github.com/elliewatson-codes'],
    location: 'Sheffield, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'PROFILE',
      para(
        'Junior backend developer and Makers Academy graduate with a background in retail management. Enjoys building ' +
          'tested REST APIs in Node.js and PostgreSQL; seeking a first developer role in Sheffield, London or remote.',
      ),
    ),
    sec(
      'EDUCATION',
      edu('Software Engineering Bootcamp', 'Makers Academy', '2025-09', { city: 'London', start: '2025-06' }),
      edu('BA History', 'University of Sheffield', '2019', { start: '2016' }),
    ),
    sec(
      'PROJECTS',
      project('Bookshelf API', 'Node.js, Express, PostgreSQL', [
        'Built a REST API with JWT authentication, pagination and 95% test coverage using Jest and Supertest.',
        'Deployed on Render with GitHub Actions CI, running database migrations automatically on every merge to main.',
      ]),
      project('Chitter', 'Ruby, Sinatra', [
        'Pair-programmed a Twitter clone in a team of four using TDD and daily stand-ups over two weeks.',
      ]),
    ),
    sec(
      'EXPERIENCE',
      role('Assistant Store Manager', 'Harbour Books', 'Sheffield', '2019-08', '2025-05', [
        'Managed a team of 8 staff and increased weekly sales by 12% through better stock rotation.',
        'Built an Excel stock-tracking macro that saved the team about five hours of manual counting every week.',
      ]),
    ),
    sec(
      'SKILLS',
      skills(['JavaScript', 'Node.js', 'Express', 'PostgreSQL', 'Jest', 'Git', 'Ruby', 'HTML/CSS', 'Docker']),
    ),
  ],
};

const marco: Cv = {
  person: {
    name: 'Marco Bellini',
    headline: 'Head Chef',
    emails: ['marco.bellini@example.com'],
    phones: ['+44 7700 900246'],
    links: [],
    location: 'Brighton, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'PROFILE',
      para(
        'Head chef with 12 years in busy Italian and Mediterranean kitchens, passionate about seasonal menus, cost ' +
          'control and training young chefs. Now teaching myself Python in the evenings and keen to move into tech.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Head Chef', 'Trattoria Sole', 'Brighton', '2019-05', null, [
        'Designed seasonal menus of 40 dishes and cut food waste by 25% through better stock rotation.',
        'Managed a brigade of 12 chefs across two services daily, including rotas, ordering and training.',
        'Kept a 5-star food hygiene rating across four consecutive inspections by the local council.',
      ]),
      role('Sous Chef', 'The Harbour Kitchen', 'Hove', '2014-03', '2019-04', [
        'Ran the pass on Friday and Saturday services of up to 180 covers with consistent ticket times.',
        'Trained six commis chefs, three of whom were promoted to chef de partie within two years.',
      ]),
    ),
    sec(
      'EDUCATION',
      edu('City & Guilds Level 3 Diploma in Professional Cookery', 'Westminster Kingsway College', '2013'),
    ),
    sec(
      'SKILLS',
      skills([
        'Menu planning',
        'Food safety (Level 3)',
        'Stock control',
        'Team leadership',
        'Italian cuisine',
        'Pastry',
        'Cost control',
        'Microsoft Excel',
      ]),
    ),
  ],
};

const sven: Cv = {
  person: {
    name: 'Sven Andersson',
    headline: 'Senior Backend Engineer',
    emails: ['sven.andersson@example.org'],
    phones: ['+44 7700 900135'],
    links: ['linkedin.com/in/sven-andersson', 'github.com/svenandersson'],
    location: 'Edinburgh, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'PROFESSIONAL SUMMARY',
      para(
        'Backend engineer with seven years of Go and Python experience in logistics and fintech. Builds reliable ' +
          'event-driven services on AWS and enjoys improving observability.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Senior Backend Engineer', 'Fjord Freight', 'Edinburgh', '2022-01', null, [
        'Built Go services that track 300,000 parcels a day with events on Kafka and state in PostgreSQL.',
        'Introduced OpenTelemetry tracing, reducing time to diagnose cross-service incidents by around 50%.',
        'Designed a gRPC API for carrier integrations, onboarding 12 new carriers in six months.',
      ]),
      role('Backend Engineer', 'Kronan Bank', 'Stockholm', '2018-08', '2021-12', [
        'Implemented Python payment reconciliation jobs that matched 2M transactions nightly with 99.9% accuracy.',
        'Migrated services from EC2 to Docker on AWS ECS, cutting deployment time from 40 to 8 minutes.',
        'Responsible for the on-call rotation for the ledger team.',
      ]),
    ),
    sec(
      'EDUCATION',
      edu('MSc Computer Science', 'KTH Royal Institute of Technology', '2018', { city: 'Stockholm' }),
    ),
    sec('CERTIFICATIONS', line('AWS Certified Developer – Associate')),
    sec(
      'SKILLS',
      skills(['Go', 'Python', 'PostgreSQL', 'Kafka', 'gRPC', 'Docker', 'AWS', 'OpenTelemetry', 'Terraform']),
    ),
  ],
};

const zoe: Cv = {
  person: {
    name: 'Zoë Ørsted',
    headline: 'Lead Backend Engineer',
    emails: ['zoe.orsted@example.com'],
    phones: ['+45 20 00 01 23'],
    links: ['github.com/zoeorsted', 'linkedin.com/in/zoe-orsted'],
    location: 'Copenhagen, Denmark',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sidebar: [
    sec('CONTACT', contact),
    sec(
      'SKILLS',
      skills([
        'Node.js',
        'TypeScript',
        'Go',
        'Kafka',
        'PostgreSQL',
        'Redis',
        'Kubernetes',
        'AWS',
        'Terraform',
        'Docker',
      ]),
    ),
    sec(
      'EDUCATION',
      edu('MSc Software Engineering', 'IT University of Copenhagen', '2017'),
      edu('BSc Computer Science', 'Aarhus University', '2015'),
    ),
    sec('CERTIFICATIONS', line('AWS Certified Solutions Architect – Associate')),
    sec('LANGUAGES', line('Danish (native)'), line('English (fluent)'), line('German (good)')),
  ],
  sections: [
    sec(
      'PROFILE',
      para(
        'Backend engineer with 8 years building event-driven Node.js and Go platforms for Nordic fintechs. Scaled a ' +
          'Kafka-based ledger to 20,000 transactions/sec with zero data loss.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Lead Backend Engineer', 'Krone Pay', 'Copenhagen', '2022-04', null, [
        'Architected a Kafka-based double-entry ledger processing 20,000 transactions/sec with exactly-once guarantees.',
        'Reduced API p99 latency from 800ms to 180ms by introducing Redis caching and connection pooling.',
        'Mentored four mid-level engineers, two of whom were promoted to senior within 18 months.',
        'Automated Kubernetes deployments with Argo CD, raising release frequency from weekly to 15 times daily.',
      ]),
      role('Backend Engineer', 'Nordisk Energi', 'Aarhus', '2019-02', '2022-03', [
        'Built Node.js REST APIs for smart-meter data ingesting 1.2 billion readings per month into PostgreSQL.',
        'Cut AWS spend by 32% by moving batch jobs to Spot instances and tuning RDS instance sizes.',
        'Designed the incident response process and led 20+ post-mortems that prevented repeat outages.',
      ]),
      role('Software Developer', 'Lille Apps', 'Copenhagen', '2017-08', '2019-01', [
        'Implemented GraphQL and REST endpoints in Node.js for a booking app with 250K active users.',
      ]),
    ),
  ],
};

const danielKim: Cv = {
  person: {
    name: 'Daniel Kim',
    headline: 'Backend Developer',
    emails: ['daniel.kim@example.com'],
    phones: ['+1 512 555 0187'],
    links: ['github.com/dkim-dev', 'linkedin.com/in/danielkim-austin'],
    location: 'Austin, TX',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sidebar: [
    sec('CONTACT', contact),
    sec(
      'SKILLS',
      skills([
        'Python',
        'FastAPI',
        'Node.js',
        'PostgreSQL',
        'Docker',
        'AWS',
        'Terraform',
        'GitHub Actions',
        'Redis',
      ]),
    ),
    sec('EDUCATION', edu('BS Computer Science', 'The University of Texas at Austin', '2020-05')),
  ],
  sections: [
    sec(
      'SUMMARY',
      para(
        'Backend developer with 5 years of Python and Node.js experience at SaaS startups. Focused on clean API ' +
          'design, PostgreSQL performance and dependable CI/CD.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Backend Developer II', 'Tandem HR', 'Austin, TX', '2022-05', null, [
        'Built a Python FastAPI payroll service that processes $40M in payments each month for 900 employers.',
        'Optimised slow PostgreSQL queries with EXPLAIN analysis, reducing average API response time by 35%.',
        'Set up GitHub Actions pipelines with automated tests, reducing failed deployments by half in one quarter.',
      ]),
      role('Software Engineer', 'Brightlane', 'Dallas, TX', '2020-06', '2022-04', [
        'Developed Node.js microservices for appointment booking with 30,000 daily bookings at peak.',
        'Containerised legacy services with Docker and moved them to AWS ECS with Terraform.',
      ]),
    ),
  ],
};

const fatima: Cv = {
  person: {
    name: 'Fatima-Zahra Benali',
    headline: 'Full-Stack Developer (PHP, Node.js)',
    emails: ['fatima.benali@example.org'],
    phones: ['+33 6 00 00 12 34'],
    links: ['linkedin.com/in/fz-benali'],
    location: 'Lyon, France',
  },
  dateStyle: 'mm/yyyy',
  posStyle: 'dash',
  sidebar: [
    sec('CONTACT', contact),
    sec('SKILLS', skills(['PHP', 'Laravel', 'Node.js', 'MySQL', 'JavaScript', 'Vue.js', 'Docker', 'Git'])),
    sec('EDUCATION', edu('Licence Professionnelle Développement Web', 'Université Lyon 1', '2019')),
    sec('LANGUAGES', line('French (native)'), line('Arabic (native)'), line('English (B2)')),
  ],
  sections: [
    sec(
      'PROFILE',
      para(
        'Full-stack developer with four years of PHP and Laravel experience, moving towards Node.js backend work. ' +
          'Built e-commerce APIs for French retailers.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Full-Stack Developer', 'Maison Lumière', 'Lyon', '2021-09', null, [
        'Developed Laravel REST APIs for an online shop with 50,000 monthly orders.',
        'Worked on the migration of the product catalogue to a Node.js service.',
        'Improved MySQL queries on the order history page, reducing load time from 4s to 1.2s.',
      ]),
      role('Web Developer', 'Agence Pixelle', 'Paris', '2020-01', '2021-08', [
        'Responsible for building WordPress and PHP websites for small business clients.',
        'Maintained hosting on OVH servers.',
      ]),
    ),
  ],
};

const hannah: Cv = {
  person: {
    name: 'Hannah Schmidt',
    headline: 'Graphic Designer',
    emails: ['hannah.schmidt@example.com'],
    phones: ['+44 7700 900864'],
    links: ['behance.net/hannahschmidt'],
    location: 'Manchester, UK',
  },
  dateStyle: 'yyyy',
  posStyle: 'dash',
  sidebar: [
    sec('CONTACT', contact),
    sec(
      'SKILLS',
      skills([
        'Adobe Illustrator',
        'Adobe InDesign',
        'Photoshop',
        'Figma',
        'Typography',
        'Brand identity',
        'HTML/CSS basics',
        'Print production',
      ]),
    ),
    sec('EDUCATION', edu('BA Communication Design', 'Berlin University of the Arts', '2018')),
  ],
  sections: [
    sec(
      'PROFILE',
      para(
        'Graphic designer with six years creating brand identities, packaging and editorial layouts. Skilled in Adobe ' +
          'Creative Suite and Figma, with a keen eye for typography.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Senior Graphic Designer', 'Studio Nord', 'Manchester', '2021-01', null, [
        'Led rebrands for 14 clients, including a national bakery chain whose sales rose 18% after launch.',
        'Art-directed photo shoots and managed a freelance illustrator budget of £60K a year.',
      ]),
      role('Graphic Designer', 'Blaupause Agentur', 'Berlin', '2018-01', '2020-12', [
        'Designed packaging, posters and social media campaigns for food and drink brands.',
      ]),
    ),
  ],
};

const rahul: Cv = {
  person: {
    name: 'Rahul Mehta',
    headline: 'Senior Software Engineer, Platform',
    emails: ['rahul.mehta@example.com'],
    phones: ['+44 7700 900555'],
    links: ['github.com/rahulmehta-dev', 'linkedin.com/in/rahul-mehta-eng'],
    location: 'London, UK',
  },
  dateStyle: 'mon',
  posStyle: 'at-right',
  sections: [
    sec(
      'Professional Summary',
      para(
        'Senior backend engineer with 9 years in Python and Go, building high-volume APIs for e-commerce and travel. ' +
          'Led platform teams running 200+ microservices on Kubernetes and AWS.',
      ),
    ),
    sec(
      'Experience',
      role('Senior Software Engineer', 'Voyage Travel Tech', 'London', '2022-06', null, [
        'Architected a Go pricing service handling 25,000 requests/sec with p99 latency under 50ms.',
        'Led the move of 200 microservices to a shared Kubernetes platform, cutting cloud costs by 22%.',
        'Built Kafka change data capture from PostgreSQL, replacing nightly batch jobs with near real-time updates.',
        'Ran incident reviews and SLO workshops that lifted checkout availability from 99.5% to 99.95%.',
      ]),
      role('Backend Engineer', 'Kirana Commerce', 'Bengaluru', '2018-04', '2022-05', [
        'Designed Python and Django order APIs serving 8M monthly customers during festival sale peaks.',
        'Reduced database load by 60% by adding Redis read-through caching for catalogue and pricing data.',
        'Automated infrastructure provisioning with Terraform, reducing new environment setup from two weeks to two days.',
      ]),
      role('Software Engineer', 'Infogrid Systems', 'Pune', '2016-07', '2018-03', [
        'Implemented REST APIs in Java and Spring for a logistics tracking product used by 300 fleets.',
      ]),
    ),
    sec(
      'Education',
      edu('B.Tech Computer Science and Engineering', 'Vellore Institute of Technology', '2016'),
    ),
    sec(
      'Certifications',
      bullet('AWS Certified Solutions Architect – Associate'),
      bullet('Certified Kubernetes Administrator (CKA)'),
    ),
    sec(
      'Key Skills',
      skills([
        'Python',
        'Go',
        'Django',
        'PostgreSQL',
        'Kafka',
        'Kubernetes',
        'AWS',
        'Terraform',
        'Redis',
        'gRPC',
      ]),
    ),
  ],
};

const chloe: Cv = {
  person: {
    name: 'Chloé Dubois',
    headline: 'Backend Developer — Node.js & TypeScript',
    emails: ['chloe.dubois@example.org'],
    phones: ['+1 514 555 0163'],
    links: ['linkedin.com/in/chloe-dubois-dev', 'github.com/chloedubois'],
    location: 'Montréal, QC, Canada',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'Summary',
      para(
        'Backend developer with five years of Node.js and TypeScript experience in media and e-learning. Strong in ' +
          'API design, PostgreSQL and AWS serverless.',
      ),
    ),
    sec(
      'Experience',
      role('Backend Developer', 'Studio Boréal', 'Montréal', '2021-03', null, [
        'Built NestJS GraphQL and REST APIs serving video metadata to 3M monthly viewers on AWS.',
        'Reduced Lambda cold starts by 70% by bundling with esbuild and trimming unused dependencies.',
        'Designed PostgreSQL schemas and migrations for a content rights system with 40 tables.',
      ]),
      role('Junior Backend Developer', 'ApprendsPlus', 'Québec City', '2019-01', '2021-02', [
        'Implemented Node.js REST endpoints for quizzes and grading used by 120 schools across Québec.',
        'Wrote Jest integration tests that caught regressions before release and doubled coverage to 70%.',
      ]),
    ),
    sec('Education', edu('BEng Software Engineering', 'Polytechnique Montréal', '2018')),
    sec(
      'Skills',
      skills(
        ['Node.js', 'TypeScript', 'NestJS', 'PostgreSQL', 'AWS Lambda', 'GraphQL', 'Docker', 'Jest'],
        undefined,
        'bullets',
      ),
    ),
  ],
};

const seun: Cv = {
  person: {
    name: 'Oluwaseun Adeyemi',
    headline: 'Software Developer',
    emails: ['seun.adeyemi@example.com'],
    phones: ['07700 900602'],
    links: [],
    location: 'Birmingham, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  personalDetails: true,
  sections: [
    sec(
      'Career Objective',
      para(
        'I am a hardworking and result-oriented IT professional with good communication skills and the ability to work ' +
          'under pressure. I am a team player who can also work independently.',
      ),
    ),
    sec(
      'Personal Details',
      line('Date of Birth: 3rd March 1990'),
      line('Marital Status: Single'),
      line('Nationality: Nigerian'),
      line('Gender: Male'),
      line('State of Origin: Ogun State'),
    ),
    sec(
      'Work Experience',
      role(
        'Backend Developer',
        'Midlands Tech Hub',
        'Birmingham',
        '2023-01',
        null,
        [
          'Responsible for maintaining backend services.',
          'Worked on APIs.',
          'Attended daily stand-up meetings and sprint planning with the team.',
          'Responsible for fixing bugs and supporting users.',
        ],
        'since',
      ),
      role(
        'Software Developer',
        'Eko Digital Solutions',
        'Lagos',
        '2019-03',
        '2022-12',
        [
          'Was responsible for developing and maintaining PHP applications for clients.',
          'Worked with the database team on MySQL.',
          'Performed other duties as assigned by the manager.',
        ],
        'mm/yyyy',
      ),
      role('IT Support Officer', 'Unity Microfinance Bank', 'Ibadan', '2016-01', '2019-02', [
        'Responsible for installing software and troubleshooting computers and printers for staff.',
      ]),
    ),
    sec('Education', edu('B.Sc. Computer Science', 'University of Ibadan', '2015')),
    sec(
      'Skills',
      skills(
        [
          'Team player',
          'Hard worker',
          'Good communication skills',
          'Microsoft Office',
          'PHP',
          'Java',
          'MySQL',
          'Problem solving',
          'Time management',
          'Leadership',
        ],
        undefined,
        'bullets',
      ),
    ),
    sec('Referees', line('Available on request.')),
  ],
};

const mohammed: Cv = {
  person: {
    name: 'Mohammed Al-Farsi',
    headline: '.NET Backend Developer',
    emails: ['m.alfarsi@example.com'],
    phones: ['+44 7700 900318'],
    links: ['linkedin.com/in/mohammed-alfarsi'],
    location: 'Manchester, UK',
  },
  dateStyle: 'mm/yyyy',
  posStyle: 'pipe',
  sections: [
    sec(
      'Summary',
      para(
        'Backend developer with six years of C# and .NET experience in banking and government projects. Looking to ' +
          'broaden into cloud-native work with Docker and AWS after relocating to the UK.',
      ),
    ),
    sec(
      'Experience',
      role('.NET Developer', 'Gulf Horizon Bank', 'Dubai', '2021-02', '2025-11', [
        'Developed ASP.NET Core Web APIs for account opening, used by 400,000 retail customers.',
        'Improved SQL Server stored procedures, reducing the end-of-day batch from 5 hours to 2 hours.',
        'Worked on integration with the central bank reporting system.',
      ]),
      role('Software Developer', 'Sahara Systems', 'Muscat', '2018-06', '2021-01', [
        'Built internal web applications in C# and ASP.NET MVC for government clients.',
        'Responsible for writing technical documentation and supporting user acceptance testing.',
      ]),
    ),
    sec('Education', edu('BSc Information Technology', 'Sultan Qaboos University', '2018')),
    sec(
      'Skills',
      skills([
        'C#',
        '.NET',
        'ASP.NET Core',
        'SQL Server',
        'Entity Framework',
        'Azure DevOps',
        'REST APIs',
        'Docker',
        'Git',
      ]),
    ),
  ],
};

const ahmed: Cv = {
  person: {
    name: 'Ahmed Hassan',
    headline: 'Backend Developer',
    emails: ['ahmed.hassan@example.org'],
    phones: ['+44 7700 900741'],
    links: ['github.com/ahmedhassan-dev'],
    location: 'Leeds, UK',
  },
  dateStyle: 'yyyy',
  posStyle: 'dash',
  sections: [
    sec(
      'Summary',
      para(
        'Backend developer with six years building Node.js and Python services for logistics and health tech. I like ' +
          'measurable improvements: faster queries, fewer incidents, simpler deployments.',
      ),
    ),
    sec(
      'Experience',
      role(
        'Backend Developer',
        'Pennine Health Tech',
        'Leeds',
        '2021-01',
        null,
        [
          'Built Node.js appointment APIs used by 60 GP surgeries and 400,000 patients across Yorkshire.',
          'Reduced PostgreSQL query times by 55% by adding covering indexes and rewriting reporting queries.',
          'Set up Datadog monitoring and alerts, with no unnoticed outages over the last twelve months.',
        ],
        'since',
      ),
      role('Software Engineer', 'Nile Freight', 'Cairo', '2018-01', '2020-12', [
        'Developed Python and Flask shipment tracking services handling 1M status updates per day.',
        'Moved deployments to Docker and GitLab CI, shortening release time from two hours to 15 minutes.',
      ]),
      role('Junior Developer', 'Delta Web Studio', 'Cairo', '2016-01', '2017-12', [
        'Built PHP and MySQL websites for local businesses and learned the basics of Linux server administration.',
      ]),
    ),
    sec('Education', edu('BSc Computer Engineering', 'Cairo University', '2016')),
    sec(
      'Skills',
      skills([
        'Node.js',
        'Python',
        'PostgreSQL',
        'Docker',
        'Datadog',
        'Flask',
        'Express',
        'AWS',
        'GitLab CI',
      ]),
    ),
  ],
};

const bob: Cv = {
  person: {
    name: 'Robert "Bob" Turner',
    emails: ['bob.turner@example.com'],
    phones: ['+1 (303) 555-0199'],
    links: [],
    location: 'Denver, CO',
  },
  dateStyle: 'mon',
  posStyle: 'comma-paren',
  sections: [
    sec(
      'Objective',
      para(
        'To obtain a challenging position in a dynamic company where I can utilize my skills and experience and grow ' +
          'with the company.',
      ),
    ),
    sec(
      'Programming Languages',
      skills([
        'Visual Basic 6',
        'ColdFusion',
        'ActionScript (Flash)',
        'Perl',
        'PHP',
        'Java',
        'C',
        'C++',
        'C#',
        'JavaScript',
        'Python',
        'Ruby',
        'Pascal',
        'COBOL',
        'Delphi',
      ]),
    ),
    sec(
      'Other Skills',
      skills(['Flash', 'Dreamweaver', 'FrontPage', 'MS Access', 'Lotus Notes', 'Windows NT Server']),
    ),
    sec(
      'Experience',
      role(
        'Web Developer',
        'Front Range Printing',
        'Denver, CO',
        '2009-01',
        '2014-12',
        [
          'Responsible for maintaining the company website built in ColdFusion and MS Access, and for making any changes the owners asked for.',
          'Made Flash banners for marketing.',
        ],
        'yyyy',
      ),
      role(
        'Applications Developer',
        'Rocky Mountain Credit Union',
        'Boulder, CO',
        '2015-03',
        null,
        [
          'Responsible for maintaining Visual Basic 6 applications used by tellers in all branches.',
          'Worked on various projects as needed.',
          'Duties included writing reports, fixing bugs, and helping users with their computer problems when the help desk was busy.',
        ],
        'mm/yyyy',
      ),
      role(
        'Programmer',
        'Summit Data Corp',
        'Denver, CO',
        '2002-01',
        '2008-08',
        ['Responsible for Perl CGI scripts and Classic ASP pages on the company intranet.'],
        'mon.',
      ),
    ),
    sec('Education', edu('AAS Computer Information Systems', 'Red Rocks Community College', '2001')),
    sec('References', line('Available upon request')),
  ],
};

const lan: Cv = {
  person: {
    name: 'Nguyễn Thị Lan',
    headline: 'Junior Backend Developer',
    emails: ['lan.nguyen@example.com'],
    phones: ['07700 900417'],
    links: ['github.com/lan-nguyen-codes'],
    location: 'Manchester, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'Profile',
      para(
        'Northcoders graduate with a chemistry degree and a love for data. Building backend projects in JavaScript, ' +
          'Node.js and PostgreSQL; looking for a junior backend developer role.',
      ),
    ),
    sec(
      'Education',
      edu('Software Development Bootcamp', 'Northcoders', '2025-06', {
        city: 'Manchester',
        start: '2025-03',
      }),
      edu('BSc Chemistry', 'University of Manchester', '2023'),
    ),
    sec(
      'Projects',
      project('NC News API', 'Express, PostgreSQL, Jest', [
        'Built a RESTful news API with 12 endpoints, full Jest test coverage and seeded PostgreSQL test data.',
        'Hosted on Render with a Supabase database and documented every endpoint in an OpenAPI file.',
      ]),
      project('Event Platform', 'React, Node.js', [
        'Built an event sign-up platform with Google Calendar integration in a team of four over two weeks.',
      ]),
    ),
    sec(
      'Experience',
      role('Laboratory Technician', 'Pennine Labs', 'Oldham', '2023-09', '2025-02', [
        'Automated sample logging with a Python script, saving 6 hours of manual data entry every week.',
      ]),
    ),
    sec(
      'Skills',
      skills(['JavaScript', 'Node.js', 'Express', 'PostgreSQL', 'Jest', 'React', 'Git', 'Python']),
    ),
  ],
};

const aisha: Cv = {
  person: {
    name: 'Aisha Khan',
    headline: 'Senior Backend Engineer',
    emails: ['aisha.khan@example.org'],
    phones: ['+44 7700 900222'],
    links: ['github.com/aishakhan', 'https://www.linkedin.com/in/aisha-khan-dev'],
    location: 'Birmingham, UK',
  },
  dateStyle: 'mon.',
  posStyle: 'dash',
  sections: [
    sec(
      'Summary',
      para(
        'Senior backend engineer with 9 years of Node.js and Go in marketplaces and fintech. Designs event-driven ' +
          'systems on AWS that handle 10M daily events; AWS certified.',
      ),
    ),
    sec(
      'Experience',
      role('Senior Backend Engineer', 'Marketly', 'Remote (UK)', '2020-01', null, [
        'Designed an event-driven order pipeline on Kafka and AWS handling 10M events a day.',
        'Cut checkout API p95 latency from 450ms to 120ms by caching pricing lookups in Redis.',
        'Built a Node.js and TypeScript GraphQL gateway that consolidated 9 REST services for mobile apps.',
        'Mentored five engineers and ran a weekly architecture review adopted across three product teams.',
      ]),
      role('Backend Engineer', 'CoinNest', 'London', '2017-09', '2019-12', [
        'Implemented Go services for wallet balances with 99.99% consistency checks across 2M accounts.',
        'Automated PostgreSQL backups and restores with Terraform and AWS RDS, tested monthly with zero failures.',
      ]),
      role('Graduate Developer', 'Sparrow Insurance', 'Birmingham', '2016-09', '2017-08', [
        'Developed Node.js microservices for quote comparison handling 50,000 quotes a day.',
      ]),
    ),
    sec('Education', edu('BSc Software Engineering', 'Aston University', '2016')),
    sec(
      'Certifications',
      bullet('AWS Certified Solutions Architect – Associate'),
      bullet('AWS Certified Developer – Associate'),
    ),
    sec(
      'Skills',
      skills([
        'Node.js',
        'TypeScript',
        'Go',
        'Kafka',
        'PostgreSQL',
        'Redis',
        'AWS',
        'Docker',
        'Kubernetes',
        'GraphQL',
      ]),
    ),
  ],
};

const lucas: Cv = {
  person: {
    name: 'Lucas Silva',
    headline: 'Backend Developer (Ruby on Rails)',
    emails: ['lucas.silva@example.com'],
    phones: ['+351 910 000 123'],
    links: ['https://github.com/lucas-silva-dev'],
    location: 'Lisbon, Portugal',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'About',
      para(
        'Rails developer with three years of experience building web backends. Learning Go and Kubernetes on side projects.',
      ),
    ),
    sec(
      'Experience',
      role('Backend Developer', 'Tuga Labs', 'Lisbon', '2023-03', null, [
        'Built Ruby on Rails APIs for a property rental platform with 20,000 listings.',
        'Added Sidekiq background jobs for email and image processing, cutting request times by 30%.',
        'Participated in code reviews.',
      ]),
      role('Junior Web Developer', 'Onda Digital', 'Porto', '2021-10', '2023-02', [
        'Worked on Rails and PostgreSQL features for client websites.',
        'Wrote RSpec tests.',
      ]),
    ),
    sec('Education', edu('BSc Informatics Engineering', 'University of Porto', '2021')),
    sec(
      'Skills',
      skills(['Ruby', 'Ruby on Rails', 'PostgreSQL', 'Sidekiq', 'Redis', 'Docker', 'Go (learning)', 'Git']),
    ),
  ],
};

const emily: Cv = {
  person: {
    name: 'Emily Clarke',
    headline: 'Backend Engineer',
    emails: ['emily.clarke@example.com'],
    phones: ['+44 7700 900470'],
    links: ['github.com/emilyclarke-dev'],
    location: 'London, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'PROFESSIONAL SUMMARY',
      para(
        'Backend engineer with five years of Node.js, PostgreSQL and AWS experience in banking and media.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Backend Engineer', 'Harbour Bank', 'London', '2021-02', null, [
        'Built Node.js payment APIs handling 3,000 requests/sec with p99 latency under 150ms.',
        'Reduced PostgreSQL replication lag by 80% by batching writes from the ledger service.',
      ]),
      role('Software Engineer', 'Mosaic Media', 'London', '2018-09', '2021-01', [
        'Developed TypeScript services for content publishing used by 40 newsroom editors daily.',
      ]),
    ),
    sec('EDUCATION', edu('BSc Computer Science', 'University of Bristol', '2018')),
    sec(
      'SKILLS',
      skills(['Node.js', 'TypeScript', 'PostgreSQL', 'AWS', 'Docker', 'Redis', 'Kafka', 'Terraform']),
    ),
  ],
};

const kwame: Cv = {
  person: {
    name: 'Kwame Osei',
    headline: 'Backend Developer',
    emails: ['kwame.osei@example.com'],
    phones: ['+44 7700 900809'],
    links: ['linkedin.com/in/kwame-osei'],
    location: 'Nottingham, UK',
  },
  dateStyle: 'mon',
  posStyle: 'dash',
  sections: [
    sec(
      'PROFESSIONAL SUMMARY',
      para(
        'Backend developer with six years of Python and Django experience in energy and fintech platforms.',
      ),
    ),
    sec(
      'EXPERIENCE',
      role('Backend Developer', 'Trent Valley Energy', 'Nottingham', '2020-06', null, [
        'Built Django REST APIs for smart tariff switching used by 250,000 households across the Midlands.',
        'Reduced Celery queue backlog by 90% by splitting long-running billing jobs into smaller idempotent tasks.',
        'Introduced PostgreSQL read replicas for reporting, halving load on the primary database at month end.',
      ]),
      role('Junior Developer', 'Accra Digital', 'Accra', '2018-01', '2020-05', [
        'Developed Python integrations with mobile money providers processing 40,000 payments a day.',
        'Wrote pytest suites for payment flows, raising coverage from 20% to 70% in one year.',
      ]),
    ),
    sec(
      'EDUCATION',
      edu('BSc Computer Science', 'Kwame Nkrumah University of Science and Technology', '2017'),
    ),
    sec('SKILLS', skills(['Python', 'Django', 'PostgreSQL', 'Celery', 'Redis', 'Docker', 'AWS', 'pytest'])),
  ],
};

const SPECS: Spec[] = [
  {
    file: 'Amara_Okafor_CV.pdf',
    kind: 'pdf-one-column',
    quality: 'strong',
    cv: amara,
    pdf: { size: 10, margin: 50, linkAnnotations: true },
    pages: { max: 2 },
    tests: 'model senior CV: quantified bullets, summary, 10 key skills, AWS cert, GitHub, link annotations',
  },
  {
    file: 'Resume - Li Wei.pdf',
    kind: 'pdf-one-column',
    quality: 'strong',
    cv: liWei,
    pdf: { fonts: 'times', size: 11, margin: 60, accent: '#000000', linkAnnotations: true },
    pages: { max: 2 },
    tests: 'space in file name, US phone, MM/YYYY dates, "Title at Org" with dates right-aligned, Times font',
  },
  {
    file: 'Tomasz_Kowalski_CV.pdf',
    kind: 'pdf-one-column',
    quality: 'good',
    cv: tomasz,
    pdf: { accent: '#7a1f1f' },
    pages: { max: 2 },
    tests: 'year-only dates ("2018–2020"), organisation line before title line, pipe-separated skills',
  },
  {
    file: 'José_Martínez_CV.pdf',
    kind: 'pdf-one-column',
    quality: 'medium',
    cv: jose,
    pdf: {},
    pages: { max: 2 },
    tests: 'accented file and person name, two phones (UK and Spanish), full month names, some vague bullets',
  },
  {
    file: 'Kevin_Brooks_Resume_FINAL_v3.pdf',
    kind: 'pdf-one-column',
    quality: 'weak',
    cv: kevin,
    pdf: { fonts: 'times', size: 12, margin: 48, accent: '#000000' },
    pages: { min: 3 },
    tests:
      '3+ pages, photo, date of birth and marital status, duties not results, generic skills, 15 languages, outdated tech, mixed date styles, not reverse-chronological, referee phone numbers',
  },
  {
    file: 'Priya_Nair_CV_2026.pdf',
    kind: 'pdf-one-column',
    quality: 'medium',
    cv: priya,
    pdf: { accent: '#5b2a86', linkAnnotations: true },
    pages: { max: 2 },
    tests: 'frontend-heavy developer (React, TypeScript) with a little Node.js; portfolio link',
  },
  {
    file: 'Graduate_CV_Ellie_Watson.pdf',
    kind: 'pdf-one-column',
    quality: 'medium',
    cv: ellie,
    pdf: {},
    pages: { max: 1 },
    tests: 'junior: Makers bootcamp, education before experience, projects section, non-tech previous job',
  },
  {
    file: 'Marco Bellini CV.pdf',
    kind: 'pdf-one-column',
    quality: 'off-target',
    cv: marco,
    pdf: { accent: '#2f5d3a' },
    pages: { max: 1 },
    tests: 'off-target applicant (head chef), space in file name',
  },
  {
    file: 'Sven_Andersson_CV.pdf',
    kind: 'pdf-one-column',
    quality: 'good',
    cv: sven,
    pdf: {},
    pages: { max: 2 },
    sameCandidateAs: 'cv-sven-andersson.docx',
    tests: 'same candidate as cv-sven-andersson.docx (identical content, PDF)',
  },
  {
    file: 'Zoe_Orsted_CV.pdf',
    kind: 'pdf-two-column',
    quality: 'strong',
    cv: zoe,
    pdf: {
      order: 'sidebar-first',
      sidebarFill: '#1f3a5f',
      sidebarText: '#ffffff',
      accent: '#1f3a5f',
      linkAnnotations: true,
    },
    pages: { max: 2 },
    tests:
      'two-column: dark sidebar written first (contact, skills, education), accented name (Zoë Ørsted), Danish phone',
  },
  {
    file: 'Resume_Daniel_Kim.pdf',
    kind: 'pdf-two-column',
    quality: 'good',
    cv: danielKim,
    pdf: { order: 'main-first' },
    pages: { max: 1 },
    tests: 'two-column: main column written before the sidebar in the content stream, US phone',
  },
  {
    file: 'Fatima-Zahra-Benali-CV.pdf',
    kind: 'pdf-two-column',
    quality: 'medium',
    cv: fatima,
    pdf: { order: 'by-line', accent: '#8a3b12' },
    pages: { max: 1 },
    tests:
      'two-column written line by line across both columns (hardest reading order), hyphenated name, French phone',
  },
  {
    file: 'Hannah_Schmidt_Portfolio_CV.pdf',
    kind: 'pdf-two-column',
    quality: 'off-target',
    cv: hannah,
    pdf: { order: 'sidebar-first', sidebarFill: '#f4e9dc', accent: '#b5533c' },
    pages: { max: 1 },
    tests: 'off-target applicant (graphic designer), two-column, Behance link',
  },
  {
    file: 'cv-rahul-mehta-2026.docx',
    kind: 'docx',
    quality: 'strong',
    cv: rahul,
    docx: { headings: 'styles', font: 'Calibri' },
    tests: 'DOCX with heading styles, bullet numbering, hyperlinks, dates after a right tab stop',
  },
  {
    file: 'cv-sven-andersson.docx',
    kind: 'docx',
    quality: 'good',
    cv: sven,
    docx: { headings: 'styles', font: 'Arial' },
    sameCandidateAs: 'Sven_Andersson_CV.pdf',
    tests: 'same candidate as Sven_Andersson_CV.pdf (identical content, DOCX)',
  },
  {
    file: 'Chloe_Dubois_CV.docx',
    kind: 'docx-table',
    quality: 'good',
    cv: chloe,
    docx: { headings: 'styles', font: 'Calibri' },
    tests: 'DOCX whose name and contact block is a two-cell table; accented name and city; skills as bullets',
  },
  {
    file: 'Oluwaseun_Adeyemi_CV.docx',
    kind: 'docx',
    quality: 'weak',
    cv: seun,
    docx: { headings: 'bold', font: 'Times New Roman' },
    tests:
      'bold paragraphs instead of heading styles, date of birth and marital status, generic skills, duties not results, mixed date styles ("since 2023", "03/2019 - 12/2022", "Jan 2016 – Feb 2019")',
  },
  {
    file: 'CV_Mohammed_Al-Farsi.docx',
    kind: 'docx',
    quality: 'medium',
    cv: mohammed,
    docx: { headings: 'styles', font: 'Calibri' },
    tests: 'Title | Org | City | dates on one line, .NET stack, a gap since the last position',
  },
  {
    file: 'ahmed_hassan_cv.txt',
    kind: 'txt',
    quality: 'good',
    cv: ahmed,
    txt: { headings: 'upper-underline', bullet: '-', wrap: 0, contact: 'labelled' },
    tests: 'plain text, labelled contact lines ("Email: ..."), "since 2021" then year-only ranges',
  },
  {
    file: 'resume_bob_turner.txt',
    kind: 'txt',
    quality: 'weak',
    cv: bob,
    txt: { headings: 'upper-colon', bullet: '*', wrap: 76, contact: 'line' },
    tests:
      'plain text hard-wrapped at 76 columns, 15 programming languages, outdated tech (VB6, ColdFusion, Flash), not reverse-chronological, mixed date styles, nickname in quotes',
  },
  {
    file: 'Nguyen_Thi_Lan_CV.txt',
    kind: 'txt',
    quality: 'medium',
    cv: lan,
    txt: { headings: 'title', bullet: '•', wrap: 0, contact: 'line' },
    tests:
      'junior: Northcoders bootcamp, projects, Vietnamese name with diacritics (UTF-8), UK domestic phone format',
  },
  {
    file: 'aisha-khan-cv.md',
    kind: 'md',
    quality: 'strong',
    cv: aisha,
    md: { links: 'labelled' },
    tests: 'Markdown with `##` headings and `[text](url)` links, "Jan. 2020 to Current" dates throughout',
  },
  {
    file: 'lucas_silva_resume.md',
    kind: 'md',
    quality: 'medium',
    cv: lucas,
    md: { links: 'autolink' },
    tests: 'Markdown with `<url>` autolinks, Rails developer, Portuguese phone, some vague bullets',
  },
  {
    file: 'Emily_Clarke_CV.pdf',
    kind: 'encrypted',
    cv: emily,
    pdf: { password: 'shortlist-2026' },
    tests: 'password-protected PDF (user password "shortlist-2026", RC4 128-bit)',
  },
  {
    file: 'Kwame_Osei_CV.pdf',
    kind: 'truncated',
    cv: kwame,
    pdf: {},
    tests: 'a real CV PDF cut to 40% of its bytes (no xref, no trailer)',
  },
  {
    file: 'CV_scan_Peter_Novak.pdf',
    kind: 'scan',
    tests: 'a scanned page: one raster image, no text layer',
  },
  {
    file: 'Ryan_Murphy_CV.docx',
    kind: 'empty',
    tests: 'a 0-byte file with a .docx name',
  },
];

// ------------------------------------------------------------------------------------------ jobs

const JOB_BACKEND = `# Senior Backend Developer

**Northstar Payments** · London (hybrid, two days a week in the office) or remote within the UK · Full-time · £75,000–£95,000

## About us

Northstar Payments moves money for 4,000 online businesses across Europe. Our platform handles 300 million API
requests a day and settles over £2bn a month, and the backend team of 18 engineers owns all of it.

## What you'll do

- Design, build and run the REST APIs and event-driven services behind our payments platform
- Own services end to end: design, code review, deployment, monitoring and on-call
- Optimise PostgreSQL schemas and queries for high-volume, low-latency workloads
- Break the remaining monolith into well-bounded microservices
- Improve reliability and observability: SLOs, alerting, incident reviews
- Mentor mid-level engineers and take part in architecture and system design decisions

## Requirements

- 5+ years of professional backend development experience
- Strong Node.js (TypeScript) or Go
- PostgreSQL: schema design, query optimisation, migrations
- Designing and versioning REST APIs
- Docker and CI/CD pipelines
- AWS (ECS or EKS, RDS, Lambda, S3)
- Production support: monitoring, on-call, incident response

## Nice to have

- Kubernetes
- Kafka or another event streaming platform
- Terraform
- gRPC
- Redis
- Prometheus, Grafana or Datadog
- An AWS certification
- Open-source contributions or a technical blog

## What we offer

- 30 days' holiday plus bank holidays
- 8% pension contribution, private health insurance
- £1,500 yearly learning budget

## How to apply

Send your CV (PDF preferred) to careers@northstar-payments.example.com. We reply to every applicant within two weeks.
`;

const JOB_FRONTEND = `# Frontend Developer

**Lattice Learning** · Cambridge or remote (UK) · Full-time · £55,000–£70,000

## The role

We build the course player and authoring tools used by 2 million learners. You will join a team of six frontend
engineers working closely with designers and the backend team.

## What you'll do

- Build accessible, fast user interfaces in React and TypeScript
- Work with designers in Figma to turn prototypes into production features
- Improve Core Web Vitals and keep our bundle lean
- Write unit and end-to-end tests and review your teammates' code

## Must have

- 3+ years of professional frontend development
- React and TypeScript
- HTML, CSS and modern JavaScript
- Accessibility (WCAG 2.1 AA)
- Testing with Jest, React Testing Library or Playwright
- Git and code review

## Nice to have

- Next.js
- GraphQL
- Storybook and design systems
- Node.js
- Performance profiling and Lighthouse

## How to apply

Send your CV and a link to your portfolio or GitHub to jobs@lattice-learning.example.org.
`;

const JOB_ACCOUNTANT = `# Management Accountant

**Harbour & Finch Ltd** · Bristol (hybrid) · Full-time · £42,000–£50,000

## About the role

Harbour & Finch is a family-owned wholesaler with a turnover of £60m. We are looking for a qualified management
accountant to join our finance team of five, reporting to the Financial Controller.

## What you'll do

- Run the month-end close and prepare management accounts, including variance analysis
- Prepare and submit quarterly VAT returns under Making Tax Digital
- Reconcile balance sheet accounts, bank accounts and intercompany balances
- Prepare budgets and forecasts with department heads
- Support the year-end audit and the statutory accounts under IFRS
- Improve reporting in Excel and our accounting systems

## Requirements

- ACCA, ACA or CIMA qualified (or finalist)
- 3+ years in a management or financial accounting role
- Month-end close and management accounts
- VAT returns
- Advanced Excel (pivot tables, XLOOKUP, Power Query)
- Xero or Sage

## Nice to have

- IFRS reporting experience
- Experience in wholesale or distribution
- Power BI
- Payroll

## How to apply

Send your CV and a short cover letter to finance.jobs@harbourfinch.example.com.
`;

// ------------------------------------------------------------------------------------------ README

function readme(rows: { spec: Spec; size: number; pages: number | null }[]): string {
  const lines = [
    '# Sample data',
    '',
    'Everything in this folder is generated by `scripts/make-samples.ts`. Regenerate with:',
    '',
    '```sh',
    'npm run samples        # = npx tsx scripts/make-samples.ts',
    '```',
    '',
    'The output is deterministic (running it twice gives byte-identical files). All people, companies, e-mail',
    'addresses (example.com / example.org), phone numbers (UK numbers in the 07700 900xxx range reserved for',
    'fiction, US/Canadian numbers in 555-01xx) and URLs are invented.',
    '',
    '- `applicants/`: the CVs, for a Backend Developer posting, from excellent to weak and in every supported format.',
    '- `jobs/`: `backend-developer.md` (the posting the applicants answer), `frontend-developer.md` (another tech',
    '  role) and `accountant.md` (a role outside tech).',
    '- `expected/<file>.json`: the ground truth for each applicant file, derived from the same data the file was',
    '  rendered from, so the two cannot disagree.',
    '',
    '## Applicants',
    '',
    '| File | Format | Layout | Status | Quality | Pages | What it tests |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const { spec, pages } of rows) {
    const e = expectedFor(spec, pages);
    lines.push(
      `| \`${spec.file}\` | ${String(e.format)} | ${String(e.layout)} | ${String(e.status)} | ${spec.quality ?? '–'} | ${pages ?? '–'} | ${spec.tests.replace(/\|/g, '\\|')} |`,
    );
  }
  lines.push(
    '',
    'Quality tiers are a recruiter’s reading of the CV against `jobs/backend-developer.md`: **strong** (senior,',
    'on-stack, quantified), **good**, **medium** (junior, adjacent stack or vague writing), **weak** (duties not',
    'results, padding, outdated tech, personal details), **off-target** (not a developer).',
    '',
    '## Ground truth conventions (`expected/*.json`)',
    '',
    '- `format`: `pdf` | `docx` | `txt` | `md`. `layout`: `one-column` | `two-column` | `docx` | `docx-table` |',
    '  `text` | `markdown` | `n/a`. `status`: `ok` | `protected` | `malformed` | `no-text` | `empty`. Failure files',
    '  carry only `file`, `format`, `layout`, `status` and `tests`.',
    '- `name`, `emails`, `phones`, `location` are as written in the CV (phones keep their written form, e.g.',
    '  `07700 900321` or `+1 (206) 555-0142`; compare digits or E.164 if you normalise).',
    '- `links` are the URLs written in the contact details, with `https://` added when the CV omits the scheme',
    '  (`github.com/janedoe` → `https://github.com/janedoe`).',
    '- `positions` are in the order the CV lists them. `start`/`end` are `YYYY-MM`; a current position has',
    '  `end: null, current: true`. A year-only range such as `2018–2020` reads as start `2018-01`, end `2020-12`;',
    '  `since 2021` reads as start `2021-01`, current.',
    '- `education[].end` is `YYYY-MM` when the CV writes a month and `YYYY` when it only writes a year.',
    '- `skills` are the items of the CV’s skills sections as written (not mapped to a taxonomy).',
    '- `signals` (extra, for quality checks): `pages` (PDF page count, `null` for other formats),',
    '  `reverseChronological`, `dateStyles` (labels such as `Mon YYYY`, `MM/YYYY`, `YYYY`, `Mon. YYYY`,',
    '  `Month YYYY`, `since YYYY`; more than one means inconsistent dates), `photo`, `personalDetails`',
    '  (date of birth / marital status written on the CV).',
    '- `sameCandidateAs` names the other file of a duplicate pair (same candidate, same content, PDF and DOCX).',
    '',
    'The password of `Emily_Clarke_CV.pdf` is `shortlist-2026`; the tool is expected to report it as protected,',
    'not to open it.',
    '',
  );
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------ main

function bulletStats(cv: Cv): string {
  const bullets = allItems(cv).flatMap((i) =>
    i.t === 'role' || i.t === 'project' ? i.bullets : i.t === 'bullet' ? [i.text] : [],
  );
  if (bullets.length === 0) return '';
  const words = (b: string): number => b.split(/\s+/).filter(Boolean).length;
  const sized = bullets.filter((b) => words(b) >= 12 && words(b) <= 20).length;
  const quantified = bullets.filter((b) => /\d/.test(b)).length;
  return `${bullets.length} bullets, ${sized} of 12-20 words, ${quantified} with a figure`;
}

async function main(): Promise<void> {
  rmSync(APPLICANTS, { recursive: true, force: true });
  rmSync(EXPECTED, { recursive: true, force: true });
  mkdirSync(APPLICANTS, { recursive: true });
  mkdirSync(EXPECTED, { recursive: true });
  mkdirSync(JOBS, { recursive: true });

  const files = new Set<string>();
  const rows: { spec: Spec; size: number; pages: number | null }[] = [];
  for (const [index, spec] of SPECS.entries()) {
    if (files.has(spec.file)) throw new Error(`duplicate file name ${spec.file}`);
    files.add(spec.file);
    const date = fileDate(index);
    let data: Buffer;
    let pages: number | null = null;
    switch (spec.kind) {
      case 'pdf-one-column':
      case 'encrypted':
      case 'truncated': {
        if (!spec.cv) throw new Error(`${spec.file}: no CV`);
        const r = await renderOneColumn(spec, spec.cv, date);
        pages = r.pages;
        data = spec.kind === 'truncated' ? r.data.subarray(0, Math.floor(r.data.length * 0.4)) : r.data;
        break;
      }
      case 'pdf-two-column': {
        if (!spec.cv) throw new Error(`${spec.file}: no CV`);
        const r = await renderTwoColumn(spec, spec.cv, date);
        pages = r.pages;
        data = r.data;
        break;
      }
      case 'docx':
      case 'docx-table':
        if (!spec.cv) throw new Error(`${spec.file}: no CV`);
        data = await renderDocx(spec, spec.cv, date);
        break;
      case 'txt':
        if (!spec.cv) throw new Error(`${spec.file}: no CV`);
        data = Buffer.from(renderTxt(spec, spec.cv), 'utf8');
        break;
      case 'md':
        if (!spec.cv) throw new Error(`${spec.file}: no CV`);
        data = Buffer.from(renderMd(spec, spec.cv), 'utf8');
        break;
      case 'scan':
        data = await renderScan(spec, date);
        pages = 1;
        break;
      case 'empty':
        data = Buffer.alloc(0);
        break;
    }
    if (spec.pages && pages !== null) {
      if (spec.pages.min !== undefined && pages < spec.pages.min) {
        throw new Error(`${spec.file}: ${pages} page(s), expected at least ${spec.pages.min}`);
      }
      if (spec.pages.max !== undefined && pages > spec.pages.max) {
        throw new Error(`${spec.file}: ${pages} page(s), expected at most ${spec.pages.max}`);
      }
    }
    if (data.length > 200 * 1024)
      throw new Error(`${spec.file}: ${data.length} bytes is too large for a sample`);
    writeFileSync(join(APPLICANTS, spec.file), data);
    const okPages = spec.kind === 'pdf-one-column' || spec.kind === 'pdf-two-column' ? pages : null;
    writeFileSync(
      join(EXPECTED, `${spec.file}.json`),
      `${JSON.stringify(expectedFor(spec, okPages), null, 2)}\n`,
    );
    rows.push({ spec, size: data.length, pages: okPages });
    const stats =
      spec.cv && spec.kind !== 'encrypted' && spec.kind !== 'truncated' ? bulletStats(spec.cv) : '';
    console.log(
      `${spec.file.padEnd(36)} ${String(data.length).padStart(7)} B  ${(spec.quality ?? spec.kind).padEnd(10)} ${pages ? `${pages}p ` : ''}${stats}`,
    );
  }

  writeFileSync(join(JOBS, 'backend-developer.md'), JOB_BACKEND);
  writeFileSync(join(JOBS, 'frontend-developer.md'), JOB_FRONTEND);
  writeFileSync(join(JOBS, 'accountant.md'), JOB_ACCOUNTANT);
  writeFileSync(join(SAMPLES, 'README.md'), readme(rows));
  console.log(`\n${rows.length} applicant files, 3 jobs, ground truth in samples/expected/`);
}

await main();
