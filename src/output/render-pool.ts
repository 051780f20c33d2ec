// The report pool: worker threads that render and write candidate reports (render-worker.ts). The
// main thread joins in once it has nothing else to write (lendMainThread).
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Piscina } from 'piscina';
import { workerScript, YOUNG_GENERATION_MB } from '../worker-script.js';
import type { RenderResult, RenderTask } from './render-worker.js';

/** Below this many candidates the main thread renders the reports itself: a pool costs more to start. */
export const POOL_FROM = 150;
/** Candidates per task: large enough to keep the cost of handing them over small. */
const CHUNK = 40;
/**
 * Candidates the main thread renders at a time when it helps: small, because while it renders, a
 * worker that finishes its slice waits for the main thread to hand it the next one.
 */
const HELP_CHUNK = 2;

type Pair = RenderTask['candidates'][number];

/** Renders and writes the reports of the given candidates on the calling thread. */
export type RenderHere = (candidates: Pair[]) => RenderResult;

/** Reports still waiting to be rendered, which the main thread may take on (see lendMainThread). */
interface Backlog {
  help(): Promise<void>;
}
const backlogs = new Set<Backlog>();

/**
 * Renders and writes the reports of `candidates` on `threads` worker threads (default: the cores, at
 * most 4), in slices, and returns the paths in the candidates' order. With `renderHere`, the main
 * thread takes slices too whenever lendMainThread is called (the pages are the same either way).
 * `onRendered` is told how many candidates' reports each finished slice wrote.
 */
export async function renderInPool(
  base: Omit<RenderTask, 'candidates'>,
  candidates: Pair[],
  threads = defaultThreads(),
  renderHere?: RenderHere,
  onRendered?: (candidates: number) => void,
): Promise<RenderResult> {
  const pool = warm?.threads === threads ? warm.pool : createPool(threads);
  if (warm?.pool === pool) warm = null;
  // Slices are taken in order from the front, by the workers and by the main thread when it helps;
  // each result is kept under the index of its first candidate, so the paths keep the order.
  let next = 0;
  const take = (size: number): [start: number, slice: Pair[]] | null => {
    if (next >= candidates.length) return null;
    const start = next;
    next = Math.min(candidates.length, next + size);
    return [start, candidates.slice(start, next)];
  };
  // After a failure, on either side, no slice is started any more; the pool's result is the error.
  const failure: { error?: unknown; failed: boolean } = { failed: false };
  const stop = (): void => {
    next = candidates.length;
  };
  const results = new Map<number, RenderResult>();
  const backlog: Backlog = {
    async help() {
      if (!renderHere) return;
      for (let slice = take(HELP_CHUNK); slice; slice = take(HELP_CHUNK)) {
        try {
          results.set(slice[0], renderHere(slice[1]));
          onRendered?.(slice[1].length);
        } catch (error) {
          if (!failure.failed) Object.assign(failure, { error, failed: true });
          stop();
          throw error;
        }
        // Let the workers' finished slices through, so they are handed their next ones.
        await nextTurn();
      }
    },
  };
  backlogs.add(backlog);
  try {
    await Promise.all(
      Array.from({ length: threads }, async () => {
        for (let slice = take(CHUNK); slice; slice = take(CHUNK)) {
          results.set(slice[0], await pool.run({ ...base, candidates: slice[1] }));
          onRendered?.(slice[1].length);
        }
      }),
    );
  } finally {
    stop();
    backlogs.delete(backlog);
    await pool.destroy();
  }
  if (failure.failed) throw failure.error;
  const ordered = [...results].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  return {
    written: ordered.flatMap((r) => r.written),
    unchanged: ordered.reduce((n, r) => n + r.unchanged, 0),
  };
}

/**
 * One report writer per core but the screening thread's, which writes the workbook meanwhile and then
 * renders beside them: on 2 cores, 1 writer. 10,000 CVs on 2 cores, against a writer per core, three
 * runs each: 41-56 s against 46-54 s, 471-476 MB of peak memory against 510-518 MB (each writer's
 * heap is about 45 MB; two of them and the screening thread only took turns on the two cores).
 */
function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 4));
}

function createPool(threads: number): Piscina<RenderTask, RenderResult> {
  const { filename, execArgv } = workerScript(new URL('./render-worker.js', import.meta.url));
  return new Piscina<RenderTask, RenderResult>({
    filename,
    execArgv,
    minThreads: threads,
    maxThreads: threads,
    // A small young generation keeps each worker's memory from creeping up over thousands of pages.
    // A set largest heap, far above the few tens of MB a worker holds, makes V8 grow the heap by at
    // most about 1.6 times what it holds instead of 4 (see cli/run-thread.ts).
    resourceLimits: {
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: REPORT_HEAP_MB,
    },
  });
}

/** Largest heap of a report worker, in MB: far above what one holds (tens of MB). */
export const REPORT_HEAP_MB = 1024;

/** Threads started ahead of need (warmRenderPool), for the next renderInPool. */
let warm: { pool: Piscina<RenderTask, RenderResult>; threads: number } | null = null;

/**
 * Starts the report pool's threads ahead of need: they load their code while the main thread still
 * ranks the candidates (the reading pool is gone by then, and a core would wait). The next
 * renderInPool takes them; coolRenderPool stops them if none does.
 */
export function warmRenderPool(threads = defaultThreads()): void {
  warm ??= { pool: createPool(threads), threads };
}

/** Stops the threads warmRenderPool started that no renderInPool took. */
export async function coolRenderPool(): Promise<void> {
  const unused = warm;
  warm = null;
  await unused?.pool.destroy();
}

/**
 * The main thread has nothing else to write: it renders reports of the pools still at work, beside
 * their workers, until none are left to start. On a machine with few cores the workers would
 * otherwise finish alone while the main thread waits for them.
 */
export async function lendMainThread(): Promise<void> {
  for (const backlog of [...backlogs]) await backlog.help();
}
