import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A worker thread's script, given the URL of its compiled .js: that file when it exists (dist/), or,
 * when running from TypeScript sources (tests, tsx), the .ts beside it, loaded through tsx.
 */
export function workerScript(js: URL): { filename: string; execArgv: string[] } {
  const path = fileURLToPath(js);
  if (existsSync(path)) return { filename: path, execArgv: [] };
  return { filename: path.replace(/\.js$/, '.ts'), execArgv: ['--import', 'tsx'] };
}

/**
 * The young generation of every worker thread shortlist starts (the reading pool, the screening
 * thread, the report writers), in MB. V8 sizes an isolate's heap from what it has seen, and a
 * smaller young generation leaves it less room to grow into. Over 2,000 CVs at 2 workers, with 8 MB
 * for the readers and 16 for the rest, the run peaked at 267-277 MB against 288-304 with 16 for all
 * (five alternated runs each), at the same speed within noise (23.4-30.3 s of CPU time against
 * 24.5-26.7). 8 MB for the screening thread too took 3-14 MB more off (260-268 MB, three runs
 * each), and for the report writers 9-13 MB more off at 10,000 CVs, where the peak comes while
 * writing (305-307 MB against 316-318). At 64 MB, each reader's memory crept up by about 30 MB per
 * 1,000 files and reading was slower; with V8's default beside the screening thread's 2,000 MB heap
 * (48 MB), 2,000 CVs peaked at 312-313 MB against 295-300 MB with 16 (two runs each).
 */
export const YOUNG_GENERATION_MB = 8;

/** Whether a worker thread ended because it ran out of its heap (`resourceLimits`). */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
