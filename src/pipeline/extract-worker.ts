// Runs in a worker thread of the reading pool: one file per call, bytes in, plain values out. With
// scoring specs, the worker also reads and scores the text under the file's time limit (score-text.ts).
import { extractDocument, useReaders, type ExtractLimits } from '../extract/index.js';
import * as readers from '../extract/readers.js';
import type { ExtractedDocument, Extraction } from '../model.js';
import { scoreText, type ScoreSpec, type TextScore } from './score-text.js';

export type ExtractTask = (
  | { name: string; bytes: Uint8Array; limits: ExtractLimits; score?: ScoreSpec[] | undefined }
  /** Scoring alone, of a text read earlier (from the cache). */
  | { name: string; extraction: ExtractedDocument; score: ScoreSpec[] }
) & {
  /** Shared with the pool: the worker writes the time (Date.now()) it starts on the task. */
  clock?: Float64Array;
};

// Every file this worker is given needs a reader: load them all now, statically.
useReaders(readers);

export interface ExtractResult {
  /** Null for scoring alone: the text is not sent back. */
  extraction: Extraction | null;
  /** Time spent reading the file in the worker, in milliseconds (0 for scoring alone). */
  ms: number;
  /** The text's readings and assessments by context key, when the task asked for them. */
  scores?: Record<string, TextScore>;
}

export default async function extractInWorker(task: ExtractTask): Promise<ExtractResult> {
  if (task.clock) task.clock[0] = Date.now();
  if ('extraction' in task)
    return { extraction: null, ms: 0, scores: scoreText(task.extraction, task.score) };
  const start = performance.now();
  const extraction = await extractDocument(task.name, task.bytes, task.limits);
  const ms = performance.now() - start;
  if (!task.score?.length || !extraction.ok) return { extraction, ms };
  return { extraction, ms, scores: scoreText(extraction, task.score) };
}
