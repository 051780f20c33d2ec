import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI, cvText, tmp } from './helpers.js';

const exec = promisify(execFile);
const run = async (args: string[]) =>
  exec(process.execPath, [CLI, 'run', ...args, '--as-of', '2026-11-22'], {
    env: { ...process.env, CI: '1' },
  });
const SAMPLES = join(import.meta.dirname, '../../samples/applicants');

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('shortlist run: --max-pages and --timings', () => {
  it('--max-pages reports a longer PDF as too-large and scores the rest', async () => {
    const dir = tmp('shortlist-run-');
    const out = join(tmp(), 'out');
    copyFileSync(join(SAMPLES, 'Kevin_Brooks_Resume_FINAL_v3.pdf'), join(dir, 'three-pages.pdf'));
    copyFileSync(join(SAMPLES, 'Amara_Okafor_CV.pdf'), join(dir, 'one-page.pdf'));
    await run([dir, '--out', out, '--max-pages', '2']);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.candidates.map((c: any) => c.file)).toEqual(['one-page.pdf']);
    expect(results.failures).toEqual([
      expect.objectContaining({
        file: 'three-pages.pdf',
        status: 'too-large',
        message: '3 pages, over the limit of 2',
      }),
    ]);
    // The default (50) reads it.
    await run([dir, '--out', out]);
    const again = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(again.candidates.map((c: any) => c.file).sort()).toEqual(['one-page.pdf', 'three-pages.pdf']);
  }, 60_000);

  it('--timings writes each file’s read and score times, with p50 and p95', async () => {
    const dir = tmp('shortlist-run-');
    const out = join(tmp(), 'out');
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `cv-${i}.txt`), cvText(i + 30));
    copyFileSync(join(SAMPLES, 'Amara_Okafor_CV.pdf'), join(dir, 'amara.pdf'));
    const timings = join(tmp(), 'timings.json');
    await run([dir, '--out', out, '--timings', timings]);
    const t = JSON.parse(readFileSync(timings, 'utf8'));
    expect(t.files.map((f: any) => f.file).sort()).toEqual([
      'amara.pdf',
      ...Array.from({ length: 6 }, (_, i) => `cv-${i}.txt`),
    ]);
    for (const f of t.files) {
      expect(f.readMs).toBeGreaterThan(0);
      expect(f.scoreMs).toBeGreaterThan(0);
    }
    const totals = t.files.map((f: any) => f.readMs + f.scoreMs).sort((a: number, b: number) => a - b);
    expect(t.p50Ms).toBeGreaterThanOrEqual(totals[0] - 0.1);
    expect(t.p95Ms).toBeGreaterThanOrEqual(t.p50Ms);
    expect(t.maxMs).toBeCloseTo(totals.at(-1), 0);

    // A second run takes everything from the caches: no file is read or scored, so no times.
    const second = join(tmp(), 'timings.json');
    await run([dir, '--out', out, '--timings', second]);
    expect(JSON.parse(readFileSync(second, 'utf8'))).toMatchObject({ files: [], p50Ms: null, p95Ms: null });
  }, 60_000);

  it('an output folder that cannot be written stops the run at once, in one line, before any file is read', async () => {
    const dir = tmp('shortlist-run-');
    writeFileSync(join(dir, 'cv.txt'), cvText(1));
    const notAFolder = join(tmp(), 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    const failed = await run([dir, '--out', join(notAFolder, 'out')]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).not.toBe(0);
    const lines = failed!.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Output folder ${join(notAFolder, 'out')} cannot be written (ENOTDIR)`);
    expect(lines[0]).toContain('choose another --out');
  });

  it('watch, too, stops at once with the one line when the output folder cannot be written', async () => {
    const dir = tmp('shortlist-run-');
    writeFileSync(join(dir, 'cv.txt'), cvText(1));
    const notAFolder = join(tmp(), 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    const failed = await exec(process.execPath, [CLI, 'watch', dir, '--out', join(notAFolder, 'out')], {
      env: { ...process.env, CI: '1' },
      timeout: 20_000,
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed!.stderr.trim().split('\n')).toEqual([
      `shortlist: Output folder ${join(notAFolder, 'out')} cannot be written (ENOTDIR): choose another --out`,
    ]);
  }, 30_000);

  // Node's own recursive mkdir loops for ever there: procfs answers "no such file" for a new folder.
  it.skipIf(!existsSync('/proc/self'))(
    'an output folder under /proc stops the run in one line too',
    async () => {
      const dir = tmp('shortlist-run-');
      writeFileSync(join(dir, 'cv.txt'), cvText(1));
      const failed = await run([dir, '--out', '/proc/shortlist-out']).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).not.toBe(0);
      expect(failed!.stderr.trim().split('\n')).toEqual([
        'shortlist: Output folder /proc/shortlist-out cannot be written (ENOENT): choose another --out',
      ]);
    },
    30_000,
  );
});
