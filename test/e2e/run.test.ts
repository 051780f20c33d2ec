import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

// End to end through the built CLI (npm test builds dist/ first), on the committed samples.
const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const SAMPLES = join(import.meta.dirname, '../../samples');

interface Expected {
  file: string;
  status: string;
  quality?: string;
  name?: string;
  emails?: string[];
}

const expected: Expected[] = readdirSync(join(SAMPLES, 'expected'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(SAMPLES, 'expected', f), 'utf8')) as Expected);

async function shortlist(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, CI: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('shortlist run on the samples', () => {
  const out1 = mkdtempSync(join(tmpdir(), 'shortlist-e2e-'));
  const out2 = mkdtempSync(join(tmpdir(), 'shortlist-e2e-'));
  const args = (out: string) => [
    'run',
    join(SAMPLES, 'applicants'),
    '--jd',
    join(SAMPLES, 'jobs/backend-developer.md'),
    '--profile',
    'backend-developer',
    '--out',
    out,
    '--as-of',
    '2026-11-22',
  ];
  let results: any;
  let first: { code: number; stdout: string };

  beforeAll(async () => {
    first = await shortlist(args(out1));
    results = JSON.parse(readFileSync(join(out1, 'results.json'), 'utf8'));
  }, 120_000);

  it('completes with exit 0 and prints a summary', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Screened \d+ files: \d+ scored, \d+ could not be read/);
    expect(first.stdout).toContain('Top candidates:');
  });

  it('writes results.json in the contract shape', () => {
    expect(results.schemaVersion).toBe(1);
    expect(Object.keys(results.run)).toEqual(
      expect.arrayContaining(['id', 'startedAt', 'tool', 'profile', 'job']),
    );
    expect(results.run.profile.id).toBe('backend-developer');
    expect(results.run.job.title).toMatch(/Backend/);
    const c = results.candidates[0];
    for (const key of [
      'id',
      'file',
      'rank',
      'score',
      'tier',
      'contact',
      'experience',
      'totalExperienceMonths',
      'education',
      'skills',
      'requirements',
      'criteria',
      'flags',
      'language',
      'reports',
    ]) {
      expect(c).toHaveProperty(key);
    }
    expect(Object.keys(c.contact)).toEqual(['name', 'emails', 'phones', 'links', 'location']);
    results.candidates.forEach((cand: any, i: number) => expect(cand.rank).toBe(i + 1));
    const scores = results.candidates.map((cand: any) => cand.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('reports every broken sample as a failure with the expected status', () => {
    const broken = expected.filter((e) => e.status !== 'ok');
    expect(broken.length).toBeGreaterThanOrEqual(3);
    for (const e of broken) {
      const failure = results.failures.find((f: any) => f.file === e.file);
      expect(failure, e.file).toBeDefined();
      expect(failure.status, e.file).toBe(e.status);
      expect(failure.message.length).toBeGreaterThan(5);
    }
    const ok = expected.filter((e) => e.status === 'ok');
    expect(results.candidates).toHaveLength(ok.length);
  });

  it('ranks every strong sample above every weak one', () => {
    const rankOf = (file: string) => results.candidates.find((c: any) => c.file === file).rank;
    const strong = expected.filter((e) => e.quality === 'strong').map((e) => rankOf(e.file));
    const weak = expected
      .filter((e) => e.quality === 'weak' || e.quality === 'off-target')
      .map((e) => rankOf(e.file));
    expect(strong.length).toBeGreaterThan(0);
    expect(Math.max(...strong)).toBeLessThan(Math.min(...weak));
  });

  it('backs every criterion below full marks with evidence', () => {
    for (const c of results.candidates) {
      for (const criterion of c.criteria) {
        if (criterion.score !== null && criterion.score < 1) {
          expect(criterion.evidence.length, `${c.file} ${criterion.id}`).toBeGreaterThan(0);
          expect(criterion.evidence[0].message.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('reads most candidate names right', () => {
    const ok = expected.filter((e) => e.status === 'ok' && e.name);
    const right = ok.filter(
      (e) => results.candidates.find((c: any) => c.file === e.file)?.contact.name === e.name,
    );
    expect(right.length / ok.length).toBeGreaterThanOrEqual(0.8);
  });

  it('writes the workbook, CSV and one recruiter and one feedback report per candidate', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out1, 'ranking.xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Ranking', 'Failures', 'Run']));
    expect(wb.getWorksheet('Ranking')!.rowCount).toBe(results.candidates.length + 1);
    expect(wb.getWorksheet('Failures')!.rowCount).toBe(results.failures.length + 1);
    const csv = readFileSync(join(out1, 'ranking.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\n')).toHaveLength(results.candidates.length + 1);
    for (const c of results.candidates) {
      for (const page of [c.reports.recruiter, c.reports.feedback]) {
        const html = readFileSync(join(out1, page), 'utf8');
        expect(html).toContain('Content-Security-Policy');
      }
    }
    expect(existsSync(join(out1, 'index.html'))).toBe(true);
  });

  it('gives the same results.json twice, apart from the run id and start time', async () => {
    const second = await shortlist(args(out2));
    expect(second.code).toBe(0);
    const strip = (s: string) => s.replace(/"id": "[0-9a-f-]{36}"/, '').replace(/"startedAt": "[^"]+"/, '');
    const a = strip(readFileSync(join(out1, 'results.json'), 'utf8'));
    const b = strip(readFileSync(join(out2, 'results.json'), 'utf8')).replaceAll(out2, out1);
    expect(b).toBe(a);
  }, 120_000);

  it('gives the same outputs from its caches as from reading every file again', async () => {
    // Same month, another day: every reading and assessment comes from out1's caches, and the
    // outputs are written again. They must match a run that reads and scores everything afresh.
    const out3 = mkdtempSync(join(tmpdir(), 'shortlist-e2e-'));
    const day = ['--as-of', '2026-11-23'];
    const cached = await shortlist([...args(out1), ...day]);
    const fresh = await shortlist([...args(out3), ...day, '--no-cache']);
    expect([cached.code, fresh.code]).toEqual([0, 0]);
    expect(cached.stdout).not.toContain('Nothing has changed');
    const strip = (s: string) => s.replace(/"id": "[0-9a-f-]{36}"/, '').replace(/"startedAt": "[^"]+"/, '');
    const a = strip(readFileSync(join(out3, 'results.json'), 'utf8'));
    const b = strip(readFileSync(join(out1, 'results.json'), 'utf8')).replaceAll(out1, out3);
    expect(b).toBe(a);
    const again = JSON.parse(readFileSync(join(out3, 'results.json'), 'utf8'));
    expect(again.run.asOf).toBe('2026-11-23');
    for (const c of again.candidates.slice(0, 5)) {
      for (const report of [c.reports.recruiter, c.reports.feedback]) {
        const html = (out: string) =>
          readFileSync(join(out, report), 'utf8')
            .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '')
            .replaceAll(out1, out3);
        expect(html(out1)).toBe(html(out3));
      }
    }
  }, 180_000);
});

describe('shortlist run: errors that stop the run', () => {
  it('exits 1 with a one-line message for a missing folder', async () => {
    const r = await shortlist(['run', '/no/such/folder']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^shortlist: Folder \/no\/such\/folder does not exist/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the path of a bad key in a profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shortlist-profile-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'extends: default\ncriteria:\n  experience-years:\n    options:\n      minYears: "five"\n',
    );
    const r = await shortlist([
      'run',
      join(SAMPLES, 'applicants'),
      '--profile',
      file,
      '--out',
      join(dir, 'out'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('criteria.experience-years.options.minYears');
  });
});

describe('shortlist run with a folder of job descriptions', () => {
  const out = mkdtempSync(join(tmpdir(), 'shortlist-jobs-'));
  let results: any;

  beforeAll(async () => {
    const r = await shortlist([
      'run',
      join(SAMPLES, 'applicants'),
      '--jd',
      join(SAMPLES, 'jobs'),
      '--out',
      out,
      '--as-of',
      '2026-11-22',
    ]);
    expect(r.code).toBe(0);
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  }, 120_000);

  it('ranks every applicant against every job, each job led by its own profession', () => {
    expect(results.jobs.map((j: any) => j.file)).toEqual([
      'accountant.md',
      'backend-developer.md',
      'frontend-developer.md',
    ]);
    const quality = (file: string) => expected.find((e) => e.file === file)?.quality;
    const top = (file: string) => results.jobs.find((j: any) => j.file === file).candidates[0].file;
    expect(top('accountant.md')).toBe('Curriculo_Ana_Souza.odt');
    expect(quality(top('backend-developer.md'))).toBe('strong');
    expect(top('frontend-developer.md')).toBe('Priya_Nair_CV_2026.pdf');
    for (const job of results.jobs) {
      job.candidates.forEach((c: any, i: number) => expect(c.rank).toBe(i + 1));
      expect(existsSync(join(out, job.folder, 'index.html'))).toBe(true);
      expect(existsSync(join(out, job.candidates[0].reports.recruiter))).toBe(true);
    }
  });

  it('names each candidate’s best-fitting job, and the workbook has a sheet per job and a Best fit sheet', async () => {
    for (const c of results.candidates) {
      const scores = results.jobs.map((j: any) => j.candidates.find((x: any) => x.id === c.id).score);
      expect(c.bestFit.score).toBe(Math.max(...scores));
      expect(c.score).toBe(c.bestFit.score);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'ranking.xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Ranking',
        'Best fit',
        '1 Management Accountant',
        '2 Senior Backend Developer',
        '3 Frontend Developer',
      ]),
    );
    expect(wb.getWorksheet('Best fit')!.rowCount).toBe(results.candidates.length + 1);
  });
});
