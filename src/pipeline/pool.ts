import { Piscina } from 'piscina';
import type { ExtractLimits } from '../extract/index.js';
import type { ExtractedDocument, Extraction, ExtractionFailure, YearMonth } from '../model.js';
import { damageDetail } from '../extract/damage.js';
import { isOutOfMemory, workerScript, YOUNG_GENERATION_MB } from '../worker-script.js';
import type { ExtractResult, ExtractTask } from './extract-worker.js';
import type { InspectedReading, ScoreSpec, TextScore } from './score-text.js';

export interface PoolOptions {
  concurrency: number;
  /** Wall-clock limit for one file; the worker is killed and replaced when it runs over. */
  timeoutMs: number;
  /** Heap cap for each worker; a file that needs more costs that file a `too-large` failure. */
  maxMemoryMb: number;
  limits: ExtractLimits;
}

/** A file read by a worker, with its readings and assessments when they were asked for. */
export interface PoolRead {
  extraction: Extraction;
  /** Time the worker spent reading the file (null when it failed or timed out). */
  ms: number | null;
  /** By context key: see score-text.ts. Absent when not asked for, or when the file was not read. */
  scores?: Record<string, TextScore> | undefined;
  /** The reading `shortlist inspect` shows, when asked for (`inspect`) and the file was read. */
  inspected?: InspectedReading | undefined;
}

export interface ExtractionPool {
  extract(name: string, bytes: Uint8Array): Promise<Extraction>;
  /**
   * The same, with the time the worker spent, and the text read and scored under `score`'s contexts
   * (and read as `shortlist inspect` shows it, with "Present" in the month `inspect`).
   */
  extractTimed(name: string, bytes: Uint8Array, score?: ScoreSpec[], inspect?: YearMonth): Promise<PoolRead>;
  /**
   * Reads and scores a text extracted earlier (from the cache) in a worker, under the same time limit
   * and memory cap as a file: its results by context key, or the failure that stopped the worker.
   */
  score(
    name: string,
    extraction: ExtractedDocument,
    score: ScoreSpec[],
  ): Promise<Record<string, TextScore> | ExtractionFailure>;
  close(): Promise<void>;
}

/** How long a task may wait for a worker to start on it, beyond its own time limit. */
const START_GRACE_MS = 60_000;
/** How often a task waiting for a worker checks whether one has started on it. */
const START_POLL_MS = 25;

export function createExtractionPool(options: PoolOptions): ExtractionPool {
  const { filename, execArgv } = workerScript(new URL('./extract-worker.js', import.meta.url));
  const piscina = new Piscina<ExtractTask, ExtractResult>({
    filename,
    execArgv,
    // No thread kept when idle: a watcher waiting for applications gives back a reader's memory
    // (10,000 CVs watched: 303 MB against 362 MB, 10 s after the last was ranked), and starts one
    // again in a fraction of a second when a file arrives.
    minThreads: 0,
    maxThreads: Math.max(1, options.concurrency),
    maxQueue: 'auto',
    idleTimeout: 5_000,
    // A small young generation (see YOUNG_GENERATION_MB): at 64 MB each worker's memory crept up by
    // about 30 MB per 1,000 files and reading was slower (2,000 files: 8.6-8.8 s against 7.1-7.5 s).
    resourceLimits: {
      maxOldGenerationSizeMb: options.maxMemoryMb,
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  });

  /**
   * Runs a task under the time limit, counted from when a worker starts on it (it writes the time in
   * `clock`): a worker's start-up, after a crash or a timeout, is not charged to the next file.
   * A task no worker has started after START_GRACE_MS more is stopped as a timeout too.
   */
  const run = async (task: ExtractTask): Promise<ExtractResult | ExtractionFailure> => {
    const clock = new Float64Array(new SharedArrayBuffer(8));
    const controller = new AbortController();
    const handed = Date.now();
    const check = () => {
      const started = clock[0]!;
      const left = (started || handed + START_GRACE_MS) + options.timeoutMs - Date.now();
      if (left <= 0) controller.abort();
      else timer = setTimeout(check, started ? left : Math.min(left, START_POLL_MS));
    };
    let timer = setTimeout(check, options.timeoutMs);
    try {
      return await piscina.run({ ...task, clock }, { signal: controller.signal });
    } catch (error) {
      return workerFailure(error, controller.signal.aborted, options.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  };
  const extractTimed: ExtractionPool['extractTimed'] = async (name, bytes, score, inspect) => {
    const result = await run({ name, bytes, limits: options.limits, score, inspect });
    if (!('ms' in result)) return { extraction: result, ms: null };
    const { scores, inspected } = result;
    return { extraction: result.extraction!, ms: result.ms, scores, inspected };
  };
  return {
    extractTimed,
    async score(name, extraction, score) {
      const result = await run({ name, extraction, score });
      return 'ms' in result ? (result.scores ?? {}) : result;
    },
    extract: async (name, bytes) => (await extractTimed(name, bytes)).extraction,
    async close() {
      await piscina.destroy();
    },
  };
}

function workerFailure(error: unknown, timedOut: boolean, timeoutMs: number): ExtractionFailure {
  if (timedOut) {
    return {
      ok: false,
      status: 'timeout',
      message: `Reading the file took longer than ${timeoutMs / 1000} s`,
    };
  }
  if (isOutOfMemory(error)) {
    return { ok: false, status: 'too-large', message: 'Reading the file needed more memory than allowed' };
  }
  return { ok: false, status: 'malformed', message: `The file could not be read (${damageDetail(error)})` };
}
