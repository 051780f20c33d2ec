import { execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeZip } from '../fixtures/zip.js';
import {
  candidateFiles,
  cvText,
  killAll,
  readByWorker,
  readResults,
  sha256,
  sleep,
  startWatch,
  tmp,
  until,
  untilRanked,
  type Results,
} from './helpers.js';

// A real watcher (chokidar, the rescan timer) on a temporary folder, through the built CLI. After
// each step results.json must rank every CV present exactly once and nothing that was removed.

/* eslint-disable @typescript-eslint/no-explicit-any */
const names = (n: number, from = 0) =>
  Array.from({ length: n }, (_v, i) => `cv-${String(from + i).padStart(3, '0')}.txt`);
const writeCvs = (dir: string, files: string[], from = 0) =>
  files.forEach((f, i) => writeFileSync(join(dir, f), cvText(from + i)));
const candidate = (r: Results, file: string) => r.candidates.find((c: any) => c.file === file);

afterEach(() => killAll());

describe('shortlist watch', () => {
  it('screens what is there, then a file written slowly is read once, complete; temporary files ignored, links out and pipes skipped', async () => {
    const dir = tmp();
    const out = join(tmp(), 'out');
    writeCvs(dir, ['a.txt', 'b.txt', 'c.txt']);
    writeFileSync(join(dir, '~$a.docx'), 'lock');
    writeFileSync(join(dir, 'download.pdf.crdownload'), 'partial');
    symlinkSync('/etc/hostname', join(dir, 'outside.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const watch = startWatch(dir, out);
    await untilRanked(out, ['a.txt', 'b.txt', 'c.txt'], watch);

    // A second watcher on the same output folder is refused while the first runs.
    const second = startWatch(dir, out);
    expect((await second.exited).code).toBe(1);
    expect(second.log()).toMatch(/Another shortlist watch \(process \d+\)/);

    const text = cvText(7);
    const fd = openSync(join(dir, 'slow.txt'), 'w');
    for (let at = 0; at < text.length; at += Math.ceil(text.length / 8)) {
      writeSync(fd, text.slice(at, at + Math.ceil(text.length / 8)));
      await sleep(120); // shorter than --settle: the file never looks finished mid-way
    }
    closeSync(fd);
    const r = await untilRanked(out, ['a.txt', 'b.txt', 'c.txt', 'slow.txt'], watch);
    expect(candidate(r, 'slow.txt').sha256).toBe(sha256(text));
    expect(readByWorker(watch.log()).filter((f) => f === 'slow.txt')).toHaveLength(1);
    // A link out of the folder and a pipe are skipped with a note, listed as failures, never read.
    expect(r.failures.map((f: any) => [f.file, f.message])).toEqual([
      ['outside.txt', 'Skipped: a link that leads outside the folder'],
      ['pipe.txt', 'Skipped: not a regular file (a pipe, socket or device)'],
    ]);
    expect(watch.log()).toContain('Skipped outside.txt: a link that leads outside the folder');

    watch.proc.kill('SIGTERM');
    expect((await watch.exited).code).toBe(0);
  });

  it('a folder of job descriptions is refused in one line that says what to do', async () => {
    const dir = tmp();
    const jobs = tmp('shortlist-jobs-');
    writeFileSync(join(jobs, 'backend.md'), '# Backend Developer\n\n## Requirements\n\n- Go\n');
    const watch = startWatch(dir, join(tmp(), 'out'), ['--jd', jobs]);
    expect((await watch.exited).code).toBe(1);
    expect(watch.log()).toContain(`--jd ${jobs} is a folder: watch screens against one job description`);
    expect(watch.log()).toContain('start one watch per job, each with its own --out');
  });

  it('a burst of 200 files: every one ranked exactly once', async () => {
    const dir = tmp();
    const out = join(tmp(), 'out');
    const watch = startWatch(dir, out, ['--concurrency', '2']);
    await until('the first (empty) results.json', () => readResults(out), 20_000, watch.log);
    const files = names(200);
    const started = Date.now();
    writeCvs(dir, files);
    const r = await untilRanked(out, files, watch, 40_000);
    console.log(`watch: 200-file burst ranked in ${Date.now() - started} ms`);
    expect(r.failures).toEqual([]);
    expect(new Set(r.candidates.map((c: any) => c.sha256)).size).toBe(200);
    watch.proc.kill('SIGINT');
    expect((await watch.exited).code).toBe(0);
  });

  it('renames, deletes, edits and copies: the ranking follows, and nothing is read twice', async () => {
    const dir = tmp();
    const out = join(tmp(), 'out');
    writeCvs(dir, ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    const watch = startWatch(dir, out);
    const before = await untilRanked(out, ['a.txt', 'b.txt', 'c.txt', 'd.txt'], watch);
    // results.json is written last: the reports it names are already there.
    const reportOfB = candidate(before, 'b.txt').reports.recruiter;
    expect(existsSync(join(out, reportOfB))).toBe(true);

    mkdirSync(join(dir, 'sub'));
    renameSync(join(dir, 'a.txt'), join(dir, 'sub', 'a2.txt'));
    unlinkSync(join(dir, 'b.txt'));
    const edited = cvText(2, 'edited');
    writeFileSync(join(dir, 'c.txt'), edited);
    copyFileSync(join(dir, 'd.txt'), join(dir, 'd2.txt'));

    const r = await until(
      'the edit to show',
      () => {
        const next = readResults(out);
        return next &&
          JSON.stringify(candidateFiles(next)) === JSON.stringify(['c.txt', 'd.txt', 'sub/a2.txt']) &&
          candidate(next, 'c.txt').sha256 === sha256(edited)
          ? next
          : null;
      },
      20_000,
      watch.log,
    );
    // The same content under two names is one candidate that lists the other file.
    expect(candidate(r, 'd.txt').duplicates).toEqual(['d2.txt']);
    expect(candidate(r, 'd.txt').flags.map((f: any) => f.id)).toContain('duplicate');
    // The renamed and the copied file came from the cache; the edited one was read again.
    expect(watch.log()).toContain('read sub/a2.txt (from cache)');
    expect(watch.log()).toContain('read d2.txt (from cache)');
    expect(readByWorker(watch.log()).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'c.txt', 'd.txt']);
    // The report of the deleted CV is gone with it.
    await until("the deleted CV's report to go", () => !existsSync(join(out, reportOfB)));
    expect(r.failures).toEqual([]);
    watch.proc.kill('SIGINT');
    expect((await watch.exited).code).toBe(0);
  });

  it('a zip archive: its CVs are screened under the archive name, never unpacked by their own names', async () => {
    const dir = tmp('shortlist-zip-');
    const out = join(tmp(), 'out');
    const watch = startWatch(dir, out);
    await until('the first results.json', () => readResults(out), 20_000, watch.log);
    writeFileSync(
      join(dir, 'batch.zip'),
      makeZip([
        { name: 'applicants/', data: '' },
        { name: 'applicants/ann.txt', data: cvText(1) },
        { name: 'applicants/bob.md', data: cvText(2) },
        { name: '../escape.txt', data: cvText(3) },
        { name: '__MACOSX/applicants/._ann.txt', data: 'resource fork' },
      ]),
    );
    const r = await untilRanked(
      out,
      ['batch.zip/applicants/ann.txt', 'batch.zip/applicants/bob.md', 'batch.zip/escape.txt'],
      watch,
    );
    expect(r.failures).toEqual([]);
    expect(existsSync(join(dir, '..', 'escape.txt'))).toBe(false);
    const expanded = readdirSync(join(out, '.shortlist', 'archives'));
    expect(expanded.sort()).toEqual(
      [`${sha256(cvText(1))}.txt`, `${sha256(cvText(2))}.md`, `${sha256(cvText(3))}.txt`].sort(),
    );

    unlinkSync(join(dir, 'batch.zip'));
    await untilRanked(out, [], watch);
    await until('the expanded members to be deleted', () =>
      readdirSync(join(out, '.shortlist', 'archives')).length === 0 ? true : null,
    );
    watch.proc.kill('SIGINT');
    expect((await watch.exited).code).toBe(0);
  });

  it('kill -9 in the middle of a burst, then a restart: finished files are not read again, the rest are', async () => {
    const dir = tmp();
    const out = join(tmp(), 'out');
    const files = names(200);
    const first = startWatch(dir, out, ['--concurrency', '1']);
    await until('the first results.json', () => readResults(out), 20_000, first.log);
    writeCvs(dir, files.slice(0, 100));
    await until('a few files read', () => readByWorker(first.log()).length >= 5, 20_000, first.log);
    first.proc.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const readBefore = new Set(readByWorker(first.log()));
    expect(readBefore.size).toBeLessThan(100);
    writeCvs(dir, files.slice(100), 100); // the burst goes on while nothing watches

    const second = startWatch(dir, out, ['--concurrency', '2']);
    const r = await untilRanked(out, files, second, 40_000);
    const readAfter = readByWorker(second.log());
    expect(readAfter.filter((f) => readBefore.has(f))).toEqual([]);
    expect(new Set(readAfter).size).toBe(readAfter.length);
    expect(readBefore.size + readAfter.length).toBeLessThanOrEqual(200);
    expect(r.failures).toEqual([]);
    second.proc.kill('SIGINT');
    expect((await second.exited).code).toBe(0);
  });

  it('Ctrl-C finishes the files in hand, writes the outputs and exits 0; a restart ranks the rest', async () => {
    const dir = tmp();
    const out = join(tmp(), 'out');
    const files = names(120);
    const watch = startWatch(dir, out, ['--concurrency', '1']);
    await until('the first results.json', () => readResults(out), 20_000, watch.log);
    writeCvs(dir, files);
    await watch.waitFor(/^read /m);
    watch.proc.kill('SIGINT');
    const { code, signal } = await watch.exited;
    expect({ code, signal }, watch.log()).toEqual({ code: 0, signal: null });
    expect(watch.log()).toContain('SIGINT: finishing the files in hand');
    const read = readByWorker(watch.log()).sort();
    expect(read.length).toBeLessThan(files.length);
    // Every file it read, and nothing else, is in the outputs it wrote on the way out.
    expect(candidateFiles(readResults(out))).toEqual(read);

    const again = startWatch(dir, out);
    await again.waitFor(/^watching /m);
    await untilRanked(out, files, again);
    expect(readByWorker(again.log()).filter((f) => read.includes(f))).toEqual([]);
    again.proc.kill('SIGTERM');
    expect(await again.exited, again.log()).toEqual({ code: 0, signal: null });
  });

  it('a changed profile or job description re-scores everything from the cache, reading nothing again', async () => {
    const dir = tmp();
    const out = join(tmp(), 'out');
    const settings = tmp('shortlist-settings-');
    const profile = join(settings, 'profile.yaml');
    const jd = join(settings, 'job.md');
    writeFileSync(
      profile,
      'extends: default\nid: strict\ntitle: Strict\ntiers: { shortlist: 99, consider: 98 }\n',
    );
    const posting = (skills: string) =>
      `# Backend Developer\n\nWe build logistics software for shipping companies.\n\n## Requirements\n\n${skills}\n`;
    writeFileSync(jd, posting('- Go\n- Kafka'));
    writeCvs(dir, ['a.txt', 'b.txt', 'c.txt']);
    const watch = startWatch(dir, out, ['--profile', profile, '--jd', jd]);
    const before = await untilRanked(out, ['a.txt', 'b.txt', 'c.txt'], watch);
    expect(before.candidates.every((c: any) => c.tier === 'reject')).toBe(true);
    const reads = readByWorker(watch.log()).length;

    writeFileSync(
      profile,
      'extends: default\nid: lenient\ntitle: Lenient\ntiers: { shortlist: 2, consider: 1 }\n',
    );
    const rescored = await until(
      'the new profile to apply',
      () => {
        const r = readResults(out);
        return r?.run.profile.id === 'lenient' && r.candidates.every((c: any) => c.tier === 'shortlist') && r;
      },
      20_000,
      watch.log,
    );
    expect(candidateFiles(rescored)).toEqual(['a.txt', 'b.txt', 'c.txt']);

    writeFileSync(jd, posting('- Node.js\n- PostgreSQL'));
    await until(
      'the new job description to apply',
      () => {
        const r = readResults(out);
        const req = r?.candidates[0]?.requirements.map((q: any) => q.skill) ?? [];
        return req.includes('PostgreSQL') && !req.includes('Kafka') && r;
      },
      20_000,
      watch.log,
    );

    // A profile saved half-way (invalid) keeps the last good one.
    writeFileSync(profile, 'extends: default\ntiers: [broken\n');
    await until('the bad profile to be noted', () =>
      /still scoring with the previous version/.test(watch.log()),
    );
    expect(readResults(out).run.profile.id).toBe('lenient');
    expect(readByWorker(watch.log())).toHaveLength(reads);
    watch.proc.kill('SIGINT');
    expect((await watch.exited).code).toBe(0);
  });
});
