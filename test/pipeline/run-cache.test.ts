import { execFile } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../fixtures/zip.js';
import { CLI, cvText, sha256, tmp, type Results } from './helpers.js';

const exec = promisify(execFile);
const run = async (args: string[]) =>
  exec(process.execPath, [CLI, 'run', ...args, '--as-of', '2026-11-22'], {
    env: { ...process.env, CI: '1' },
  });
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

    // Change what the cache holds for a.txt: a second run must show it, proving nothing was re-read.
    const hash = sha256(cvText(1));
    const versionDir = readdirSync(join(out, '.shortlist', 'cache'))[0]!;
    const entry = join(out, '.shortlist', 'cache', versionDir, hash.slice(0, 2), `${hash}.txt.json`);
    const record = JSON.parse(readFileSync(entry, 'utf8'));
    record.extraction.text = record.extraction.text.replace('Docker', 'Docker, Kubernetes');
    writeFileSync(entry, JSON.stringify(record));
    await run([dir, '--out', out]);
    expect(skillsOf(results(out), 'a.txt')).toContain('Kubernetes');

    await run([dir, '--out', out, '--no-cache']);
    expect(skillsOf(results(out), 'a.txt')).not.toContain('Kubernetes');
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
