import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runScreening } from '../../src/pipeline/run.js';
import { cvText, tmp, type Results } from './helpers.js';

// A fault in shortlist's own reading of a CV's text, simulated in the workers that read and score
// the files (score-text.ts): reading throws, or never ends, for one CV only.
const FAULT = 'Trigger-the-simulated-fault';
afterEach(() => {
  delete process.env.SHORTLIST_TEST_FAULT;
});

describe('a CV whose text shortlist fails to score', () => {
  it.each([
    ['in memory', undefined],
    ['spilled to disk', 0],
  ])(
    'becomes one failure row saying so, and the rest of the batch is scored (%s)',
    async (_, keep) => {
      process.env.SHORTLIST_TEST_FAULT = `throw:${FAULT}`;
      const input = tmp('shortlist-fault-');
      const out = join(tmp(), 'out');
      writeFileSync(join(input, 'good-1.txt'), cvText(1));
      writeFileSync(join(input, 'bad.txt'), `${cvText(2)}\n${FAULT}\n`);
      writeFileSync(join(input, 'good-3.txt'), cvText(3));
      const options = {
        input,
        out,
        concurrency: 2,
        timeoutMs: 30_000,
        maxFileBytes: 1_000_000,
        asOf: '2026-11-22',
        keepInMemory: keep,
      };
      const result = await runScreening(options);
      expect(result.summary.scored).toBe(2);
      expect(result.summary.failed).toBe(1);
      const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
      expect(results.candidates.map((c: { file: string }) => c.file).sort()).toEqual([
        'good-1.txt',
        'good-3.txt',
      ]);
      expect(results.failures).toEqual([
        expect.objectContaining({
          file: 'bad.txt',
          status: 'malformed',
          message: expect.stringMatching(
            /could not be scored, because of an error in shortlist \(Cannot read/,
          ),
        }),
      ]);
      // A full second run (its record of the first removed) takes every reading from the cache and
      // fails the same CV the same way.
      rmSync(join(out, '.shortlist', 'last-run.json'));
      const again = await runScreening(options);
      expect(again.summary.failed).toBe(1);
      expect(again.summary.scored).toBe(2);
    },
    60_000,
  );
});

describe('a CV whose text shortlist never finishes reading', () => {
  it('becomes one timeout row, in the worker that read it, and the rest of the batch is scored', async () => {
    const input = tmp('shortlist-hang-');
    const out = join(tmp(), 'out');
    writeFileSync(join(input, 'good-1.txt'), cvText(1));
    writeFileSync(join(input, 'endless.txt'), `${cvText(2)}\n${FAULT}\n`);
    writeFileSync(join(input, 'good-3.txt'), cvText(3));
    const jd = join(tmp('shortlist-hang-jd-'), 'job.md');
    writeFileSync(jd, '# Backend Developer\n\nRequirements:\n- 3+ years of Go\n- PostgreSQL\n');
    const options = {
      input,
      out,
      concurrency: 2,
      timeoutMs: 3_000,
      maxFileBytes: 1_000_000,
      asOf: '2026-11-22',
    };
    const timeoutRow = expect.objectContaining({
      file: 'endless.txt',
      status: 'timeout',
      message: 'Reading the file took longer than 3 s',
    });
    // Read, then scored, by the worker that read the file: the time limit covers both.
    process.env.SHORTLIST_TEST_FAULT = `hang:${FAULT}`;
    const first = await runScreening(options);
    expect(first.summary.scored).toBe(2);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    expect(results.candidates.map((c: { file: string }) => c.file).sort()).toEqual([
      'good-1.txt',
      'good-3.txt',
    ]);
    expect(results.failures).toEqual([timeoutRow]);

    // Every text in the cache (read without the fault), scored under a new job: scoring alone goes to
    // a worker too, under the same limit.
    delete process.env.SHORTLIST_TEST_FAULT;
    expect((await runScreening(options)).summary.scored).toBe(3);
    process.env.SHORTLIST_TEST_FAULT = `hang:${FAULT}`;
    const rescored = await runScreening({ ...options, jd });
    expect(rescored.summary.scored).toBe(2);
    const again = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    expect(again.failures).toEqual([timeoutRow]);
  }, 60_000);
});
