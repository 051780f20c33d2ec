// The fault corpus: broken, hostile and enormous files mixed with good CVs, generated into a folder
// at test time (nothing large is committed). Each file carries the outcomes it may end in.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { pdfkitPdf as pdfkit } from '../fixtures/pdf.js';
import { makeDocx } from '../fixtures/zip.js';
import { cvText } from '../pipeline/helpers.js';

const SAMPLES = join(import.meta.dirname, '../../samples/applicants');

/** `candidate`, or a failure status. */
export type Outcome =
  | 'candidate'
  | 'malformed'
  | 'protected'
  | 'timeout'
  | 'too-large'
  | 'unsupported'
  | 'empty'
  | 'no-text'
  | 'not-a-cv';

export interface CorpusFile {
  /** Path relative to the corpus folder, as results.json shows it. */
  file: string;
  /** The outcomes this file may end in (exactly one of them). */
  expect: Outcome[];
  /** A good CV mixed in: it must be scored. */
  good?: boolean;
}

/** A PDF written by hand from object bodies, with a correct cross-reference table. */
export function handPdf(objects: string[], root = 1): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const b = Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    parts.push(b);
    offset += b.length;
  });
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

/** A stream object body; `flate` compresses it (a small file that expands a lot). */
export function pdfStream(content: string, flate = false): string {
  const data = flate ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1');
  const filter = flate ? ' /Filter /FlateDecode' : '';
  return `<< /Length ${data.length}${filter} >>\nstream\n${data.toString('latin1')}\nendstream`;
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const LINE = 'BT /F1 11 Tf 50 750 Td (Jane Doe, Backend Developer, jane@example.com) Tj ET';

/** A one-page PDF around a content stream, with extra objects after it (6 0 R onwards). */
export function onePagePdf(
  content: string,
  opts: { flate?: boolean; pageExtra?: string; extra?: string[] } = {},
) {
  return handPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ${opts.pageExtra ?? ''} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    pdfStream(content, opts.flate),
    FONT,
    ...(opts.extra ?? []),
  ]);
}

/** A content stream so long that reading it needs far more memory than a small heap cap allows. */
export function heavyPdf(ops = 400_000): Buffer {
  return onePagePdf(LINE + '\n' + 'BT /F1 11 Tf 50 700 Td (a) Tj ET\n'.repeat(ops), { flate: true });
}

/** Nested save states and arrays in a content stream: pdf.js works on it far longer than any limit. */
export function loopingPdf(): Buffer {
  return onePagePdf(
    LINE + '\n' + 'q '.repeat(300_000) + 'Q '.repeat(300_000) + '['.repeat(100_000) + ']'.repeat(100_000),
    {
      flate: true,
    },
  );
}

/** A valid one-page CV padded to `bytes` with an unreferenced stream (a scan-sized PDF). */
export function hugePdf(bytes: number): Buffer {
  const text = `${LINE}\nBT /F1 11 Tf 50 700 Td (Experience: Node.js services at Northwind, 2019 to 2025) Tj ET`;
  // An object nothing refers to, as large as asked: parsers index it and never decode it.
  return onePagePdf(text, { extra: [pdfStream('A'.repeat(Math.max(0, bytes - 1000)))] });
}

/** A zip of `count` empty stored entries plus a real document part, written directly (fast). */
export function manyEntryDocx(count: number): Buffer {
  // Stored, empty entries: 30 + name bytes locally, 46 + name bytes in the directory.
  const names = Array.from({ length: count }, (_v, i) => Buffer.from(`word/media/i${i}.png`));
  const nameBytes = names.reduce((n, b) => n + b.length, 0);
  const locals = Buffer.alloc(30 * count + nameBytes);
  const centrals = Buffer.alloc(46 * count + nameBytes);
  let lo = 0;
  let co = 0;
  for (const name of names) {
    locals.writeUInt32LE(0x04034b50, lo);
    locals.writeUInt16LE(10, lo + 4);
    locals.writeUInt16LE(name.length, lo + 26);
    name.copy(locals, lo + 30);
    centrals.writeUInt32LE(0x02014b50, co);
    centrals.writeUInt16LE(10, co + 4);
    centrals.writeUInt16LE(10, co + 6);
    centrals.writeUInt16LE(name.length, co + 28);
    centrals.writeUInt32LE(lo, co + 42);
    name.copy(centrals, co + 46);
    lo += 30 + name.length;
    co += 46 + name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  // More than 65,535 entries does not fit the classic field: writers put 0xFFFF there (zip64 style).
  end.writeUInt16LE(Math.min(count, 0xffff), 8);
  end.writeUInt16LE(Math.min(count, 0xffff), 10);
  end.writeUInt32LE(centrals.length, 12);
  end.writeUInt32LE(locals.length, 16);
  return Buffer.concat([locals, centrals, end]);
}

/** A Word document whose body expands 1,000 times when inflated. */
export function zipBombDocx(): Buffer {
  const body = Buffer.alloc(40 * 1024 * 1024, 0x20);
  const packed = deflateRawSync(body, { level: 9 });
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(body.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(body.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + packed.length, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}

/** Deterministic bytes that are no format at all. */
function garbage(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  out[0] = 0x00; // never mistaken for text
  return out;
}

/** An encrypted .docx as Word writes it: an OLE compound file holding an "EncryptionInfo" stream. */
function encryptedDocx(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const dirEntry = Buffer.alloc(128);
  Buffer.from('EncryptionInfo', 'utf16le').copy(dirEntry);
  return Buffer.concat([header, dirEntry, garbage(4096, 7)]);
}

/**
 * Writes the corpus into `dir` and returns what each file may end in. `bigPdfBytes` is the size of
 * the scan-sized PDF (50 MB by default; the default run's 20 MB file-size limit refuses it unread).
 */
/** The marker of the CV whose reading never ends; see SHORTLIST_TEST_FAULT. */
export const HANG_MARKER = 'Simulated-fault-the-reader-never-ends';

export async function makeCorpus(dir: string, opts: { bigPdfBytes?: number } = {}): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const add = (file: string, bytes: Buffer | string, expect: Outcome[], good = false) => {
    const parts = file.split('/');
    if (parts.length > 1) mkdirSync(join(dir, ...parts.slice(0, -1)), { recursive: true });
    writeFileSync(join(dir, ...parts), bytes);
    files.push({ file, expect, ...(good ? { good } : {}) });
  };
  const sample = (name: string) => readFileSync(join(SAMPLES, name));

  // Good CVs mixed in: each must be scored.
  add('good/amara.pdf', sample('Amara_Okafor_CV.pdf'), ['candidate'], true);
  add('good/marcus.docx', sample('Marcus_Bell_CV.docx'), ['candidate'], true);
  add('good/ahmed.txt', sample('ahmed_hassan_cv.txt'), ['candidate'], true);
  // The wrong extension: read by content.
  add('wrong-ext/callum-really-a-pdf.docx', sample('Callum_Reid_CV.pdf'), ['candidate'], true);
  add('wrong-ext/oluwaseun-really-a-docx.pdf', sample('Oluwaseun_Adeyemi_CV.docx'), ['candidate'], true);
  add('wrong-ext/priya-pdf-as.txt', sample('Priya_Nair_CV_2026.pdf'), ['candidate'], true);

  // Truncated at several offsets. pdf.js repairs some truncated PDFs; any one outcome is fine.
  const pdf = sample('Grace_Liu_CV.pdf');
  for (const f of [0.01, 0.3, 0.6, 0.9, 0.999]) {
    add(`truncated/grace-${Math.round(f * 1000)}.pdf`, pdf.subarray(0, Math.floor(pdf.length * f)), [
      'malformed',
      'no-text',
      'empty',
      'candidate',
      'not-a-cv',
    ]);
  }
  const docx = sample('Chloe_Dubois_CV.docx');
  for (const f of [0.01, 0.3, 0.6, 0.9, 0.999]) {
    add(`truncated/chloe-${Math.round(f * 1000)}.docx`, docx.subarray(0, Math.floor(docx.length * f)), [
      'malformed',
    ]);
  }

  // Encrypted.
  add(
    'encrypted/locked.pdf',
    await pdfkit((d) => d.text('Jane Doe\nBackend Developer\njane@example.com\n' + 'Node.js '.repeat(40)), {
      userPassword: 'secret',
      ownerPassword: 'owner',
      pdfVersion: '1.7',
    }),
    ['protected'],
  );
  add('encrypted/locked.docx', encryptedDocx(), ['protected']);

  // Zip trouble.
  add('zip/bomb.docx', zipBombDocx(), ['too-large']);
  add('zip/100000-entries.docx', manyEntryDocx(100_000), ['too-large']);
  const laughs =
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">' +
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>';
  add('zip/entities.docx', makeDocx(['&lol4;', 'Jane Doe', 'Backend Developer'], laughs), ['malformed']);

  // Hand-written hostile PDFs.
  add(
    'pdf/circular-pages.pdf',
    handPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      pdfStream(LINE),
      FONT,
    ]),
    ['malformed'],
  );
  add(
    'pdf/circular-refs.pdf',
    handPdf([
      '<< /Type /Catalog /Pages 2 0 R /Self 1 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox 6 0 R /Resources 7 0 R /Contents 4 0 R >>',
      pdfStream(LINE),
      FONT,
      '6 0 R',
      '<< /Font << /F1 5 0 R >> /XObject 7 0 R >>',
    ]),
    ['malformed', 'no-text', 'candidate', 'not-a-cv'],
  );
  add(
    'pdf/deep-arrays.pdf',
    onePagePdf(LINE, { pageExtra: `/Deep ${'['.repeat(200_000)}${']'.repeat(200_000)}` }),
    ['malformed'],
  );
  add(
    'pdf/deep-dicts.pdf',
    onePagePdf(LINE, { pageExtra: `/Deep ${'<< /A '.repeat(100_000)}1${' >>'.repeat(100_000)}` }),
    ['malformed'],
  );
  add('pdf/never-ends.pdf', loopingPdf(), ['timeout']);
  add('pdf/huge-50mb.pdf', hugePdf(opts.bigPdfBytes ?? 50 * 1024 * 1024), ['too-large']);
  // Under the file-size limit, but far more text than any CV: 1.2 million characters.
  add(
    'text/huge-text.txt',
    Buffer.from('Jane Doe\njane@example.com\n' + 'Built services in Python. '.repeat(48_000)),
    ['too-large'],
  );

  // A CV with lines no reading should take long over (a pasted blob, a broken text layer): runs of
  // letters around an @, of figures, of a scale word. Read in time growing with the square of their
  // length, they cost the file its time limit.
  add(
    'text/long-runs.txt',
    Buffer.concat([
      sample('ahmed_hassan_cv.txt'),
      Buffer.from(
        `\n${'a'.repeat(100_000)}${'@'.repeat(3_000)}${'a.'.repeat(20_000)}\n${'1.'.repeat(40_000)}\n` +
          `${'latency '.repeat(10_000)}\n`,
      ),
    ]),
    ['candidate'],
    true,
  );

  // A CV whose text the CV reader never finishes: a fault of shortlist's, simulated through the fault
  // switch of src/pipeline/score-text.ts (the run must set SHORTLIST_TEST_FAULT=hang:<marker>).
  add(
    'text/reader-never-ends.txt',
    Buffer.concat([sample('ahmed_hassan_cv.txt'), Buffer.from(`\n${HANG_MARKER}\n`)]),
    ['timeout'],
  );

  // Nothing, or nothing readable.
  add('empty/zero.pdf', Buffer.alloc(0), ['empty']);
  add('empty/zero.docx', Buffer.alloc(0), ['empty']);
  add('empty/zero.txt', Buffer.alloc(0), ['empty']);
  add('garbage/noise.pdf', garbage(30_000, 1), ['malformed']);
  add('garbage/noise.docx', garbage(30_000, 2), ['malformed']);
  add('garbage/noise.bin', garbage(30_000, 3), ['unsupported']);

  // Names no output path may carry (a name starting with "." is hidden and ignored by design): dot-dot parts, a reserved device name, control and bidi characters.
  const names = [
    'names/cv..\\..\\windows\\system.txt',
    'names/a..%2F..%2Fetc%2Fpasswd.txt',
    'names/x..\u2215..\u2215evil.txt',
    'names/CON.txt',
    'names/tab\tbell\u0007esc\u001b[31m.txt',
    'names/new\nline\rcarriage.txt',
    'names/invoice\u202Etxt.exe.txt',
    'names/\u2066isolate\u2069\u200f.txt',
  ];
  names.forEach((name, i) => add(name, cvText(40 + i, `n${i}`), ['candidate'], true));
  return files;
}
