// Runs in a worker thread of the extraction pool: one file per call, bytes in, plain values out.
import { extractDocument, type ExtractLimits } from '../extract/index.js';
import type { Extraction } from '../model.js';

export interface ExtractTask {
  name: string;
  bytes: Uint8Array;
  limits: ExtractLimits;
}

export default async function extractInWorker(task: ExtractTask): Promise<Extraction> {
  return extractDocument(task.name, task.bytes, task.limits);
}
