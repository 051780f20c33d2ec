import type { z } from 'zod';
import type { Evidence, JobSpec, ParsedCv, Requirement, RoleProfile, YearMonth } from '../model.js';
import type { WordLists } from '../parse/facts.js';
import type { Background } from './terms.js';

/** What every criterion may read besides the CV: read-only, and the same for every candidate. */
export interface ScoringContext {
  profile: RoleProfile;
  job: JobSpec;
  asOf: YearMonth;
  words: WordLists;
  /** Required and preferred skills matched once per CV, shared by the criteria that use them. */
  requirements: Requirement[];
  /** General-language document frequencies, for telling a job's distinctive terms from common words. */
  background?: Background | undefined;
}

export type Outcome =
  | { score: number; evidence: Evidence[]; example?: { before: string; after: string } }
  | { notApplicable: string };

export interface Criterion<O = Record<string, unknown>> {
  /** Stable id, equal to the file name: it appears in profiles, spreadsheets and results.json. */
  id: string;
  title: string;
  failureTitle: string;
  description: string;
  category: 'fit' | 'quality';
  defaultWeight: number;
  /** Candidate-facing advice shown in the feedback report when the score is below full marks. */
  advice: string;
  options: z.ZodType<O>;
  /** Pure and synchronous: no I/O, no clock, no globals. */
  evaluate(cv: ParsedCv, ctx: ScoringContext, options: O): Outcome;
}

export function defineCriterion<O>(criterion: Criterion<O>): Criterion<O> {
  return criterion;
}

/** Linear ramp: 0 at or below `low`, 1 at or above `high`. */
export function ramp(value: number, low: number, high: number): number {
  if (high <= low) return value >= high ? 1 : 0;
  return Math.max(0, Math.min(1, (value - low) / (high - low)));
}

export function share(part: number, whole: number): string {
  return `${part} of ${whole}`;
}

/** A quote of one CV line with its section, for evidence. */
export function quoteLine(cv: ParsedCv, lineNumber: number, message: string): Evidence {
  const where = lineIndex(cv);
  const line = where.lines.get(lineNumber);
  const section = where.sections.get(lineNumber);
  return {
    message,
    ...(line ? { quote: line.text.length > 300 ? line.text.slice(0, 297) + '...' : line.text } : {}),
    location: { section: section?.heading || section?.kind || 'top', line: lineNumber },
  };
}

interface LineIndex {
  cvLines: ParsedCv['lines'];
  cvSections: ParsedCv['sections'];
  /** Line number -> the first line with it, and the first section holding a line with it. */
  lines: Map<number, ParsedCv['lines'][number]>;
  sections: Map<number, ParsedCv['sections'][number]>;
}

// Made once per CV for the many quotes its criteria make, instead of two scans per quote.
const lineIndexes = new WeakMap<ParsedCv, LineIndex>();
function lineIndex(cv: ParsedCv): LineIndex {
  const cached = lineIndexes.get(cv);
  if (cached && cached.cvLines === cv.lines && cached.cvSections === cv.sections) return cached;
  const index: LineIndex = {
    cvLines: cv.lines,
    cvSections: cv.sections,
    lines: new Map(),
    sections: new Map(),
  };
  for (const l of cv.lines) if (!index.lines.has(l.number)) index.lines.set(l.number, l);
  for (const s of cv.sections)
    for (const l of s.lines) if (!index.sections.has(l.number)) index.sections.set(l.number, s);
  lineIndexes.set(cv, index);
  return index;
}

/** "Node.js or Go" -> ["Node.js", "Go"]: a requirement met by any one of its options. */
export function requirementOptions(requirement: string): string[] {
  return requirement
    .split(/\s+or\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
