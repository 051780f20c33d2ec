// Runs in a worker thread of the extraction pool: one file per call, bytes in, plain values out.
import { extractDocument, useReaders, type ExtractLimits } from '../extract/index.js';
import * as readers from '../extract/readers.js';
import type { Extraction } from '../model.js';

export interface ExtractTask {
  name: string;
  bytes: Uint8Array;
  limits: ExtractLimits;
}

// Every file this worker is given needs a reader: load them all now, statically.
useReaders(readers);

export interface ExtractResult {
  extraction: Extraction;
  /** Time spent reading the file in the worker, in milliseconds. */
  ms: number;
}

export default async function extractInWorker(task: ExtractTask): Promise<ExtractResult> {
  const start = performance.now();
  const extraction = await extractDocument(task.name, task.bytes, task.limits);
  return { extraction, ms: performance.now() - start };
}
