import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  RUN_HEAP_MB,
  runInThread,
  threadHeapMb,
  throttledProgress,
  WATCH_HEAP_MB,
  watchInThread,
} from '../../src/cli/run-thread.js';
import { progressReporter } from '../../src/cli/progress.js';
import { RunError } from '../../src/errors.js';
import type { Progress } from '../../src/pipeline/run.js';
import type { WatchStatus } from '../../src/pipeline/watch.js';
import { tmp } from '../pipeline/helpers.js';

const SAMPLES = join(import.meta.dirname, '../../samples/applicants');
const options = (out: string) => ({
  input: SAMPLES,
  out,
  concurrency: 2,
  timeoutMs: 30_000,
  maxFileBytes: 20 * 1024 * 1024,
  asOf: '2026-11-22',
  cache: false,
});

describe('run and watch in the screening thread', () => {
  it('runs in the thread: progress reaches the caller, and the summary matches what was written', async () => {
    const out = join(tmp(), 'out');
    const progress: Progress[] = [];
    const result = await runInThread(options(out), { onProgress: (p) => progress.push(p) });
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
      candidates: { rank: number; score: number }[];
      failures: unknown[];
    };
    expect(result.summary.scored).toBe(results.candidates.length);
    expect(result.summary.failed).toBe(results.failures.length);
    expect(result.summary.top[0]!.score).toBeCloseTo(results.candidates[0]!.score, 1);
    expect(result.unchanged).toBeNull();
    const reading = progress.filter((p) => p.phase !== 'writing');
    expect(reading.at(-1)!.done).toBe(reading.at(-1)!.total);
    expect(reading.at(-1)!.total).toBe(results.candidates.length + results.failures.length);
    // Then writing: said once, then every candidate's reports written.
    const writing = progress.filter((p) => p.phase === 'writing');
    expect(writing[0]!.reports).toBeUndefined();
    const n = results.candidates.length;
    expect(writing.at(-1)!.reports).toEqual({ done: n, total: n });
  }, 60_000);

  it('a problem before the run comes back as the RunError the command line reports in one line', async () => {
    const error = await runInThread({ ...options(join(tmp(), 'out')), input: join(tmp(), 'missing') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RunError);
    expect((error as Error).message).toMatch(/does not exist or is not a folder/);
  }, 30_000);

  it('gives run and watch, which both keep their CVs in a spill file, the same heap; a size given wins', () => {
    expect(threadHeapMb({ kind: 'run' })).toBe(RUN_HEAP_MB);
    expect(threadHeapMb({ kind: 'watch' })).toBe(WATCH_HEAP_MB);
    expect(WATCH_HEAP_MB).toBe(RUN_HEAP_MB);
    // Under 2,048 MB, where V8 would let the heap grow to four times what it holds.
    expect(WATCH_HEAP_MB).toBeLessThan(2048);
    expect(threadHeapMb({ kind: 'watch' }, 8)).toBe(8);
    expect(threadHeapMb({ kind: 'run' }, 8)).toBe(8);
  });

  it('a thread that runs out of memory is a RunError naming the limit, not a crash', async () => {
    const error = await runInThread(options(join(tmp(), 'out')), { heapMb: 8 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunError);
    expect((error as Error).message).toMatch(/ran out of memory.*\(over 8 MB\)/);
  }, 30_000);

  it('watch stops when asked, writes its outputs and returns their summary', async () => {
    const out = join(tmp(), 'out');
    const controller = new AbortController();
    const states: WatchStatus['state'][] = [];
    const summary = await watchInThread(
      { ...options(out), debounceMs: 100, settleMs: 100, pollMs: 1000, verbose: false },
      {
        signal: controller.signal,
        onStatus: (s) => {
          states.push(s.state);
          // Once the first ranking is written, the watch has caught up with the folder: stop it.
          if (s.state === 'watching' && s.lastUpdate) controller.abort();
        },
      },
    );
    expect(states).toContain('watching');
    expect(existsSync(join(out, 'results.json'))).toBe(true);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { candidates: unknown[] };
    expect(summary?.scored).toBe(results.candidates.length);
  }, 60_000);
});

describe('progress from the screening thread', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const file = (done: number, total = 1000): Progress => ({ done, total, failed: 0, file: `cv-${done}.pdf` });

  it('passes on at most one progress per interval, the held one when its time is up', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const sent: number[] = [];
    const onProgress = throttledProgress((p) => sent.push(p.done), 50);
    // 1,000 files, one every millisecond.
    for (let done = 1; done <= 1000; done++) {
      onProgress(file(done));
      vi.advanceTimersByTime(1);
    }
    // One per 50 ms plus the first of each tenth, not one per file; the last file always.
    expect(sent.length).toBeGreaterThan(15);
    expect(sent.length).toBeLessThan(40);
    expect(sent.at(-1)).toBe(1000);
    // A progress held back is passed on when its time is up, even with nothing after it.
    sent.length = 0;
    const later = throttledProgress((p) => sent.push(p.done), 50);
    later(file(1, 10));
    later(file(2, 10));
    later(file(2, 10));
    expect(sent).toEqual([1, 2]);
    later(file(2, 10)); // same tenth, too soon: held
    expect(sent).toEqual([1, 2]);
    vi.advanceTimersByTime(50);
    expect(sent).toEqual([1, 2, 2]);
  });

  it('a log (not a terminal) gets the same lines as from every progress', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const lines = (throttle: boolean): string => {
      let out = '';
      const stream = {
        isTTY: false,
        write: (s: string) => ((out += s), true),
      } as unknown as NodeJS.WriteStream;
      const reporter = progressReporter(stream);
      const onProgress = throttle ? throttledProgress((p) => reporter.update(p), 50) : reporter.update;
      for (let done = 1; done <= 437; done++)
        onProgress({ ...file(done, 437), failed: Math.floor(done / 100) });
      onProgress({ ...file(437, 437), phase: 'writing' });
      return out;
    };
    expect(lines(true)).toBe(lines(false));
    expect(lines(true).split('\n').length).toBeGreaterThan(10);
  });
});
