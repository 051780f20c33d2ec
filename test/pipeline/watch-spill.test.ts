import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runScreening } from '../../src/pipeline/run.js';
import { watchFolder } from '../../src/pipeline/watch.js';
import { cvText, readResults, tmp, until, type Results } from './helpers.js';

// `watch` keeps each scored CV in a spill file, as `run` does, and drops its text: here every CV is
// on disk (keepInMemory 0). Its outputs must be those of a run over the same folder, after a change
// of profile too, and a CV whose text has gone from the cache must be read again, not lost.

/* eslint-disable @typescript-eslint/no-explicit-any */
const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((s) => s.abort()));

// Each candidate's place, score and tier, and every criterion's score and evidence.
const scores = (r: Results) =>
  r.candidates
    .map((c: any) => [
      c.file,
      c.rank,
      c.score,
      c.tier,
      c.criteria.map((k: any) => [k.id, k.score, JSON.stringify(k.evidence)]),
    ])
    .sort((a: any, b: any) => (a[0] < b[0] ? -1 : 1));

const profileText = (id: string, shortlist: number) =>
  `extends: default\nid: ${id}\ntitle: ${id}\ntiers: { shortlist: ${shortlist}, consider: ${shortlist - 1} }\n`;

/** What both `run` and `watch` are given: every CV kept on disk (keepInMemory 0). */
const commonOptions = (input: string, profile?: string) => ({
  input,
  ...(profile ? { profile } : {}),
  concurrency: 2,
  timeoutMs: 30_000,
  maxFileBytes: 1_000_000,
  asOf: '2026-11-22',
  keepInMemory: 0,
});

/** A watch in this process, with short delays, its notes kept; stopped after each test. */
function startWatching(
  common: ReturnType<typeof commonOptions>,
  out: string,
  extra: { spillSlackBytes?: number } = {},
) {
  const stop = new AbortController();
  stops.push(stop);
  const notes: string[] = [];
  const watching = watchFolder({
    ...common,
    out,
    debounceMs: 100,
    settleMs: 200,
    pollMs: 500,
    signal: stop.signal,
    onNote: (n) => notes.push(n),
    ...extra,
  });
  return { watching, notes, stop: () => stop.abort() };
}

describe('watch with every CV in the spill file', () => {
  it('ranks as run does, re-scores after a profile change, and reads again a CV whose text left the cache', async () => {
    const dir = tmp();
    const out = join(tmp(), 'out');
    const settings = tmp('shortlist-settings-');
    const profile = join(settings, 'profile.yaml');
    writeFileSync(profile, profileText('first', 99));
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    files.forEach((f, i) => writeFileSync(join(dir, f), cvText(i)));
    const common = commonOptions(dir, profile);
    const { watching, notes, stop } = startWatching(common, out);
    const ranked = (id: string) => () => {
      const r = readResults(out);
      return r?.run.profile.id === id && r.candidates.length === files.length ? r : null;
    };
    const first = await until('the first ranking', ranked('first'), 30_000, () => notes.join('\n'));
    // What `run --no-cache` writes for the same folder and profile.
    const expected = async () => {
      const runOut = join(tmp(), 'run');
      await runScreening({ ...common, out: runOut, cache: false });
      return readResults(runOut);
    };
    expect(scores(first)).toEqual(scores(await expected()));
    // Every candidate's evidence comes back from the spill file into the reports.
    const report = readdirSync(join(out, 'candidates'));
    expect(report).toHaveLength(files.length);

    // A new profile: every CV scored again from its text, read again from the cache.
    writeFileSync(profile, profileText('second', 2));
    const second = await until('the second profile', ranked('second'), 30_000, () => notes.join('\n'));
    expect(scores(second)).toEqual(scores(await expected()));
    expect(second.candidates.every((c: any) => c.tier === 'shortlist')).toBe(true);

    // The texts deleted from the cache, then a third profile: the files are read again, none lost.
    for (const name of readdirSync(join(out, '.shortlist', 'cache'))) {
      if (name.startsWith('extract-')) rmSync(join(out, '.shortlist', 'cache', name), { recursive: true });
    }
    writeFileSync(profile, profileText('third', 99));
    const third = await until('the third profile', ranked('third'), 30_000, () => notes.join('\n'));
    expect(
      notes.some((n) => /^5 CVs must be read again: their text is no longer in the cache$/.test(n)),
    ).toBe(true);
    expect(scores(third)).toEqual(scores(first));
    expect(third.failures).toEqual([]);

    stop();
    const end = await watching;
    expect(end.ranking?.candidates).toHaveLength(files.length);
  }, 90_000);

  it('starts its spill file afresh as it grows, every CV kept again from the cache, as run ranks', async () => {
    const dir = tmp();
    const out = join(tmp(), 'out');
    const common = commonOptions(dir);
    // No slack: a spill file grown to twice what it held after its last fresh start is replaced.
    const { watching, notes, stop } = startWatching(common, out, { spillSlackBytes: 0 });
    let files: string[] = [];
    for (const batch of [2, 3, 6, 1]) {
      const added = Array.from({ length: batch }, (_v, i) => `cv-${files.length + i}.txt`);
      added.forEach((f, i) => writeFileSync(join(dir, f), cvText(files.length + i)));
      files = [...files, ...added];
      const ranked = await until(
        `${files.length} CVs ranked`,
        () => {
          const r = readResults(out);
          return r?.candidates.length === files.length ? r : null;
        },
        30_000,
        () => notes.join('\n'),
      );
      const runOut = join(tmp(), 'run');
      await runScreening({ ...common, out: runOut, cache: false });
      expect(scores(ranked)).toEqual(scores(readResults(runOut)));
    }
    expect(notes.filter((n) => /Could not write the outputs/.test(n))).toEqual([]);
    stop();
    await watching;
  }, 120_000);
});
