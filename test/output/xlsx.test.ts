import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, RANKING_HEADERS } from '../../src/output/cells.js';
import { writeRankingXlsx } from '../../src/output/xlsx.js';
import { HOSTILE_FILE, HOSTILE_NAME, NAMES, makeRanking } from '../fixtures/ranking.js';

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

describe('ranking.xlsx', () => {
  it('has the four sheets in order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Ranking', 'Criteria', 'Failures', 'Run']);
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
    expect(column(ws, 9)).toEqual([
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
    expect(sheet('Ranking').getCell('I4').value).toBe(HOSTILE_FILE);
    expect(sheet('Criteria').getCell('B4').value).toBe(HOSTILE_NAME);
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
      'scans/jane-doe-scan.pdf',
      'no-text',
      'The PDF has 2 pages of images and no text layer',
      'The PDF is a scan with no text layer; ask for a text PDF or Word file',
    ]);
    expect(rowValues(ws, 3)).toEqual([
      'locked-cv.pdf',
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
});
