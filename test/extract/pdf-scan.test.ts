// Regression test for the getOperatorList shortcut (src/extract/pdf-scan.ts): for generated PDFs
// with text and filled shapes near the hidden-text thresholds (light and white colours, sizes around
// 3 pt, scaling, rotation, curves, text at box edges), extractPdf must report exactly the same with
// the shortcut as without it. The generator is seeded, so every run sees the same files.
import { isDeepStrictEqual } from 'node:util';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model.js';
import { extractPdf } from '../../src/extract/pdf.js';
import { operatorListIrrelevant } from '../../src/extract/pdf-scan.js';
import { pdfkitPdf as pdf } from '../fixtures/pdf.js';

const LIMITS = { maxPages: 50 };

/** A small linear congruential generator (the one the hand-run fuzzers used). */
function prng(seed: number) {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  return { rnd, pick };
}

const grey = (v: number) =>
  '#' +
  Math.round(v * 255)
    .toString(16)
    .padStart(2, '0')
    .repeat(3);

const COLOURS = [
  '#ffffff',
  '#fefefe',
  '#f0f0f0',
  '#eeeeee',
  '#dddddd',
  '#000000',
  '#111111',
  '#1f3a5f',
  '#999999',
  '#ebebeb',
  '#f5f5f5',
  '#e0e0e0',
  'white',
  'black',
] as const;
const WORDS = 'Python Kubernetes leadership Java agile Golang AWS Docker React SQL'.split(' ');
const HEADER =
  'Jane Doe Backend Developer jane@example.com Experience at Northwind 2019 to 2024 building services';

type Doc = PDFKit.PDFDocument;

interface Case {
  label: string;
  bytes: Buffer;
  /** The file must not take the shortcut (an image, CMYK, a form...). */
  slow?: boolean;
}

/** fuzz.mjs: a scene of boxes, circles, triangles and text, some rotated or scaled, in mixed colours. */
async function scene(seed: number): Promise<Case> {
  const { rnd, pick } = prng(seed);
  const steps: string[] = [];
  const compress = rnd() < 0.8;
  const bytes = await pdf(
    (doc) => {
      doc.fontSize(12).fillColor('#000000').text(HEADER, 50, 50, { width: 400 });
      const pages = rnd() < 0.15 ? 2 : 1;
      for (let p = 0; p < pages; p++) {
        if (p > 0) {
          doc.addPage();
          doc.fontSize(11).fillColor('#000000').text('Second page: projects and references', 50, 60);
        }
        const n = 3 + Math.floor(rnd() * 8);
        for (let k = 0; k < n; k++) {
          const r = rnd();
          const colour = pick(COLOURS);
          if (r < 0.2) {
            doc.rect(rnd() * 500, rnd() * 800, 20 + rnd() * 300, 5 + rnd() * 300).fill(colour);
            steps.push(`rect ${colour}`);
          } else if (r < 0.26) {
            doc.circle(rnd() * 500, rnd() * 800, 5 + rnd() * 80).fill(colour);
            steps.push(`circle ${colour}`);
          } else if (r < 0.3) {
            doc.roundedRect(rnd() * 500, rnd() * 800, 20 + rnd() * 200, 10 + rnd() * 200, 8).fill(colour);
            steps.push(`roundedRect ${colour}`);
          } else if (r < 0.36) {
            const angle = rnd() * 90;
            const size = 4 + rnd() * 12;
            doc.save();
            doc.rotate(angle, { origin: [300, 400] });
            doc
              .fillColor(colour)
              .fontSize(size)
              .text(pick(WORDS), rnd() * 500, rnd() * 800, { lineBreak: false });
            doc.restore();
            steps.push(`rotated ${angle.toFixed(1)} ${colour} ${size.toFixed(2)}pt`);
          } else if (r < 0.42) {
            const s = 0.1 + rnd();
            const size = 6 + rnd() * 10;
            doc.save();
            doc.scale(s);
            doc
              .fillColor(colour)
              .fontSize(size)
              .text(pick(WORDS), rnd() * 500, rnd() * 800, { lineBreak: false });
            doc.restore();
            steps.push(`scaled ${s.toFixed(2)} ${colour} ${size.toFixed(2)}pt`);
          } else if (r < 0.48) {
            doc
              .moveTo(rnd() * 500, rnd() * 800)
              .lineTo(rnd() * 500, rnd() * 800)
              .lineTo(rnd() * 500, rnd() * 800)
              .fill(colour);
            steps.push(`triangle ${colour}`);
          } else if (r < 0.52) {
            const url = `https://example.com/${pick(WORDS).toLowerCase()}`;
            doc
              .fillColor(colour)
              .fontSize(10)
              .text(`${pick(WORDS)} portfolio`, rnd() * 400, rnd() * 780, {
                link: url,
                underline: rnd() < 0.5,
              });
            steps.push(`link ${colour}`);
          } else {
            const size = pick([1, 2, 2.9, 3, 3.1, 5, 8, 10, 12]);
            doc
              .fillColor(colour)
              .fontSize(size)
              .text(`${pick(WORDS)} ${pick(WORDS)} and ${pick(WORDS)}`, rnd() * 500, rnd() * 800, {
                lineBreak: false,
                characterSpacing: rnd() < 0.1 ? 1 : 0,
              });
            steps.push(`text ${colour} ${size}pt`);
          }
        }
      }
    },
    { compress },
  );
  return { label: `scene ${seed}${compress ? '' : ' (uncompressed)'}: ${steps.join(', ')}`, bytes };
}

/** fuzz2.mjs: one box and one text near its edges, with greys and sizes near the thresholds. */
async function edge(seed: number): Promise<Case> {
  const { rnd, pick } = prng(seed);
  let label = '';
  const bytes = await pdf((doc) => {
    doc.fontSize(12).fillColor('#000000').text(HEADER, 50, 50, { width: 400 });
    const bx = 100 + rnd() * 200;
    const by = 200 + rnd() * 300;
    const bw = 50 + rnd() * 100;
    const bh = 20 + rnd() * 100;
    const boxL = pick([0.1, 0.5, 0.55, 0.6, 0.61, 0.65, 0.85, 0.9, 0.92, 0.93, 1]);
    const boxed = rnd() < 0.8;
    if (boxed) doc.rect(bx, by, bw, bh).fill(grey(boxL));
    const textL = pick([0, 0.2, 0.5, 0.52, 0.53, 0.57, 0.6, 0.68, 0.7, 0.85, 0.9, 0.91, 0.92, 0.93, 0.95, 1]);
    const size = pick([2.5, 2.95, 3, 3.05, 3.2, 4, 9, 11]);
    const off = pick([-2, -1.2, -1, -0.9, 0, 0.5, 1, 5]);
    const tx = pick([bx + off, bx + bw - off, bx + bw / 2, 450]);
    const ty = pick([by + off, by + bh / 2, by + bh + off, 700]);
    const baseline = pick(['alphabetic', 'top'] as const);
    const scale = rnd() < 0.3 ? pick([0.5, 0.9, 1, 1.5]) : null;
    if (scale !== null) doc.save().scale(scale);
    doc
      .fillColor(grey(textL))
      .fontSize(size)
      .text('Kubernetes Python leadership', tx, ty, { lineBreak: false, baseline });
    if (scale !== null) doc.restore();
    label =
      `edge ${seed}: box ${boxed ? boxL : 'none'}, text ${textL} ${size}pt at ${off} (${baseline})` +
      (scale !== null ? `, scale ${scale}` : '');
  });
  return { label, bytes };
}

/**
 * Mostly visible on purpose: text in colours and at sizes just past the hidden-text thresholds (a
 * grey about 0.08 from its box, near-white on a box about 0.6, 3 to 4 points after scaling), so the
 * shortcut is taken often and its "cannot be hidden" proof is tested where it is tightest.
 */
async function near(seed: number): Promise<Case> {
  const { rnd, pick } = prng(seed);
  const steps: string[] = [];
  const bytes = await pdf((doc) => {
    doc.fontSize(12).fillColor('#000000').text(HEADER, 50, 50, { width: 400 });
    const boxes = rnd() < 0.6 ? 1 : 2;
    for (let k = 0; k < boxes; k++) {
      const [x, y, w, h] = [50 + rnd() * 300, 150 + rnd() * 500, 60 + rnd() * 150, 20 + rnd() * 80];
      const bg = pick([0.3, 0.5, 0.55, 0.58, 0.6, 0.62, 0.7, 0.8]);
      const shape = pick(['rect', 'rect', 'roundedRect', 'ellipse'] as const);
      if (shape === 'rect') doc.rect(x, y, w, h);
      else if (shape === 'roundedRect') doc.roundedRect(x, y, w, h, 6);
      else doc.ellipse(x + w / 2, y + h / 2, w / 2, h / 2);
      doc.fill(grey(bg));
      const light =
        rnd() < 0.3 && bg < 0.65
          ? pick([0.9, 0.91, 0.92, 0.93, 0.95])
          : Math.min(
              1,
              Math.max(0, bg + pick([-1, 1]) * pick([0.07, 0.08, 0.1, 0.11, 0.12, 0.15, 0.2, 0.3])),
            );
      const size = pick([3.05, 3.1, 3.2, 3.5, 4, 6]);
      const transform = pick(['none', 'none', 'scale', 'rotate'] as const);
      const factor = pick([0.8, 0.95, 1, 1.05, 1.2]);
      const angle = pick([0, 5, 30, 90]);
      doc.save();
      if (transform === 'scale') doc.scale(factor, factor, { origin: [x, y] });
      if (transform === 'rotate') doc.rotate(angle, { origin: [x, y] });
      doc
        .fillColor(grey(light))
        .fontSize(size)
        .text(`${pick(WORDS)} ${pick(WORDS)}`, x + pick([0, 0.5, 2, w / 3]), y + pick([0, 1, h / 3]), {
          lineBreak: false,
        });
      doc.restore();
      steps.push(
        `${shape} ${bg}, text ${light.toFixed(3)} ${size}pt` +
          (transform === 'scale' ? ` scale ${factor}` : transform === 'rotate' ? ` rotate ${angle}` : ''),
      );
    }
    if (rnd() < 0.35) {
      doc.fillColor('#1f3a5f').fontSize(10).text('github.com/janedoe', 50, 760, {
        link: 'https://github.com/janedoe',
        underline: true,
        lineBreak: false,
      });
      steps.push('link');
    }
  });
  return { label: `near ${seed}: ${steps.join(', ')}`, bytes };
}

/** A 2x2 RGB PNG, written by hand (pdfkit embeds it as an image XObject). */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Files that must take the slow path; most also hold hidden text the operator list has to find. */
async function slowCases(): Promise<Case[]> {
  const base = (doc: Doc) => doc.fontSize(12).fillColor('#000000').text(HEADER, 50, 50, { width: 400 });
  const cases: [string, (doc: Doc) => void][] = [
    [
      'an image',
      (doc) => {
        base(doc);
        doc.image(tinyPng(), 300, 300, { width: 40 });
      },
    ],
    [
      'an image and white text',
      (doc) => {
        base(doc);
        doc.image(tinyPng(), 300, 300, { width: 40 });
        doc.fillColor('#ffffff').fontSize(10).text('Kubernetes Python leadership', 60, 500);
      },
    ],
    [
      'CMYK text',
      (doc) => {
        base(doc);
        doc.fillColor([0, 0, 0, 100]).fontSize(10).text('Docker and AWS in CMYK', 60, 500);
      },
    ],
    [
      'near-white CMYK text',
      (doc) => {
        base(doc);
        doc.fillColor([0, 0, 0, 2]).fontSize(10).text('Kubernetes Python leadership', 60, 500);
      },
    ],
    [
      'a form XObject drawing white text',
      (doc) => {
        base(doc);
        const font = (doc as unknown as { _font: { id: string; dictionary: unknown } })._font;
        const form = doc.ref({
          Type: 'XObject',
          Subtype: 'Form',
          BBox: [0, 0, 400, 50],
          Resources: { Font: { [font.id]: font.dictionary } },
        });
        form.end(`1 g BT /${font.id} 10 Tf 0 10 Td (Kubernetes Python leadership) Tj ET`);
        const page = doc.page as unknown as { xobjects: Record<string, unknown> };
        page.xobjects.Fx1 = form;
        doc.addContent('q 1 0 0 1 60 400 cm /Fx1 Do Q');
      },
    ],
    [
      'a gradient fill under light text',
      (doc) => {
        base(doc);
        const gradient = doc.linearGradient(50, 300, 450, 300);
        gradient.stop(0, '#ffffff').stop(1, '#eeeeee');
        doc.rect(50, 300, 400, 100).fill(gradient);
        doc.fillColor('#f5f5f5').fontSize(10).text('Kubernetes Python leadership', 60, 340);
      },
    ],
    [
      'a text note annotation',
      (doc) => {
        base(doc);
        doc.note(300, 300, 20, 20, 'A reviewer note');
        doc.fillColor('#ffffff').fontSize(10).text('Kubernetes Python leadership', 60, 500);
      },
    ],
  ];
  return Promise.all(cases.map(async ([label, build]) => ({ label, bytes: await pdf(build), slow: true })));
}

interface Outcome {
  label: string;
  slow: boolean;
  shortcut: boolean;
  hidden: number;
  fast: Extraction;
  full: Extraction;
}

describe('extractPdf: the getOperatorList shortcut changes nothing', () => {
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    const cases: Case[] = [];
    for (let seed = 1; seed <= 70; seed++) cases.push(await scene(seed));
    for (let seed = 1; seed <= 70; seed++) cases.push(await near(2000 + seed));
    for (let seed = 1; seed <= 90; seed++) cases.push(await edge(1000 + seed));
    cases.push(...(await slowCases()));
    for (const c of cases) {
      const fast = await extractPdf(c.bytes, LIMITS);
      const full = await extractPdf(c.bytes, LIMITS, { scan: false });
      outcomes.push({
        label: c.label,
        slow: c.slow ?? false,
        shortcut: operatorListIrrelevant(c.bytes),
        hidden: full.ok ? (full.layout?.hiddenText.length ?? 0) : 0,
        fast,
        full,
      });
    }
  });

  it('reads every generated file the same with and without the shortcut', () => {
    expect(outcomes.every((o) => o.full.ok)).toBe(true);
    const differ = outcomes.filter((o) => !isDeepStrictEqual(o.fast, o.full));
    // The first few differences in full, so a failure shows what changed and for which file.
    expect(differ.slice(0, 3).map(({ label, fast, full }) => ({ label, fast, full }))).toEqual([]);
  });

  it('exercises both paths: many files take the shortcut, many others have hidden text', () => {
    const total = outcomes.length;
    const shortcut = outcomes.filter((o) => o.shortcut).length;
    const hidden = outcomes.filter((o) => o.hidden > 0).length;
    const linked = outcomes.filter((o) => o.shortcut && o.full.ok && o.full.links.length > 0).length;
    // The shortcut is only sound when nothing could be hidden: a file it covers reports no hidden text.
    expect(outcomes.filter((o) => o.shortcut && o.hidden > 0).map((o) => o.label)).toEqual([]);
    expect(shortcut / total).toBeGreaterThan(0.25);
    expect(hidden / total).toBeGreaterThan(0.4);
    expect(linked).toBeGreaterThan(3);
  });

  it('keeps the slow path for images, CMYK, forms, gradients and other annotations', () => {
    const slow = outcomes.filter((o) => o.slow);
    expect(slow.filter((o) => o.shortcut).map((o) => o.label)).toEqual([]);
    const facts = Object.fromEntries(
      slow.map((o) => [o.label, o.full.ok ? { images: o.full.hasImages, hidden: o.hidden > 0 } : null]),
    );
    expect(facts).toEqual({
      'an image': { images: true, hidden: false },
      'an image and white text': { images: true, hidden: true },
      'CMYK text': { images: false, hidden: false },
      'near-white CMYK text': { images: false, hidden: true },
      'a form XObject drawing white text': { images: false, hidden: true },
      // hiddenRuns does not follow pattern fills, so the light text over the gradient is kept.
      'a gradient fill under light text': { images: false, hidden: false },
      'a text note annotation': { images: false, hidden: true },
    });
  });
});
