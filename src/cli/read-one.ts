// Reading the one file `explain` and `inspect` are given, as a run reads each of its files: in a
// worker of the reading pool, under the same size limit, time limit and memory cap. A file that
// hangs the PDF reader or inflates into gigabytes costs a one-line answer, not the command.
import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_EXTRACT_LIMITS } from '../extract/index.js';
import type { ExtractionFailure, YearMonth } from '../model.js';
import { createExtractionPool, type PoolRead } from '../pipeline/pool.js';
import { RunError, sha256 } from '../pipeline/run.js';
import type { ScoreSpec } from '../pipeline/score-text.js';
import { DEFAULT_MAX_MEMORY_MB } from '../pipeline/screen.js';

/** `run`'s defaults (`--max-file-size`, `--timeout`), which these commands take as they are. */
export const ONE_FILE_LIMITS = { maxFileBytes: 20 * 1024 * 1024, timeoutMs: 30_000 };

/**
 * Reads `path` in a worker, and there reads and scores its text under `ask.score`, or reads it as
 * `inspect` shows it with "Present" in the month `ask.inspect`: what the worker gave, or the failure
 * that stopped it (too large, timed out, out of memory, unreadable), and the file's SHA-256 (null
 * for a file too large to read). Throws a RunError only when the file cannot be opened at all.
 */
export async function readOneFile(
  path: string,
  ask: { score?: ScoreSpec[]; inspect?: YearMonth },
  limits = ONE_FILE_LIMITS,
): Promise<{ sha256: string | null; read: PoolRead }> {
  const cannot = () => {
    throw new RunError(`File ${path} cannot be read: check the path`);
  };
  const info = await stat(path).catch(cannot);
  if (!info.isFile()) cannot();
  if (info.size > limits.maxFileBytes) {
    const failure: ExtractionFailure = {
      ok: false,
      status: 'too-large',
      message: `${(info.size / 1048576).toFixed(1)} MB, over the ${Math.round(limits.maxFileBytes / 1048576)} MB limit`,
    };
    return { sha256: null, read: { extraction: failure, ms: null } };
  }
  const bytes = await readFile(path).catch(cannot);
  const pool = createExtractionPool({
    concurrency: 1,
    timeoutMs: limits.timeoutMs,
    maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
    limits: DEFAULT_EXTRACT_LIMITS,
  });
  try {
    const read = await pool.extractTimed(basename(path), bytes, ask.score, ask.inspect);
    return { sha256: sha256(bytes), read };
  } finally {
    await pool.close();
  }
}
