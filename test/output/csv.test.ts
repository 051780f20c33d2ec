import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, RANKING_HEADERS } from '../../src/output/cells.js';
import { toRankingCsv, writeRankingCsv } from '../../src/output/csv.js';
import { HOSTILE_FILE, HOSTILE_NAME, makeRanking } from '../fixtures/ranking.js';

/** RFC 4180: fields split on commas, records on CRLF, "quoted" fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

const FORMULA_START = /^[=+\-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20]/;

let dir: string;
let raw: Buffer;
let rows: string[][];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shortlist-csv-'));
  const path = await writeRankingCsv(makeRanking(), dir);
  expect(path).toBe(join(dir, 'ranking.csv'));
  raw = await readFile(path);
  rows = parseCsv(raw.toString('utf8').replace(/^\uFEFF/, ''));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ranking.csv', () => {
  it('starts with a UTF-8 byte-order mark', () => {
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8').startsWith('\uFEFFRank,Candidate,Score,')).toBe(true);
  });

  it('has the Ranking sheet columns and one row per candidate, in rank order', () => {
    expect(rows[0]).toEqual([...RANKING_HEADERS]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Priya Natarajan', 'Tom Becker', `'${HOSTILE_NAME}`]);
    expect(rows[2]).toEqual([
      '2',
      'Tom Becker',
      '61.3',
      'Consider',
      '5.3',
      '2 of 4',
      'Kubernetes',
      'Skills list includes generic terms: problem-solving, team player',
      'applications/Tom Becker CV.docx',
      'candidates/c-6f7a8b9c0d.html',
      '',
    ]);
  });

  it('writes the numbers we computed as bare numbers', () => {
    const text = raw.toString('utf8');
    expect(text).toContain('\r\n1,Priya Natarajan,84.6,Shortlist,8.3,4 of 4,');
    expect(text).toContain(`\r\n3,"'=HYPERLINK(""http://evil.example"",""x"")",27.9,Reject,0.5,`);
  });

  it('puts a quote before every cell a spreadsheet would run as a formula', () => {
    const hostile = rows[3]!;
    expect(hostile[1]).toBe(`'${HOSTILE_NAME}`);
    expect(hostile[8]).toBe(`'${HOSTILE_FILE}`);
    for (const row of rows) {
      for (const cell of row) expect(cell, JSON.stringify(cell.slice(0, 40))).not.toMatch(FORMULA_START);
    }
  });

  it('guards every formula start, LF included, in the text columns', () => {
    const ranking = makeRanking();
    const hostile = ranking.candidates[2]!;
    const starts = ['+cmd', '-2+3', '@SUM(A1)', '\tTAB', '\nLF', '\rCR', '＝1+1', '＋1', '－1', '＠A1'];
    for (const start of starts) {
      hostile.cv.contact.name = start;
      hostile.file = `${start}.pdf`;
      hostile.assessment.flags = [{ id: 'x', message: start }];
      hostile.assessment.requirements[0]!.skill = start;
      const row = parseCsv(toRankingCsv(ranking).replace(/^\uFEFF/, ''))[3]!;
      // Names are trimmed first ("\tTAB" is shown as "TAB"), so they are guarded as trimmed.
      const name = start.trim();
      expect([row[1], row[6], row[7], row[8]], JSON.stringify(start)).toEqual([
        FORMULA_START.test(name) ? `'${name}` : name,
        `'${start}`,
        `'${start}`,
        `'${start}.pdf`,
      ]);
    }
  });

  it('strips characters a spreadsheet cannot hold and cuts long cells', () => {
    const flags = rows[3]![7]!;
    expect(flags.startsWith('Hidden text (white on white): kubernetes')).toBe(true);
    expect(flags.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(raw.toString('utf8')).not.toMatch(/[\u0000\u0001\uFFFE\uFFFF\uFFFD]/);
  });
});
