// The report pool: worker threads that render and write candidate reports (render-worker.ts).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { workerScript } from '../worker-script.js';
import type { RenderResult, RenderTask } from './render-worker.js';

/** Below this many candidates the main thread renders the reports itself: a pool costs more to start. */
export const POOL_FROM = 150;
/** Candidates per task: large enough to keep the cost of handing them over small. */
const CHUNK = 40;

/**
 * Renders and writes the reports of `candidates` on `threads` worker threads (default: the cores, at
 * most 4), in slices, and returns the paths in the candidates' order.
 */
export async function renderInPool(
  base: Omit<RenderTask, 'candidates'>,
  candidates: RenderTask['candidates'],
  threads = Math.max(1, Math.min(availableParallelism(), 4)),
): Promise<RenderResult> {
  const { filename, execArgv } = workerScript(new URL('./render-worker.js', import.meta.url));
  const pool = new Piscina<RenderTask, RenderResult>({
    filename,
    execArgv,
    minThreads: threads,
    maxThreads: threads,
    // A small young generation keeps each worker's memory from creeping up over thousands of pages.
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  try {
    const slices: RenderTask['candidates'][] = [];
    for (let i = 0; i < candidates.length; i += CHUNK) slices.push(candidates.slice(i, i + CHUNK));
    const results = await Promise.all(slices.map((slice) => pool.run({ ...base, candidates: slice })));
    return {
      written: results.flatMap((r) => r.written),
      unchanged: results.reduce((n, r) => n + r.unchanged, 0),
    };
  } finally {
    await pool.destroy();
  }
}
