import type { CvLine, Evidence, ParsedCv } from '../../model.js';
import { fastPattern, isPlainText } from '../../parse/fast-pattern.js';
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
  const own = ownLines(cv);
  const evidence: Evidence[] = [];
  for (const signal of signals) {
    const hit = firstLineMatching(own, signal.pattern);
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

interface OwnLines {
  sections: ParsedCv['sections'];
  /** The lines outside the references. */
  lines: CvLine[];
  /** Those lines joined by \n, and where each starts in it. */
  text: string;
  starts: number[];
  /** Whether the text lets i+u patterns run without u (see fast-pattern.ts). */
  plain: boolean;
}

// Shared by the criteria of one CV (four read them in turn, a score of patterns in all).
const ownLinesOf = new WeakMap<ParsedCv, OwnLines>();
function ownLines(cv: ParsedCv): OwnLines {
  const cached = ownLinesOf.get(cv);
  if (cached && cached.sections === cv.sections) return cached;
  const lines = cv.sections.filter((s) => s.kind !== 'references').flatMap((s) => s.lines);
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.text.length + 1;
  }
  const text = lines.map((l) => l.text).join('\n');
  const own = { sections: cv.sections, lines, text, starts, plain: isPlainText(text) };
  ownLinesOf.set(cv, own);
  return own;
}

// No anchor and no lookaround: such a pattern sees a line's edges in the joined text (a \n beside
// it) as it sees them in the line alone (nothing), so a line it matches is matched at the same place
// in the joined text. Stateful (global, sticky) patterns are left to the line by line search.
const LINE_SENSITIVE = /[\^$]|\(\?<?[=!]/;

/**
 * `lines.find((l) => pattern.test(l.text))`, with one search of the joined text first: no match
 * there, no line matches; a first match in line j means no earlier line matches, so the search by
 * line starts at j. Most patterns are not in most CVs: one search instead of one per line.
 */
function firstLineMatching(own: OwnLines, original: RegExp): CvLine | undefined {
  const { lines, starts } = own;
  const pattern = fastPattern(original, own.plain);
  if (pattern.global || pattern.sticky || LINE_SENSITIVE.test(pattern.source))
    return lines.find((l) => pattern.test(l.text));
  const at = own.text.search(pattern);
  if (at < 0) return undefined;
  // The last line starting at or before the match.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  for (let j = lo; j < lines.length; j++) if (pattern.test(lines[j]!.text)) return lines[j];
  return undefined;
}
