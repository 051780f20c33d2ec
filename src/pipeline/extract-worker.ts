// Runs in a worker thread of the reading pool: one file per call, bytes in, plain values out. With
// scoring specs, the worker also reads and scores the text under the file's time limit (score-text.ts).
import { extractDocument, useReaders, type ExtractLimits } from '../extract/index.js';
import * as readers from '../extract/readers.js';
import type { ExtractedDocument, Extraction, YearMonth } from '../model.js';
import {
  inspectText,
  scoreText,
  type InspectedReading,
  type ScoreSpec,
  type TextScore,
} from './score-text.js';

export type ExtractTask = (
  | {
      name: string;
      bytes: Uint8Array;
      limits: ExtractLimits;
      score?: ScoreSpec[] | undefined;
      /** Also read the text as `shortlist inspect` shows it, with "Present" in this month. */
      inspect?: YearMonth | undefined;
    }
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
  /** The text's reading for `shortlist inspect`, when the task asked for it. */
  inspected?: InspectedReading;
}

export default async function extractInWorker(task: ExtractTask): Promise<ExtractResult> {
  if (task.clock) task.clock[0] = Date.now();
  if ('extraction' in task)
    return { extraction: null, ms: 0, scores: scoreText(task.extraction, task.score) };
  const start = performance.now();
  const extraction = await extractDocument(task.name, task.bytes, task.limits);
  const ms = performance.now() - start;
  if (!extraction.ok) return { extraction, ms };
  const result: ExtractResult = { extraction, ms };
  if (task.score?.length) result.scores = scoreText(extraction, task.score);
  if (task.inspect) result.inspected = inspectText(extraction, task.inspect);
  return result;
}
