import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInThread, watchInThread } from '../../src/cli/run-thread.js';
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
  }, 60_000);

  it('a problem before the run comes back as the RunError the command line reports in one line', async () => {
    const error = await runInThread({ ...options(join(tmp(), 'out')), input: join(tmp(), 'missing') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RunError);
    expect((error as Error).message).toMatch(/does not exist or is not a folder/);
  }, 30_000);

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
