// Regression test for the fast DOCX reader (src/extract/docx-fast.ts): for seeded, generated Word
// documents (lists, nested and numbered lists, tables with merged cells, hyperlinks, headings, run
// formatting, tabs, breaks, headers, footers, pictures, text boxes, notes, comments, fields...), for
// hand-written XML at the edges of what the reader accepts, and for every DOCX in the repository,
// extractDocx must report exactly the same with the shortcut as through mammoth, and write the same
// HTML (but for the picture data the text reader drops).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  Bookmark,
  CheckBox,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  SymbolRun,
  Tab,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  UnderlineType,
  VerticalMergeType,
  type ParagraphChild,
} from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxBodyHtml, extractDocx } from '../../src/extract/docx.js';
import { makeCorpus } from '../fault/make-corpus.js';
import { makeDocx, makeZip } from '../fixtures/zip.js';

const LIMITS = { maxEntries: 2_000, maxUncompressedBytes: 100 * 1024 * 1024, maxRatio: 200 };
const SAMPLES = join(import.meta.dirname, '../../samples/applicants');

/** A small linear congruential generator (as in pdf-scan.test.ts). */
function prng(seed: number) {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const int = (n: number) => Math.floor(rnd() * n);
  return { rnd, pick, int };
}

// A 1x1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

const WORDS = [
  'Jane',
  'Doe',
  'Backend',
  'Developer',
  'Node.js',
  'Kubernetes',
  'AT&T',
  '<script>',
  '"quoted"',
  "it's",
  'café',
  'Müller',
  '北京',
  '😀',
  'a\u00a0b',
  '  spaced  ',
  '2019–2024',
  '#hash',
  '&amp;',
];

const SLOW_KINDS = [
  'symbol',
  'page number',
  'insertion',
  'deletion',
  'footnote',
  'checkbox',
  'text box',
  'comment',
] as const;

interface Case {
  label: string;
  bytes: Buffer;
  /** The document must take mammoth's path (a feature the fast reader leaves to it). */
  slow?: boolean;
  /** The document must take the fast path. */
  fast?: boolean;
}

const NUMBERING = {
  config: [
    {
      reference: 'numbers',
      levels: [0, 1, 2, 3, 4, 5, 6].map((level) => ({
        level,
        format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.BULLET][level % 3]!,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
      })),
    },
    {
      reference: 'plain',
      levels: [{ level: 0, format: LevelFormat.NONE, text: '', alignment: AlignmentType.START }],
    },
  ],
};

/** A generated document: `slow` says whether it holds a feature the fast reader leaves to mammoth. */
async function generated(seed: number): Promise<Case> {
  const { rnd, pick, int } = prng(seed);
  let slow = false;
  const steps: string[] = [];
  const text = () =>
    Array.from({ length: 1 + int(4) }, () => pick(WORDS))
      .join(rnd() < 0.8 ? ' ' : '\t')
      .slice(0, 60);
  // At most one feature left to mammoth per document, in 40% of them, at a random place.
  const slowKind = rnd() < 0.4 ? pick(SLOW_KINDS) : null;
  let slowLeft = slowKind ? 1 : 0;
  const slowRun = (): ParagraphChild | null => {
    if (!slowLeft || rnd() > 0.2 || slowKind === 'text box' || slowKind === 'comment') return null;
    slowLeft--;
    slow = true;
    steps.push(slowKind!);
    switch (slowKind) {
      case 'symbol':
        return new SymbolRun({ char: 'F0FC', symbolfont: 'Wingdings' });
      case 'page number':
        return new TextRun({ children: ['Page ', PageNumber.CURRENT] });
      case 'insertion':
        return new InsertedTextRun({ text: text(), id: 1, author: 'A', date: '2024-01-01T00:00:00Z' });
      case 'deletion':
        return new DeletedTextRun({ text: text(), id: 2, author: 'A', date: '2024-01-01T00:00:00Z' });
      case 'footnote':
        return new FootnoteReferenceRun(1);
      default:
        return new CheckBox({ checked: rnd() < 0.5 });
    }
  };
  const run = (): ParagraphChild => {
    const special = slowRun();
    if (special) return special;
    const r = rnd();
    if (r < 0.2) {
      steps.push('external link');
      return new ExternalHyperlink({
        link: pick(['https://example.com/a?b=1&c=2', 'mailto:jane@example.com', 'https://github.com/jane']),
        children: [new TextRun({ text: text(), style: rnd() < 0.5 ? 'Hyperlink' : undefined })],
      });
    }
    if (r < 0.25) {
      steps.push('internal link');
      return new InternalHyperlink({ anchor: 'mark' + int(3), children: [new TextRun(text())] });
    }
    if (r < 0.28) {
      steps.push('bookmark');
      return new Bookmark({ id: 'mark' + int(3), children: [new TextRun(text())] });
    }
    if (r < 0.32) {
      steps.push('picture');
      return new ImageRun({
        type: 'png',
        data: PNG,
        transformation: { width: 20, height: 20 },
        ...(rnd() < 0.5 ? { altText: { name: 'photo', description: text(), title: 'Photo' } } : {}),
        ...(rnd() < 0.3
          ? { floating: { horizontalPosition: { offset: 1000 }, verticalPosition: { offset: 1000 } } }
          : {}),
      });
    }
    if (r < 0.36) {
      steps.push('tab');
      return new TextRun({ children: [new Tab(), text()] });
    }
    if (r < 0.4) {
      steps.push('page break');
      return new PageBreak();
    }
    return new TextRun({
      text: text(),
      bold: rnd() < 0.3,
      italics: rnd() < 0.3,
      ...(rnd() < 0.1 ? { underline: { type: UnderlineType.SINGLE } } : {}),
      strike: rnd() < 0.05,
      allCaps: rnd() < 0.05,
      smallCaps: rnd() < 0.05,
      subScript: rnd() < 0.05,
      superScript: rnd() < 0.05,
      ...(rnd() < 0.05 ? { highlight: 'yellow' } : {}),
      ...(rnd() < 0.1 ? { style: pick(['Strong', 'Emphasis', 'Missing']) } : {}),
      ...(rnd() < 0.15 ? { break: 1 + int(2) } : {}),
      size: rnd() < 0.2 ? 18 + int(10) : undefined,
      font: rnd() < 0.1 ? 'Arial' : undefined,
    });
  };
  const paragraph = (): Paragraph => {
    const children = Array.from({ length: int(4) }, run);
    const r = rnd();
    if (r < 0.15) {
      steps.push('heading');
      return new Paragraph({
        heading: pick([
          HeadingLevel.TITLE,
          HeadingLevel.HEADING_1,
          HeadingLevel.HEADING_2,
          HeadingLevel.HEADING_3,
          HeadingLevel.HEADING_4,
          HeadingLevel.HEADING_5,
          HeadingLevel.HEADING_6,
        ]),
        children,
      });
    }
    if (r < 0.3) {
      steps.push('bullet');
      return new Paragraph({ bullet: { level: int(6) }, children });
    }
    if (r < 0.42) {
      steps.push('numbered');
      return new Paragraph({
        numbering: { reference: pick(['numbers', 'plain']), level: int(7), instance: int(2) },
        children,
      });
    }
    if (r < 0.5) {
      steps.push('custom style');
      return new Paragraph({
        style: pick(['MyHeading', 'Heading', 'ListLike', 'Body', 'Undefined']),
        children,
      });
    }
    if (slowLeft && (slowKind === 'text box' || slowKind === 'comment') && rnd() < 0.3) {
      slowLeft--;
      slow = true;
      steps.push(slowKind);
      if (slowKind === 'text box') {
        return new Textbox({
          alignment: 'left',
          children: [new Paragraph(text())],
          style: { width: '200pt', height: 'auto' },
        }) as unknown as Paragraph;
      }
      return new Paragraph({
        children: [
          new CommentRangeStart(0),
          new TextRun(text()),
          new CommentRangeEnd(0),
          new TextRun({ children: [new CommentReference(0)] }),
        ],
      });
    }
    return new Paragraph({
      children,
      alignment: rnd() < 0.2 ? AlignmentType.CENTER : undefined,
      indent: rnd() < 0.1 ? { left: 720, hanging: 360 } : undefined,
      pageBreakBefore: rnd() < 0.05,
    });
  };
  const table = (depth: number): Table => {
    steps.push('table');
    const rows = 1 + int(4);
    const columns = 1 + int(4);
    return new Table({
      rows: Array.from(
        { length: rows },
        (_r, y) =>
          new TableRow({
            tableHeader: y === 0 && rnd() < 0.4,
            children: Array.from({ length: columns }, (_c, x) => {
              const merge = rnd();
              return new TableCell({
                children: [
                  ...(depth < 1 && rnd() < 0.1 ? [table(depth + 1)] : []),
                  ...Array.from({ length: rnd() < 0.2 ? 0 : 1 + int(2) }, paragraph),
                  new Paragraph(''),
                ],
                ...(merge < 0.15 && x === 0 ? { columnSpan: 2 } : {}),
                ...(merge > 0.85
                  ? { verticalMerge: y === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
                  : {}),
              });
            }),
          }),
      ),
    });
  };
  const blocks = Array.from({ length: 3 + int(20) }, () => (rnd() < 0.12 ? table(0) : paragraph()));
  const headed = rnd() < 0.4;
  const doc = new Document({
    creator: 'test',
    numbering: NUMBERING,
    styles: {
      paragraphStyles: [
        { id: 'MyHeading', name: pick(['Heading 2', 'heading 3', 'My Heading']), run: { bold: true } },
        { id: 'ListLike', name: 'List Paragraph' },
        { id: 'Body', name: 'Body' },
      ],
    },
    ...(steps.includes('footnote') ? { footnotes: { 1: { children: [new Paragraph('A note')] } } } : {}),
    ...(steps.includes('comment')
      ? {
          comments: {
            children: [
              { id: 0, author: 'A', initials: 'A', date: new Date(0), children: [new Paragraph('Hm')] },
            ],
          },
        }
      : {}),
    sections: [
      {
        ...(headed
          ? {
              headers: {
                default: new Header({ children: [new Paragraph(text()), new Paragraph('jane@example.com')] }),
              },
              footers: { default: new Footer({ children: [new Paragraph(text())] }) },
            }
          : {}),
        children: blocks,
      },
    ],
  });
  return {
    label: `generated ${seed}: ${[...new Set(steps)].join(', ')}`,
    bytes: await Packer.toBuffer(doc),
    ...(slow ? { slow } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Hand-written parts at the edges of the strict XML subset.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${R}/hyperlink" Target="https://example.com/x#top" TargetMode="External"/><Relationship Id="rId8" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId7" Type="${R}/numbering" Target="/word/numbering.xml"/></Relationships>`;
const STYLES = `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Odd"><w:name w:val="HEADING 4"/></w:style><w:style w:type="paragraph" w:styleId="Odd"><w:name w:val="Normal"/></w:style><w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style></w:styles>`;
const NUMBERING_XML = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl><w:lvl><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

function handDocx(
  body: string,
  options: { root?: string; parts?: Record<string, string>; prolog?: string } = {},
): Buffer {
  const root = options.root ?? `w:document xmlns:w="${W}" xmlns:r="${R}"`;
  const name = root.split(/\s/)[0]!;
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING_XML,
    ...options.parts,
  };
  parts['word/document.xml'] ??=
    `${options.prolog ?? '<?xml version="1.0" encoding="UTF-8"?>'}<${root}><w:body>${body}</w:body></${name}>`;
  return makeZip(Object.entries(parts).map(([n, data]) => ({ name: n, data })));
}

const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (inner: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${inner}</w:r>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;

const HAND: Case[] = [
  {
    label: 'entities',
    bytes: handDocx(p(r(t('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#xE9; &#x1F600;')))),
    fast: true,
  },
  { label: 'an unknown entity', bytes: handDocx(p(r(t('a &nbsp; b')))), slow: true },
  { label: 'a bare ampersand', bytes: handDocx(p(r(t('AT&T')))), slow: true },
  { label: 'CRLF and U+2028', bytes: handDocx(p(r(t('one\r\ntwo\rthree\u2028four')))), fast: true },
  {
    label: 'tabs and newlines in attributes',
    bytes: handDocx(p(`<w:hyperlink w:anchor="a\tb\nc">${r(t('x'))}</w:hyperlink>`)),
    fast: true,
  },
  {
    label: 'single quotes and spaces around =',
    bytes: handDocx(p(r(t('x'), `<w:b w:val = 'true' />`))),
    fast: true,
  },
  { label: 'a BOM', bytes: handDocx(p(r(t('x'))), { prolog: '\ufeff<?xml version="1.0"?>' }), fast: true },
  { label: 'two BOMs', bytes: handDocx(p(r(t('x'))), { prolog: '\ufeff\ufeff' }), fast: true },
  { label: 'no declaration', bytes: handDocx(p(r(t('x'))), { prolog: '' }), fast: true },
  { label: 'a comment', bytes: handDocx(p(r(t('x'))) + '<!-- c -->'), slow: true },
  { label: 'CDATA', bytes: handDocx(p(r('<w:t><![CDATA[x]]></w:t>'))), slow: true },
  {
    label: 'another prefix for w',
    bytes: handDocx('<x:p><x:r><x:t>other prefix</x:t></x:r></x:p>', {
      root: `x:document xmlns:x="${W}" xmlns:w="${W}"`,
    }),
    fast: true,
  },
  {
    label: 'a default namespace',
    bytes: handDocx('<p xmlns="' + W + '"><r><t>default</t></r></p>'),
    fast: true,
  },
  {
    label: 'an unknown namespace',
    bytes: handDocx('<q:p xmlns:q="urn:x"><w:r><w:t>lost</w:t></w:r></q:p>' + p(r(t('kept')))),
    slow: true,
  },
  {
    label: 'the strict namespace',
    bytes: handDocx(p(r(t('strict'))).replace(/w:/g, 's:'), {
      root: `s:document xmlns:s="${STRICT}" xmlns:w="${STRICT}"`,
    }),
    fast: true,
  },
  { label: 'an unbound prefix', bytes: handDocx(p(r(t('x')) + '<z:y/>')), slow: true },
  {
    label: 'text outside w:t',
    bytes: handDocx('<w:p>loose<w:r>also loose<w:t>kept</w:t></w:r></w:p>'),
    fast: true,
  },
  { label: 'an element inside w:t', bytes: handDocx(p(r('<w:t>a<w:b/>b</w:t>'))), slow: true },
  { label: 'an empty w:t', bytes: handDocx(p(r('<w:t></w:t><w:t/>'))), fast: true },
  {
    label: 'breaks of every type',
    bytes: handDocx(
      p(
        r(
          t('a') +
            '<w:br/>' +
            t('b') +
            '<w:br w:type="page"/>' +
            t('c') +
            '<w:br w:type="column"/>' +
            '<w:br w:type="odd"/>' +
            '<w:br w:type="textWrapping"/>',
        ),
      ),
    ),
    fast: true,
  },
  {
    label: 'hyphens',
    bytes: handDocx(p(r(t('a') + '<w:noBreakHyphen/>' + t('b') + '<w:softHyphen/>'))),
    fast: true,
  },
  {
    label: 'a hyperlink with a relationship and an anchor',
    bytes: handDocx(
      p(`<w:hyperlink r:id="rId9" w:anchor="sec" w:tgtFrame="_blank">${r(t('link'))}</w:hyperlink>`),
    ),
    fast: true,
  },
  {
    label: 'a hyperlink without its relationship',
    bytes: handDocx(p(`<w:hyperlink r:id="rId404">${r(t('link'))}</w:hyperlink>`)),
    slow: true,
  },
  {
    label: 'a hyperlink with neither',
    bytes: handDocx(p(`<w:hyperlink>${r(t('plain'))}</w:hyperlink>`)),
    fast: true,
  },
  {
    label: 'bookmarks',
    bytes: handDocx(
      p(
        '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkStart w:id="1" w:name="top"/>' +
          r(t('x')) +
          '<w:bookmarkEnd w:id="1"/>',
      ) + p('<w:bookmarkStart w:id="2"/>'),
    ),
    fast: true,
  },
  {
    label: 'lists by numId, by style and without ilvl',
    bytes: handDocx(
      [
        p(r(t('bullet')), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
        p(r(t('nested number')), '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'),
        p(r(t('no ilvl')), '<w:numPr><w:numId w:val="1"/></w:numPr>'),
        p(r(t('by style')), '<w:pStyle w:val="ListBullet"/>'),
        p(r(t('unknown num')), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>'),
        p(r(t('level without numFmt')), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'),
        p(
          r(t('heading with numbering')),
          '<w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>',
        ),
        p(r(t('odd style')), '<w:pStyle w:val="Odd"/>'),
        p(r(t('strong'), '<w:rStyle w:val="Strong"/>')),
      ].join(''),
    ),
    fast: true,
  },
  {
    label: 'a numbering linked to a style',
    bytes: handDocx(p(r(t('x')), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'), {
      parts: {
        'word/numbering.xml': `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="S"/></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num></w:numbering>`,
      },
    }),
    slow: true,
  },
  {
    label: 'merged cells',
    bytes: handDocx(
      `<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p(r(t('a')))}</w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${p(r(t('b')))}</w:tc></w:tr>` +
        `<w:tr><w:tc>${p(r(t('c')))}</w:tc><w:tc>${p('')}</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr>${p('')}</w:tc></w:tr>` +
        `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tc></w:tr></w:tbl>` +
        '<w:tbl></w:tbl>',
    ),
    fast: true,
  },
  {
    label: 'a deleted paragraph mark',
    bytes: handDocx(p(r(t('a')), '<w:rPr><w:del w:id="1" w:author="x"/></w:rPr>') + p(r(t('b')))),
    slow: true,
  },
  {
    label: 'alternate content',
    bytes: handDocx(
      p(
        r(
          `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback>${t('x')}</mc:Fallback></mc:AlternateContent>`,
        ),
      ),
    ),
    slow: true,
  },
  {
    label: 'sdt',
    bytes: handDocx(`<w:sdt><w:sdtContent>${p(r(t('x')))}</w:sdtContent></w:sdt>`),
    slow: true,
  },
  {
    label: 'a field',
    bytes: handDocx(p(`<w:fldSimple w:instr="PAGE">${r(t('1'))}</w:fldSimple>`)),
    slow: true,
  },
  { label: 'an unknown element', bytes: handDocx(p(r(t('x') + '<w:cr/>'))), slow: true },
  {
    label: 'an embedded style map',
    bytes: handDocx(p(r(t('x'))), { parts: { 'mammoth/style-map': 'p => h1' } }),
    slow: true,
  },
  {
    label: 'a real footnote',
    bytes: handDocx(p(r(t('x'))), {
      parts: {
        'word/footnotes.xml': `<w:footnotes xmlns:w="${W}"><w:footnote w:id="1">${p(r(t('n')))}</w:footnote></w:footnotes>`,
      },
    }),
    slow: true,
  },
  {
    label: 'separator footnotes only',
    bytes: handDocx(p(r(t('x'))), {
      parts: {
        'word/footnotes.xml': `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote></w:footnotes>`,
      },
    }),
    fast: true,
  },
  {
    label: 'malformed styles',
    bytes: handDocx(p(r(t('x'))), { parts: { 'word/styles.xml': `<w:styles xmlns:w="${W}"><w:style>` } }),
    slow: true,
  },
  {
    label: 'a document without a body',
    bytes: handDocx('', { parts: { 'word/document.xml': `<w:document xmlns:w="${W}"/>` } }),
    slow: true,
  },
  { label: 'the bare fixture', bytes: makeDocx(['Jane Doe', 'Backend Developer', 'a & b < c']), fast: true },
];

/** Zips whose entries jszip would read differently from our reader: left to mammoth. */
function oddZips(): Case[] {
  const plain = handDocx(p(r(t('zip'))));
  const cases: Case[] = [];
  // A duplicate name.
  cases.push({
    label: 'a duplicate entry',
    bytes: makeZip([
      {
        name: 'word/document.xml',
        data: `<w:document xmlns:w="${W}"><w:body>${p(r(t('first')))}</w:body></w:document>`,
      },
      {
        name: 'word/document.xml',
        data: `<w:document xmlns:w="${W}"><w:body>${p(r(t('second')))}</w:body></w:document>`,
      },
    ]),
    slow: true,
  });
  // A wrong uncompressed size in the directory.
  const wrongSize = Buffer.from(plain);
  const dir = wrongSize.readUInt32LE(wrongSize.length - 6);
  wrongSize.writeUInt32LE(wrongSize.readUInt32LE(dir + 24) + 1, dir + 24);
  cases.push({ label: 'a wrong size', bytes: wrongSize, slow: true });
  // Bytes before the archive (jszip shifts every offset).
  cases.push({ label: 'bytes before the archive', bytes: Buffer.concat([Buffer.from('junk'), plain]) });
  // A stored (uncompressed) part.
  const body = Buffer.from(`<w:document xmlns:w="${W}"><w:body>${p(r(t('stored')))}</w:body></w:document>`);
  const zip = makeZip([{ name: 'word/document.xml', data: body }]);
  const packed = deflateRawSync(body);
  const stored = Buffer.concat([
    zip.subarray(0, 8),
    Buffer.from([0, 0]),
    zip.subarray(10, 18),
    Buffer.from(Uint32Array.of(body.length).buffer),
    zip.subarray(22, 30 + 'word/document.xml'.length),
    body,
    zip.subarray(30 + 'word/document.xml'.length + packed.length),
  ]);
  const cd = stored.readUInt32LE(stored.length - 6) + (body.length - packed.length);
  stored.writeUInt32LE(cd, stored.length - 6);
  stored.writeUInt16LE(0, cd + 10);
  stored.writeUInt32LE(body.length, cd + 20);
  cases.push({ label: 'a stored part', bytes: stored, fast: true });
  return cases;
}

function docxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...docxFiles(path));
    else if (/\.docx$/i.test(name)) out.push(path);
  }
  return out.sort();
}

const normalise = (html: string) =>
  html.replace(/ src="data:([^";]*);base64,[^"]*"/g, ' src="data:$1;base64,"');

/** Both paths give the same extraction and HTML; returns whether the fast path was taken. */
async function compare(c: Case): Promise<boolean> {
  const bytes = new Uint8Array(c.bytes);
  const fast = await extractDocx(bytes, LIMITS);
  const slow = await extractDocx(bytes, LIMITS, { fast: false });
  if (!isDeepStrictEqual(fast, slow)) expect(fast, c.label).toEqual(slow);
  let html: { html: string; fast: boolean } | undefined;
  try {
    html = await docxBodyHtml(bytes, LIMITS);
  } catch {
    expect(slow.ok, c.label).toBe(false);
    expect(c.fast, `${c.label} must be read`).toBeUndefined();
    return false;
  }
  if (html.fast) {
    const reference = await docxBodyHtml(bytes, LIMITS, { fast: false });
    expect(normalise(html.html), c.label).toBe(normalise(reference.html));
  }
  if (c.slow) expect(html.fast, `${c.label} must take mammoth's path`).toBe(false);
  if (c.fast) expect(html.fast, `${c.label} must take the fast path`).toBe(true);
  return html.fast;
}

describe('the fast DOCX reader', () => {
  let cases: Case[] = [];
  let corpus = '';
  beforeAll(async () => {
    cases = await Promise.all(Array.from({ length: 120 }, (_v, i) => generated(1000 + i)));
    corpus = mkdtempSync(join(tmpdir(), 'docx-fast-'));
    await makeCorpus(corpus, { bigPdfBytes: 2000 });
    return () => rmSync(corpus, { recursive: true, force: true });
  }, 120_000);

  it('reads generated documents exactly as mammoth does', async () => {
    let fast = 0;
    let plain = 0;
    for (const c of cases) {
      if (await compare(c)) fast++;
      if (!c.slow) plain++;
    }
    // Every document without a feature left to mammoth takes the fast path (checked in compare),
    // and the set holds both kinds.
    expect(fast).toBeGreaterThanOrEqual(plain);
    expect(plain).toBeGreaterThan(40);
    expect(cases.length - plain).toBeGreaterThan(20);
  }, 120_000);

  it('reads hand-written parts at the edges of its XML exactly as mammoth does', async () => {
    for (const c of HAND) await compare(c);
  });

  it('leaves zips that jszip reads differently to mammoth', async () => {
    for (const c of oddZips()) await compare(c);
  });

  it("reads the repository's DOCX exactly as mammoth does", async () => {
    const files = [...docxFiles(SAMPLES), ...docxFiles(corpus)];
    expect(files.length).toBeGreaterThan(15);
    let fast = 0;
    for (const file of files) if (await compare({ label: file, bytes: readFileSync(file) })) fast++;
    expect(fast).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
