import { describe, expect, it } from 'vitest';
import {
  MAX_CELL_CHARS,
  checkReportPath,
  csvCell,
  looksLikeFormula,
  rankingRow,
  safeCell,
  safeHref,
  sourceHref,
  sourceHrefs,
} from '../../src/output/cells.js';
import { makeRanking } from '../fixtures/ranking.js';

describe('safeCell', () => {
  it.each([
    ['plain text', 'plain text'],
    ['tab\tLF\nCR\r kept', 'tab\tLF\nCR\r kept'],
    ['NUL\u0000 BEL\u0007 VT\u000B FF\u000C ESC\u001B', 'NUL BEL VT FF ESC'],
    ['lone high \uD800 and low \uDC00', 'lone high  and low '],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
    ['non-characters \uFFFE\uFFFF', 'non-characters '],
    ['=1+1', '=1+1'],
  ])('%j -> %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it('cuts at 32,767 characters', () => {
    expect(safeCell('x'.repeat(40_000))).toHaveLength(MAX_CELL_CHARS);
  });

  it('never leaves half a surrogate pair at the cut', () => {
    const text = 'a'.repeat(MAX_CELL_CHARS - 1) + '\uD83D\uDE00tail';
    const cut = safeCell(text);
    expect(cut).toBe('a'.repeat(MAX_CELL_CHARS - 1));
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+cmd', `'+cmd`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
    ['\nLF', `'\nLF`],
    ['\u0000NUL', `'NUL`],
    ['＝1+1', `'＝1+1`],
    ['＋1', `'＋1`],
    ['－1', `'－1`],
    ['＠A1', `'＠A1`],
  ])('guards %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each(['Priya Natarajan', 'Node.js', '4 of 5', 'a=b', "O'Brien", 'C++', ''])(
    'leaves %j alone',
    (input) => {
      expect(csvCell(input)).toBe(input);
    },
  );

  it('stays within the cell limit with the quote added', () => {
    const cell = csvCell('=' + 'x'.repeat(40_000));
    expect(cell).toHaveLength(MAX_CELL_CHARS);
    expect(cell.startsWith(`'=`)).toBe(true);
  });

  it('guards a value that starts a formula only once NUL is stripped', () => {
    expect(looksLikeFormula(csvCell('\u0000=1+1'))).toBe(false);
    expect(csvCell('\u0000=1+1')).toBe(`'=1+1`);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://github.com/priyan', 'https://github.com/priyan'],
    ['http://jane.dev/blog', 'http://jane.dev/blog'],
    ['github.com/priyan', 'https://github.com/priyan'],
    ['www.linkedin.com/in/jane', 'https://www.linkedin.com/in/jane'],
    ['jane@example.com', 'mailto:jane@example.com'],
    ['mailto:jane@example.com', 'mailto:jane@example.com'],
    ['https://example.com/a"onmouseover="x', 'https://example.com/a%22onmouseover=%22x'],
  ])('%j -> %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/cv.pdf',
    'https://bank.example@evil.example/',
    'javascript:alert(2)//@evil.example',
    'mailto:javascript:alert(1)',
    '//evil.example/x',
    'not a link',
    '',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });
});

describe('checkReportPath', () => {
  it.each(['candidates/c-1a2b3c4d5e.html', 'feedback/c-1a2b3c4d5e.html', 'index.html'])(
    'accepts %j',
    (path) => {
      expect(checkReportPath(path)).toBe(path);
    },
  );

  it.each([
    '../evil.html',
    'candidates/../../evil.html',
    '/etc/passwd',
    'C:\\x.html',
    'javascript:alert(1)',
    'candidates/<b>.html',
    'candidates//x.html',
    '',
  ])('refuses %j', (path) => {
    expect(() => checkReportPath(path)).toThrow(/Refusing report path/);
  });
});

describe('sourceHrefs', () => {
  it('gives what sourceHref gives, wherever the output folder is', () => {
    const folders = [
      '/tmp/out',
      '/tmp/cvs',
      '/tmp/cvs/a',
      '/tmp/cvs/a/b.pdf',
      '/tmp/cvs/a/b.pdf/x',
      '/',
      '/tmp',
      'rel/out',
    ];
    const inputs = ['/tmp/cvs', '/tmp/cvs/', '/', '', 'cvs', '/tmp/cvs/a'];
    const files = [
      'b.pdf',
      'a/b.pdf',
      'a//b.pdf',
      'a/./b.pdf',
      'a/../b.pdf',
      '../b.pdf',
      'a/b.pdf/',
      '.',
      '..',
      'a/..',
      'a/.',
      '',
      'Marco Bellini CV.pdf',
      'x/José %20#?.pdf',
      'javascript:alert(1).pdf',
      'a\\b.pdf',
      'a/b/c/d.docx',
    ];
    for (const from of folders) {
      for (const input of inputs) {
        const links = sourceHrefs(from, input);
        // Twice: the second time from what it remembers.
        for (const round of [1, 2]) {
          for (const file of files) {
            expect(links(file), `${round}: ${from} ${input} ${file}`).toBe(sourceHref(from, input, file));
          }
        }
      }
    }
  });
});

describe('rankingRow', () => {
  it('summarises a candidate the way every table shows it', () => {
    const [priya, tom, hostile] = makeRanking().candidates;
    expect(rankingRow(priya!)).toMatchObject({
      rank: 1,
      name: 'Priya Natarajan',
      score: 84.6,
      tier: 'shortlist',
      years: 8.3,
      requiredMet: '4 of 4',
      topMissing: '',
      flags: '',
      report: 'candidates/c-1a2b3c4d5e.html',
    });
    expect(rankingRow(tom!)).toMatchObject({ requiredMet: '2 of 4', topMissing: 'Kubernetes', years: 5.3 });
    expect(rankingRow(hostile!).topMissing).toBe('Node.js');
  });

  it('falls back to the id when the CV has no name', () => {
    const candidate = makeRanking().candidates[1]!;
    candidate.cv.contact.name = null;
    expect(rankingRow(candidate).name).toBe('c-6f7a8b9c0d');
  });
});
