import { execFile } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../fixtures/zip.js';
import { CLI, cvText, sha256, tmp, type Results } from './helpers.js';

const exec = promisify(execFile);
const run = async (args: string[]) =>
  exec(
    process.execPath,
    [CLI, 'run', ...args, ...(args.includes('--as-of') ? [] : ['--as-of', '2026-11-22'])],
    {
      env: { ...process.env, CI: '1' },
    },
  );
const results = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
const skillsOf = (r: Results, file: string): string[] =>
  r.candidates.find((c: { file: string }) => c.file === file).skills.map((s: { name: string }) => s.name);

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('shortlist run with the extraction cache', () => {
  it('a second run takes each extraction from <out>/.shortlist; --no-cache reads every file again', async () => {
    const dir = tmp('shortlist-run-');
    const out = join(tmp(), 'out');
    writeFileSync(join(dir, 'a.txt'), cvText(1));
    copyFileSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    writeFileSync(join(dir, 'batch.zip'), makeZip([{ name: 'inner/c.txt', data: cvText(2) }]));
    await run([dir, '--out', out]);
    const first = results(out);
    expect(first.candidates.map((c: any) => c.file).sort()).toEqual(['a.txt', 'batch.zip/inner/c.txt']);
    // The same content under two names: one candidate, listing the other file.
    const a = first.candidates.find((c: any) => c.file === 'a.txt');
    expect(a.duplicates).toEqual(['b.txt']);
    expect(a.flags.find((f: any) => f.id === 'duplicate').message).toContain('b.txt');
    expect(first.candidates.find((c: any) => c.file !== 'a.txt').duplicates).toEqual([]);
    expect(skillsOf(first, 'a.txt')).not.toContain('Kubernetes');

    // Each assessment is kept with the reading as the outputs need it: without the numbered lines and
    // sections, which nothing reads back (about a seventh of each entry).
    const assessDir = join(out, '.shortlist', 'cache', 'assess');
    const kept = readdirSync(assessDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.json'),
    );
    expect(kept.length).toBeGreaterThan(0);
    for (const f of kept) {
      const { record: stored } = JSON.parse(readFileSync(join(assessDir, f), 'utf8'));
      expect(stored.cv.lines).toEqual([]);
      expect(stored.cv.sections).toEqual([]);
      expect(stored.cv.contact).toBeDefined();
    }

    // Change what the cache holds for a.txt: a second run must show it, proving nothing was re-read.
    // (The assessments kept from the first run and its record are removed, or they would be used.)
    const hash = sha256(cvText(1));
    const versionDir = readdirSync(join(out, '.shortlist', 'cache')).find((d) => d.startsWith('extract-v'))!;
    const entry = join(out, '.shortlist', 'cache', versionDir, hash.slice(0, 2), `${hash}.txt.json`);
    const record = JSON.parse(readFileSync(entry, 'utf8'));
    record.extraction.text = record.extraction.text.replace('Docker', 'Docker, Kubernetes');
    writeFileSync(entry, JSON.stringify(record));
    rmSync(join(out, '.shortlist', 'cache', 'assess'), { recursive: true });
    rmSync(join(out, '.shortlist', 'last-run.json'));
    await run([dir, '--out', out]);
    expect(skillsOf(results(out), 'a.txt')).toContain('Kubernetes');

    await run([dir, '--out', out, '--no-cache']);
    expect(skillsOf(results(out), 'a.txt')).not.toContain('Kubernetes');
  });

  it('a run over an unchanged folder leaves the outputs as they were; any change runs again', async () => {
    const dir = tmp('shortlist-run-');
    const out = join(tmp(), 'out');
    writeFileSync(join(dir, 'a.txt'), cvText(4));
    writeFileSync(join(dir, 'b.txt'), cvText(5));
    await run([dir, '--out', out]);
    const first = results(out);
    const before = statSync(join(out, 'results.json')).mtimeMs;
    const again = await run([dir, '--out', out]);
    expect(again.stdout).toContain('Nothing has changed since the last run');
    expect(again.stdout).toContain('Screened 2 files: 2 scored');
    expect(statSync(join(out, 'results.json')).mtimeMs).toBe(before);
    expect(results(out).run.id).toBe(first.run.id);

    // Another date, or a report deleted, is a change: the run is done again (from the caches).
    const other = await run([dir, '--out', out, '--as-of', '2026-11-23']);
    expect(other.stdout).not.toContain('Nothing has changed');
    expect(results(out).run.asOf).toBe('2026-11-23');
    const report = results(out).candidates[0].reports.recruiter as string;
    rmSync(join(out, report));
    expect((await run([dir, '--out', out])).stdout).not.toContain('Nothing has changed');
    expect(existsSync(join(out, report))).toBe(true);

    // The assessment of a.txt is taken from the cache, not worked out again: a changed score shows.
    const assessDir = join(out, '.shortlist', 'cache', 'assess');
    const hash = sha256(cvText(4));
    const [contextDir] = readdirSync(assessDir);
    const entry = join(assessDir, contextDir!, hash.slice(0, 2), `${hash}.txt.json`);
    const record = JSON.parse(readFileSync(entry, 'utf8'));
    record.record.assessment.score = 99.9;
    writeFileSync(entry, JSON.stringify(record));
    appendFileSync(join(dir, 'b.txt'), '\n');
    await run([dir, '--out', out]);
    expect(results(out).candidates.find((c: any) => c.file === 'a.txt').score).toBe(99.9);
    await run([dir, '--out', out, '--no-cache']);
    expect(results(out).candidates.find((c: any) => c.file === 'a.txt').score).not.toBe(99.9);
  });

  it('an output folder inside the input folder is not screened', async () => {
    const dir = tmp('shortlist-run-');
    writeFileSync(join(dir, 'a.txt'), cvText(3));
    await run([dir, '--out', join(dir, 'out')]);
    await run([dir, '--out', join(dir, 'out')]);
    const r = results(join(dir, 'out'));
    expect(r.candidates.map((c: any) => c.file)).toEqual(['a.txt']);
    expect(r.failures).toEqual([]);
  });
});
