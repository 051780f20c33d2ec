import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANG_MARKER, heavyPdf, hugePdf, makeCorpus, type CorpusFile } from './make-corpus.js';

// The fault corpus through the built CLI (npm test builds dist/ first): broken, hostile and enormous
// files mixed with good CVs. The run must finish, give every file exactly one outcome, score the good
// ones, and build no output path from a file name or CV text.
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const exec = promisify(execFile);

async function shortlist(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], {
      env: { ...process.env, CI: '1', SHORTLIST_TEST_FAULT: `hang:${HANG_MARKER}` },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Results {
  candidates: { file: string; duplicates?: string[]; assessment: { score: number } }[];
  failures: { file: string; status: string; message: string }[];
}

/** Each file's outcomes: `candidate` or its failure status (a duplicate counts as its candidate's). */
function outcomes(results: Results): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const note = (file: string, outcome: string) => seen.set(file, [...(seen.get(file) ?? []), outcome]);
  for (const c of results.candidates) {
    note(c.file, 'candidate');
    for (const d of c.duplicates ?? []) note(d, 'candidate');
  }
  for (const f of results.failures) note(f.file, f.status);
  return seen;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? [join(dir, e.name), ...walk(join(dir, e.name))] : [join(dir, e.name)],
  );
}

const tmp = mkdtempSync(join(tmpdir(), 'shortlist-fault-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the fault corpus', () => {
  const input = join(tmp, 'in');
  const out = join(tmp, 'out');
  let corpus: CorpusFile[];
  let run: { code: number; stdout: string; stderr: string };
  let results: Results;

  beforeAll(async () => {
    mkdirSync(input);
    corpus = await makeCorpus(input);
    // A 5 s limit so the file that never ends costs 5 s, not 30; two workers, as on a small laptop.
    run = await shortlist(['run', input, '--out', out, '--no-cache', '--timeout', '5', '--concurrency', '2']);
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  }, 60_000);

  it('completes with exit 0 and says nothing unexpected', () => {
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.code).toBe(0);
  });

  it('gives every file exactly one outcome, one it may end in', () => {
    const seen = outcomes(results);
    const wrong = corpus
      .map((f) => ({ file: f.file, expect: f.expect, got: seen.get(f.file) ?? [] }))
      .filter((f) => f.got.length !== 1 || !f.expect.includes(f.got[0] as never));
    expect(wrong).toEqual([]);
    // and nothing besides the corpus
    expect([...seen.keys()].sort()).toEqual(corpus.map((f) => f.file).sort());
  });

  it('scores the good CVs mixed in', () => {
    const scored = new Set(results.candidates.map((c) => c.file));
    for (const f of corpus.filter((c) => c.good)) expect(scored, f.file).toContain(f.file);
  });

  it('reports the hostile files by what is wrong with them', () => {
    const status = new Map(results.failures.map((f) => [f.file, f]));
    expect(status.get('pdf/never-ends.pdf')?.status).toBe('timeout');
    expect(status.get('text/reader-never-ends.txt')?.status).toBe('timeout');
    expect(status.get('zip/bomb.docx')?.message).toMatch(/zip bomb/);
    expect(status.get('zip/100000-entries.docx')?.message).toMatch(/entries, over the limit/);
    expect(status.get('zip/entities.docx')?.message).toMatch(/DOCTYPE/);
    expect(status.get('pdf/huge-50mb.pdf')?.message).toMatch(/over the 20 MB limit/);
  });

  it('builds no output path from a file name: no "..", control or bidi characters', () => {
    const paths = walk(out).map((p) => relative(out, p));
    expect(paths.length).toBeGreaterThan(10);
    const bad = paths.filter(
      (p) =>
        p.includes('..') ||
        /[\u0000-\u001f\u007f-\u009f]/.test(p) ||
        /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(p) ||
        /passwd|evil|windows|isolate|invoice|CON\./.test(p),
    );
    expect(bad).toEqual([]);
  });
});

describe('isolation of a worker', () => {
  it('a file that needs more memory than --max-memory costs that file a too-large row; the rest is scored', async () => {
    const input = join(tmp, 'memory');
    mkdirSync(input);
    writeFileSync(join(input, 'heavy.pdf'), heavyPdf());
    const good = readFileSync(join(import.meta.dirname, '../../samples/applicants/Amara_Okafor_CV.pdf'));
    writeFileSync(join(input, 'after.pdf'), good);
    const out = join(tmp, 'memory-out');
    const run = await shortlist([
      'run',
      input,
      '--out',
      out,
      '--no-cache',
      '--concurrency',
      '1',
      '--max-memory',
      '64',
    ]);
    expect(run.code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    expect(results.failures.map((f) => [f.file, f.status])).toEqual([['heavy.pdf', 'too-large']]);
    // one worker: the file after the one that ran out of memory was read by its replacement
    expect(results.candidates.map((c) => c.file)).toEqual(['after.pdf']);
  }, 60_000);

  it('reads a 50 MB PDF when the size limit allows it', async () => {
    const input = join(tmp, 'huge');
    mkdirSync(input);
    writeFileSync(join(input, 'scan-sized.pdf'), hugePdf(50 * 1024 * 1024));
    const out = join(tmp, 'huge-out');
    const run = await shortlist(['run', input, '--out', out, '--no-cache', '--max-file-size', '64']);
    expect(run.code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    expect(outcomes(results).get('scan-sized.pdf')).toHaveLength(1);
  }, 60_000);
});
