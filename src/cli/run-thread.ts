// `run` and `watch` do their work in one worker thread whose heap has a set size, not on the main
// thread. The reason is memory: V8 lets a heap grow to four times what it holds once the largest heap
// allowed is 2 GB or more (the default on any machine with 8 GB of memory or more), and under 2 GB
// it grows by at most about twice. Over 10,000 CVs the main thread holds about 100 MB, but its heap
// reached about 430 MB and the process 750 MB; with a set size, about 500 MB (see
// docs/performance.md). The main thread keeps the terminal: it shows the progress and answers Ctrl-C.
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { RunSummary } from '../pipeline/last-run.js';
import { ProfileError, RunError } from '../errors.js';
import type { Progress, RunOptions, RunResult } from '../pipeline/run.js';
import type { WatchOptions, WatchStatus } from '../pipeline/watch.js';
import { isOutOfMemory, workerScript, YOUNG_GENERATION_MB } from '../worker-script.js';
import { tenthOf } from './progress.js';

/**
 * Largest heap of the screening thread for `run`, in MB. The smaller this size, the less V8 lets the
 * heap grow past what it holds (see above). At most the thread held 58 MB over 10,000 CVs and
 * 90 MB over 20,000 (after a full collection, `--trace-gc`; the most comes while writing the
 * outputs), so 1,024 leaves room for runs many times larger. Runs with 2,000, 1,024 and 768
 * (eleventh session, two each, `run --no-cache --concurrency 2`): 10,000 CVs peaked at 299-302,
 * 279-282 and 284-285 MB; 2,000 at 256-257, 255-257 and 250-255 MB; 400 at 230-231, 228-232 and
 * 226-228 MB. 20,000 CVs with 1,024: 360 MB (384-403 MB with 2,000 in the tenth session). It may
 * cost a few percent of CPU time, within the noise of the machine it was measured on
 * (docs/performance.md, What made it leaner).
 */
export const RUN_HEAP_MB = 1024;

/**
 * Largest heap of the thread `watch` works in, in MB. Until the fourteenth session a watch held every
 * CV's reading and assessment in memory (about 24 KB a CV: 230 MB after reading 9,500 bench CVs) and
 * had 2,000 MB; it now keeps them in a spill file as `run` does, and holds a few KB a CV. A fresh
 * watch over 10,000 bench CVs, until all were ranked (two or three runs each, alternated): peaks of
 * 481-493 MB against 521-531 MB with 2,000, and 376-383 MB against 401-419 MB once written.
 */
export const WATCH_HEAP_MB = RUN_HEAP_MB;

/** The screening thread's largest heap for a task: `heapMb` when given (tests set less). */
export function threadHeapMb(task: Pick<ThreadTask, 'kind'>, heapMb?: number): number {
  return heapMb ?? (task.kind === 'watch' ? WATCH_HEAP_MB : RUN_HEAP_MB);
}

/** What the command line says when a run runs out of memory, before saying where. */
export const OUT_OF_MEMORY =
  'the screening ran out of memory and stopped before writing every output: screen the folder in smaller parts';

export type ThreadTask =
  | { kind: 'run'; options: Omit<RunOptions, 'onProgress'> }
  | { kind: 'watch'; options: Omit<WatchOptions, 'signal' | 'onStatus' | 'onNote'> };

export type RunOutcome = Pick<RunResult, 'summary' | 'timings' | 'unchanged'>;

export type ThreadMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'status'; status: WatchStatus }
  | { type: 'note'; note: string }
  | { type: 'done'; run: RunOutcome }
  | { type: 'done'; watch: RunSummary | null }
  | { type: 'failed'; kind: 'run' | 'profile' | 'other'; message: string; stack: string };

type Done = Extract<ThreadMessage, { type: 'done' }>;

export interface ThreadHandlers {
  onProgress?: (progress: Progress) => void;
  onStatus?: (status: WatchStatus) => void;
  onNote?: (note: string) => void;
  /** `watch`: aborting it asks the thread to finish the files in hand, write the outputs and end. */
  signal?: AbortSignal;
  /** Largest heap of the thread in MB; threadHeapMb's when absent (tests set less). */
  heapMb?: number;
}

/** Least time between two progress messages, in ms: a bar redrawn 20 times a second looks live. */
const PROGRESS_MS = 50;

/**
 * Progress passed on at most every `ms`: one message per file woke the main thread thousands of
 * times. Always passed on: the first progress of each tenth (what a log shows, see progress.ts),
 * the last file, the start of writing and the last report; one held back is passed on when its
 * time is up.
 */
export function throttledProgress(
  send: (progress: Progress) => void,
  ms = PROGRESS_MS,
): (progress: Progress) => void {
  let last = -Infinity;
  let tenth = -1;
  let held: Progress | null = null;
  let timer: NodeJS.Timeout | null = null;
  const pass = (progress: Progress) => {
    if (timer) clearTimeout(timer);
    timer = null;
    held = null;
    last = performance.now();
    send(progress);
  };
  return (progress) => {
    const now = performance.now();
    const reached = tenthOf(progress);
    // Writing: its first message (no reports yet) and its last always; the reports' count in between
    // at most every `ms`, like the files read.
    const due =
      progress.phase === 'writing'
        ? !progress.reports || progress.reports.done === progress.reports.total || now - last >= ms
        : progress.done === progress.total || reached !== tenth || now - last >= ms;
    tenth = reached;
    if (due) {
      pass(progress);
      return;
    }
    held = progress;
    timer ??= setTimeout(() => held && pass(held), ms - (now - last));
  };
}

/** `run` in the screening thread: what the command prints, once the thread has ended. */
export async function runInThread(
  options: Omit<RunOptions, 'onProgress'>,
  handlers: ThreadHandlers = {},
): Promise<RunOutcome> {
  const done = await startThread({ kind: 'run', options }, handlers);
  if (!('run' in done)) throw new Error('the screening thread answered for another command');
  return done.run;
}

/** `watch` in the screening thread: the summary of the last ranking written, null when none was. */
export async function watchInThread(
  options: Omit<WatchOptions, 'signal' | 'onStatus' | 'onNote'>,
  handlers: ThreadHandlers,
): Promise<RunSummary | null> {
  const done = await startThread({ kind: 'watch', options }, handlers);
  if (!('watch' in done)) throw new Error('the screening thread answered for another command');
  return done.watch;
}

function startThread(task: ThreadTask, handlers: ThreadHandlers): Promise<Done> {
  const { filename, execArgv } = workerScript(new URL('./run-thread-worker.js', import.meta.url));
  const heapMb = threadHeapMb(task, handlers.heapMb);
  return new Promise<Done>((resolve, reject) => {
    const settings = {
      execArgv,
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    };
    const worker = filename.endsWith('.ts')
      ? sourceWorker(filename, settings)
      : new Worker(filename, settings);
    let outcome: { done: Done } | { error: Error } | null = null;
    const stop = () => worker.postMessage('stop');
    handlers.signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: ThreadMessage) => {
      switch (message.type) {
        case 'progress':
          handlers.onProgress?.(message.progress);
          break;
        case 'status':
          handlers.onStatus?.(message.status);
          break;
        case 'note':
          handlers.onNote?.(message.note);
          break;
        case 'done':
          outcome = { done: message };
          break;
        case 'failed':
          outcome = { error: rebuilt(message) };
          break;
      }
    });
    worker.on('error', (error) => {
      outcome ??= { error: threadError(error, heapMb) };
    });
    // Settled only when the thread has ended: its reading and report workers are closed by then.
    worker.on('exit', (code) => {
      handlers.signal?.removeEventListener('abort', stop);
      if (outcome && 'done' in outcome) resolve(outcome.done);
      else if (outcome) reject(outcome.error);
      else reject(new Error(`the screening thread stopped without an answer (exit code ${code})`));
    });
  });
}

/**
 * From TypeScript sources (tests), a thread whose first line loads the .ts through tsx's own import:
 * a thread started on the .ts itself, even with `--import tsx`, cannot read it on Node 20.
 */
function sourceWorker(filename: string, settings: WorkerOptions): Worker {
  const url = JSON.stringify(pathToFileURL(filename).href);
  const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${url}, ${url}))`;
  return new Worker(code, { ...settings, eval: true });
}

/** The error the thread reported, as the class the command line turns into a one-line message. */
function rebuilt(message: Extract<ThreadMessage, { type: 'failed' }>): Error {
  if (message.kind === 'run') return new RunError(message.message);
  if (message.kind === 'profile') return new ProfileError(message.message);
  const error = new Error(message.message);
  error.stack = message.stack;
  return error;
}

function threadError(error: Error, heapMb: number): Error {
  if (isOutOfMemory(error)) {
    return new RunError(`${OUT_OF_MEMORY} (over ${heapMb} MB)`);
  }
  return error;
}
