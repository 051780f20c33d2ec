import type { Evidence, ParsedCv } from '../../model.js';
import { quoteLine, ramp, type Outcome } from '../criterion.js';

export interface Signal {
  label: string;
  pattern: RegExp;
}

/**
 * Shared by the criteria that look for kinds of evidence (leadership, scale, operations): each signal
 * found once anywhere outside the references counts; `target` distinct signals earn full marks.
 */
export function signalOutcome(cv: ParsedCv, signals: Signal[], target: number, what: string): Outcome {
  const lines = cv.sections.filter((s) => s.kind !== 'references').flatMap((s) => s.lines);
  const evidence: Evidence[] = [];
  for (const signal of signals) {
    const hit = lines.find((l) => signal.pattern.test(l.text));
    if (hit) evidence.push(quoteLine(cv, hit.number, signal.label));
  }
  const missing = signals.filter((s) => !evidence.some((e) => e.message === s.label)).map((s) => s.label);
  return {
    score: ramp(evidence.length, 0, target),
    evidence: [
      {
        message: `${evidence.length} kind${evidence.length === 1 ? '' : 's'} of ${what} found (full marks at ${target})`,
      },
      ...evidence,
      ...(evidence.length < target ? [{ message: `Not found: ${missing.join('; ')}` }] : []),
    ],
  };
}
