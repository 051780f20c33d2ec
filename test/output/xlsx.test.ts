import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, RANKING_HEADERS, sourceHref } from '../../src/output/cells.js';
import { DECISIONS, noteXml, writeRankingXlsx } from '../../src/output/xlsx.js';
import { HOSTILE_FILE, HOSTILE_NAME, NAMES, makeRanking } from '../fixtures/ranking.js';
import { unzip } from './unzip.js';

let dir: string;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shortlist-xlsx-'));
  const path = await writeRankingXlsx(makeRanking(), dir);
  expect(path).toBe(join(dir, 'ranking.xlsx'));
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function rowValues(ws: ExcelJS.Worksheet, row: number): unknown[] {
  const values = ws.getRow(row).values;
  return Array.isArray(values) ? values.slice(1) : [];
}

function column(ws: ExcelJS.Worksheet, col: number): unknown[] {
  const values: unknown[] = [];
  for (let r = 2; r <= ws.rowCount; r++) values.push(ws.getRow(r).getCell(col).value);
  return values;
}

describe('sourceHref', () => {
  it('is relative to the output folder, one encoded segment at a time', () => {
    expect(sourceHref('/tmp/out', '/tmp/cvs', 'Marco Bellini CV.pdf')).toBe(
      '../cvs/Marco%20Bellini%20CV.pdf',
    );
    expect(sourceHref('/tmp/out', '/tmp/cvs', 'a/José.pdf')).toBe('../cvs/a/Jos%C3%A9.pdf');
  });

  it('never reads as a scheme, whatever the file is called', () => {
    expect(sourceHref('/tmp/cvs', '/tmp/cvs', 'javascript:alert(1).pdf')).toBe('javascript%3Aalert(1).pdf');
    expect(sourceHref('/tmp/cvs', '/tmp/cvs', 'http://evil.example/x.pdf')).not.toMatch(/^[a-z]+:/i);
  });
});

describe('noteXml', () => {
  // ExcelJS's own writers of a note, as its streaming SheetCommentsWriter uses them.
  const require = createRequire(import.meta.url);
  const XmlStream = require('exceljs/lib/utils/xml-stream.js') as new () => { xml: string };
  type Render = new () => { render(stream: unknown, model: unknown, index?: number): void };
  const CommentXform = require('exceljs/lib/xlsx/xform/comment/comment-xform.js') as Render;
  const VmlShapeXform = require('exceljs/lib/xlsx/xform/comment/vml-shape-xform.js') as Render;
  const Note = require('exceljs/lib/doc/note.js') as new (text: string) => { model: object };
  const colCache = require('exceljs/lib/utils/col-cache.js') as {
    decodeAddress(address: string): { col: number; row: number };
  };

  it.each([
    ['E2', 0, 'Built a Node.js routing service (Experience, line 4): "Node.js"'],
    ['A1', 3, 'Required skill: met by any of Node.js, Go'],
    ['K3', 17, ' leading space, <tags> & "quotes"\nand a second line '],
    ['AB1000', 20_000, '=HYPERLINK("x") @SUM(A1) ＝1'],
  ])('writes the note at %s (#%i) as ExcelJS does', (address, index, text) => {
    const model = { ...new Note(text).model, ref: address, refAddress: colCache.decodeAddress(address) };
    const comment = new XmlStream();
    new CommentXform().render(comment, model);
    const shape = new XmlStream();
    new VmlShapeXform().render(shape, model, index);
    const { col, row } = colCache.decodeAddress(address);
    expect(noteXml(address, col, row, index, text)).toEqual([comment.xml, shape.xml]);
  });
});

describe('ranking.xlsx', () => {
  it('has the five sheets in order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Ranking',
      'Requirements',
      'Criteria',
      'Failures',
      'Run',
    ]);
  });

  it('has a bold, frozen, filtered header row', () => {
    const ws = sheet('Ranking');
    expect(rowValues(ws, 1)).toEqual([...RANKING_HEADERS]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('lists candidates in rank order with their figures', () => {
    const ws = sheet('Ranking');
    expect(ws.rowCount).toBe(4);
    expect(column(ws, 1)).toEqual([1, 2, 3]);
    expect(column(ws, 2)).toEqual(NAMES);
    expect(column(ws, 3)).toEqual([84.6, 61.3, 27.9]);
    expect(column(ws, 4)).toEqual(['Shortlist', 'Consider', 'Reject']);
    expect(column(ws, 5)).toEqual([8.3, 5.3, 0.5]);
    expect(column(ws, 6)).toEqual(['4 of 4', '2 of 4', '1 of 4']);
    expect(column(ws, 7)).toEqual(['', 'Kubernetes', 'Node.js']);
    expect(column(ws, 9).map((v) => (v as { text: string }).text)).toEqual([
      'priya-natarajan-cv.pdf',
      'applications/Tom Becker CV.docx',
      HOSTILE_FILE,
    ]);
    expect(column(ws, 11).every((v) => v === '' || v === null)).toBe(true);
    expect(ws.getColumn(3).numFmt).toBe('0.0');
  });

  it('colours the tier cell', () => {
    const ws = sheet('Ranking');
    const fill = (row: number): string | undefined => {
      const f = ws.getRow(row).getCell(4).fill;
      return f?.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    expect([fill(2), fill(3), fill(4)]).toEqual(['FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE']);
  });

  it('draws the score as a data bar on a fixed 0-100 scale', () => {
    const ws = sheet('Ranking');
    // Read back by ExcelJS, which leaves the property out of its types.
    const { conditionalFormattings } = ws as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const bars = conditionalFormattings.filter((cf) => cf.rules.some((r) => r.type === 'dataBar'));
    expect(bars).toHaveLength(1);
    expect(bars[0]!.ref).toBe('C2:C4');
    expect(bars[0]!.rules[0]).toMatchObject({
      type: 'dataBar',
      cfvo: [
        { type: 'num', value: 0 },
        { type: 'num', value: 100 },
      ],
    });
  });

  it('offers Yes / Maybe / No in the Decision column', () => {
    const ws = sheet('Ranking');
    expect(DECISIONS).toEqual(['Yes', 'Maybe', 'No']);
    for (const address of ['K2', 'K3', 'K4']) {
      expect(ws.getCell(address).dataValidation, address).toMatchObject({
        type: 'list',
        allowBlank: true,
        formulae: ['"Yes,Maybe,No"'],
      });
    }
  });

  it('links each row to the candidate file, relative to the workbook, as text plus a target', () => {
    const ws = sheet('Ranking');
    const ranking = makeRanking();
    expect(column(ws, 9)).toEqual(
      ranking.candidates.map((c) =>
        expect.objectContaining({
          text: c.file,
          hyperlink: relative(dir, join(ranking.run.input, c.file))
            .split(/[\\/]/)
            .map((p) => (p === '..' ? p : encodeURIComponent(p)))
            .join('/'),
        }),
      ),
    );
    const hostile = ws.getCell('I4').value as { text: string; hyperlink: string };
    expect(hostile.text).toBe(HOSTILE_FILE);
    expect(hostile.hyperlink.endsWith('/%40SUM(A1).docx')).toBe(true);
  });

  it('links each row to its recruiter report', () => {
    const ws = sheet('Ranking');
    expect(column(ws, 10)).toEqual([
      expect.objectContaining({ hyperlink: 'candidates/c-1a2b3c4d5e.html' }),
      expect.objectContaining({ hyperlink: 'candidates/c-6f7a8b9c0d.html' }),
      expect.objectContaining({ hyperlink: 'candidates/c-e1e2e3e4e5.html' }),
    ]);
  });

  it('has no formula anywhere, and hostile text is a literal string', () => {
    let cells = 0;
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          cells++;
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
        });
      });
    }
    expect(cells).toBeGreaterThan(50);
    const name = sheet('Ranking').getCell('B4');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe(HOSTILE_NAME);
    expect(sheet('Criteria').getCell('B4').value).toBe(HOSTILE_NAME);
  });

  it('writes strings inline, so no table of them grows with the candidates, and none as a formula', async () => {
    const ranking = makeRanking();
    const starts = ['=1+1', '+SUM(A1:A2)', '-2+3', '@SUM(A1)'];
    ranking.candidates.forEach((c, i) => {
      c.cv.contact.name = starts[i]!;
      c.assessment.flags = [{ ...c.assessment.flags[0]!, message: starts[i + 1]! }];
      c.file = `${starts[(i + 2) % starts.length]!}.pdf`;
    });
    ranking.failures[0]!.message = '=cmd|"/c calc"!A1';
    const out = await mkdtemp(join(tmpdir(), 'shortlist-xlsx-'));
    try {
      const path = await writeRankingXlsx(ranking, out);
      const parts = unzip(await readFile(path));
      const part = (name: string): string | undefined =>
        (parts.get(name) ?? parts.get(`/${name}`))?.toString('utf8');
      const sheets = [...parts.keys()].filter((name) => /worksheets\/sheet\d+\.xml$/.test(name));
      expect(sheets).toHaveLength(5);
      for (const name of sheets) {
        const xml = part(name.replace(/^\//, ''))!;
        expect(xml, name).not.toMatch(/<f[ >]/);
        expect(xml, name).not.toContain('t="str"');
      }
      expect(part('xl/worksheets/sheet1.xml')).toContain('<c r="B2" s="');
      expect(part('xl/worksheets/sheet1.xml')).toMatch(
        /<c r="B2" s="\d+" t="inlineStr"><is><t>=1\+1<\/t><\/is><\/c>/,
      );
      // The shared strings table holds the empty string (the Decision column) and nothing else.
      expect(part('xl/sharedStrings.xml')).toMatch(
        /<sst [^>]*uniqueCount="1"[^>]*><si><t\/?>(<\/t>)?<\/si><\/sst>$/,
      );

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      const ws = book.getWorksheet('Ranking')!;
      for (const [i, start] of starts.slice(0, 3).entries()) {
        for (const [address, value] of [
          [`B${i + 2}`, start],
          [`H${i + 2}`, starts[i + 1]],
        ] as const) {
          const cell = ws.getCell(address);
          expect(cell.type, address).toBe(ExcelJS.ValueType.String);
          expect(cell.value, address).toBe(value);
          expect(cell.formula, address).toBeUndefined();
        }
        expect((ws.getCell(`I${i + 2}`).value as { text: string }).text).toBe(
          `${starts[(i + 2) % starts.length]}.pdf`,
        );
      }
      expect(book.getWorksheet('Requirements')!.getCell('B2').value).toBe('=1+1');
      expect(book.getWorksheet('Failures')!.getCell('C2').value).toBe('=cmd|"/c calc"!A1');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('styles every cell as before: number formats by column, top-aligned wrapping rows, blue links', () => {
    const ws = sheet('Ranking');
    expect(ws.getCell('A2').numFmt).toBe('0');
    expect(ws.getCell('C2').numFmt).toBe('0.0');
    expect(ws.getCell('E2').numFmt).toBe('0.0');
    expect(ws.getCell('B2').numFmt).toBeUndefined();
    for (const address of ['A2', 'B2', 'D2', 'K2']) {
      expect(ws.getCell(address).alignment, address).toEqual({ vertical: 'top', wrapText: true });
    }
    expect(ws.getRow(2).alignment).toEqual({ vertical: 'top', wrapText: true });
    expect(ws.getCell('D2').font).toMatchObject({ bold: true, color: { argb: 'FF006100' } });
    for (const address of ['I2', 'J2']) {
      expect(ws.getCell(address).font, address).toMatchObject({
        underline: true,
        color: { argb: 'FF0563C1' },
      });
    }
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    expect(ws.getCell('A1').numFmt).toBe('0');
    const fill = ws.getCell('K1').fill;
    expect(fill?.type === 'pattern' ? fill.fgColor?.argb : undefined).toBe('FFE7E6E6');
    // An empty Decision cell is an empty string, as a shared string holds it.
    expect(ws.getCell('K2').value).toBe('');
    expect(ws.getCell('K2').type).toBe(ExcelJS.ValueType.String);
  });

  it('keeps no character XML cannot carry and cuts long cells at 32,767', () => {
    const flags = sheet('Ranking').getCell('H4').value;
    expect(typeof flags).toBe('string');
    const text = flags as string;
    expect(text.startsWith('Hidden text (white on white): kubernetes golang kafka')).toBe(true);
    expect(text).toHaveLength(MAX_CELL_CHARS);
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') {
            expect(cell.value).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
            expect(cell.value).not.toMatch(
              /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
            );
          }
        });
      });
    }
  });

  it('writes the Requirements matrix: Met or Missing, coloured, with the evidence as a note', () => {
    const ws = sheet('Requirements');
    expect(rowValues(ws, 1)).toEqual([
      'Rank',
      'Candidate',
      'Required met',
      'Preferred met',
      'Node.js',
      'PostgreSQL',
      'Kubernetes',
      'AWS',
      'Python',
      'Kafka (preferred)',
      'gRPC (preferred)',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(rowValues(ws, 2)).toEqual([
      1,
      'Priya Natarajan',
      '4 of 4',
      '1 of 2',
      'Met',
      'Met',
      'Met',
      'Met',
      '',
      'Met',
      'Missing',
    ]);
    expect(rowValues(ws, 3).slice(2)).toEqual([
      '2 of 4',
      '0 of 1',
      '',
      'Met',
      'Missing',
      'Missing',
      'Met',
      'Missing',
      '',
    ]);
    expect(rowValues(ws, 4).slice(1, 4)).toEqual([HOSTILE_NAME, '1 of 4', 'n/a']);
    const fill = (address: string): string | undefined => {
      const f = ws.getCell(address).fill;
      return f?.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    // Met green, a missing required skill red, a missing preferred one amber, not asked: no colour.
    expect([fill('E2'), fill('G3'), fill('K2'), fill('I2')]).toEqual([
      'FFC6EFCE',
      'FFFFC7CE',
      'FFFFEB9C',
      undefined,
    ]);
    expect(String(ws.getCell('E2').note)).toContain('Built a Node.js routing service');
    expect(String(ws.getCell('E1').note)).toContain('Required');
  });

  it('says in the header note that "A or B" is met by either', async () => {
    const ranking = makeRanking();
    for (const c of ranking.candidates) {
      const r = c.assessment.requirements.find((x) => x.skill === 'Node.js');
      if (r) r.skill = 'Node.js or Go';
    }
    const out = await mkdtemp(join(tmpdir(), 'shortlist-xlsx-'));
    try {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await writeRankingXlsx(ranking, out));
      const ws = book.getWorksheet('Requirements')!;
      expect(ws.getCell('E1').value).toBe('Node.js or Go');
      expect(String(ws.getCell('E1').note)).toContain('met by any of Node.js, Go');
      expect(ws.getCell('E2').value).toBe('Met');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('writes one Criteria row per candidate, scores as percentages or n/a', () => {
    const ws = sheet('Criteria');
    const header = rowValues(ws, 1);
    expect(header.slice(0, 3)).toEqual(['Rank', 'Candidate', 'required-skills']);
    expect(header).toContain('quantified-achievements');
    const col = header.indexOf('vague-duties') + 1;
    expect(column(ws, col)).toEqual([0.65, 0.4, 'n/a']);
    expect(ws.getColumn(col).numFmt).toBe('0%');
    expect(column(ws, 3)).toEqual([1, 0.5, 0.25]);
  });

  it('lists failures with what to do', () => {
    const ws = sheet('Failures');
    expect(rowValues(ws, 1)).toEqual(['File', 'Status', 'Reason', 'What to do']);
    expect(rowValues(ws, 2)).toEqual([
      expect.objectContaining({
        text: 'scans/jane-doe-scan.pdf',
        hyperlink: expect.stringMatching(/applicants\/backend-2025\/scans\/jane-doe-scan\.pdf$/),
      }),
      'no-text',
      'The PDF has 2 pages of images and no text layer',
      'The PDF is a scan with no text layer; ask for a text PDF or Word file',
    ]);
    expect(rowValues(ws, 3)).toEqual([
      expect.objectContaining({ text: 'locked-cv.pdf' }),
      'protected',
      'The PDF is password-protected',
      'Ask the candidate for a copy without a password',
    ]);
  });

  it('records the run', () => {
    const ws = sheet('Run');
    const pairs = new Map<unknown, unknown>();
    ws.eachRow((row, n) => {
      if (n > 1) pairs.set(row.getCell(1).value, row.getCell(2).value);
    });
    expect(pairs.get('Run id')).toBe('run-2025-06-30-0001');
    expect(pairs.get('As of')).toBe('2025-06-30');
    expect(pairs.get('Tool version')).toBe('0.1.0');
    expect(pairs.get('Profile id')).toBe('backend-developer');
    expect(pairs.get('Job file')).toBe('jobs/senior-backend.md');
    expect(pairs.get('Weight: required-skills')).toBe(30);
    expect(pairs.get('Weight: date-format')).toBe(3);
  });

  // The workbook is written by ExcelJS's streaming writer, corrected where it differs from the
  // in-memory one (see keepWorkbookOrder in xlsx.ts).
  it('writes each sheet part in the order Excel requires, with the data bar 2010 form and link tooltips', async () => {
    const parts = unzip(await readFile(join(dir, 'ranking.xlsx')));
    const xml = (parts.get('xl/worksheets/sheet1.xml') ?? parts.get('/xl/worksheets/sheet1.xml'))!.toString(
      'utf8',
    );
    const order = [
      '<sheetData>',
      '<autoFilter',
      '<conditionalFormatting',
      '<dataValidations',
      '<hyperlinks>',
      '<pageMargins',
      '<pageSetup',
      '<extLst>',
    ].map((tag) => xml.lastIndexOf(tag));
    expect(
      order.every((at) => at >= 0),
      order.join(' '),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(xml.endsWith('</extLst></worksheet>')).toBe(true);
    // The 2007 rule refers to its 2010 form by id; the 2010 form draws a solid bar.
    const id = /<x14:id>(\{[0-9A-F-]+\})<\/x14:id>/.exec(xml)?.[1];
    expect(id).toBeDefined();
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${id}">`);
    expect(xml).toMatch(/<x14:dataBar [^>]*gradient="0"/);
    expect(xml).toMatch(/<hyperlink ref="J2" r:id="rId\d+" tooltip="candidates\/c-1a2b3c4d5e.html"\/>/);
    // The first two columns and the header row print on every page.
    const book = (parts.get('xl/workbook.xml') ?? parts.get('/xl/workbook.xml'))!.toString('utf8');
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">');
  });

  it('leaves no temporary file behind', async () => {
    expect(await readdir(dir)).toEqual(['ranking.xlsx']);
  });

  it('refuses a report path that would leave the output folder, and leaves no file behind', async () => {
    const out = await mkdtemp(join(tmpdir(), 'shortlist-xlsx-'));
    try {
      const ranking = makeRanking();
      ranking.candidates[2]!.reports.recruiter = '../escaped.html';
      await expect(writeRankingXlsx(ranking, out)).rejects.toThrow(/Refusing report path/);
      expect(await readdir(out)).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
