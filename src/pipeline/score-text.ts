// Reading a CV's text and scoring it under a job: the same code on the screening thread and in the
// workers of the reading pool. In a worker it runs under the file's time limit and memory cap, so a
// text that made a parser loop or grow without end costs that one file a failure row, like a file
// that makes a reader hang.
import { loadBackground, loadTaxonomy, loadWordLists } from '../data.js';
import type { Assessment, ExtractedDocument, JobSpec, ParsedCv, RoleProfile, YearMonth } from '../model.js';
import { parseCv } from '../parse/index.js';
import { buildSkillMatcher, type SkillMatcher } from '../parse/skills.js';
import { assess, packAssessment } from '../score/evaluate.js';
import { headline, type Headline } from '../score/rank.js';
import type { Background } from '../score/terms.js';
import type { AssessedRecord } from './cache.js';

/** The reading `shortlist inspect` shows: without its numbered lines, its sections summarised. */
export type InspectedReading = Omit<ParsedCv, 'lines' | 'sections'> & {
  sections: { kind: string; heading: string; lines: number }[];
};

/**
 * What a worker needs to score a text as a run would: plain data, sent with each file. `key` names
 * the context (contextKey: code, profile, job and month), so a result is used only where it fits.
 */
export interface ScoreSpec {
  key: string;
  profile: RoleProfile;
  job: JobSpec;
  /** The run's as-of date to the month: parsing and scoring read no more of it. */
  asOf: YearMonth;
}

/**
 * The reading and assessment of one text under one context, or the error that stopped them. They come
 * as the UTF-8 bytes of their JSON (`record`: an AssessedRecord, as the cache keeps it), which the
 * screening thread writes to its spill file and cache as they are, instead of receiving them as
 * objects and turning them back into JSON: the worker, not the screening thread, does that work.
 * Bytes rather than a string: they arrive outside the screening thread's heap, which strings of
 * 17-24 KB a CV made grow by some 20 MB over 2,000 CVs (see docs/performance.md).
 * Beside them, what the ranking reads of them.
 */
export type TextScore =
  | {
      ok: true;
      /** UTF-8 JSON, in an ArrayBuffer of its own (a Buffer from Node's pool would send the pool). */
      record: Uint8Array;
      kind: Pick<ParsedCv, 'kind' | 'kindReason'>;
      /** A CV's score, tier and contact keys (null when the text is not a CV). */
      headline: Headline | null;
      ms: number;
    }
  | { ok: false; error: string; ms: number };

/** The skill matcher of a profile: its own skills first, so that its aliases win over the taxonomy's. */
export function skillMatcherFor(profile: RoleProfile): SkillMatcher {
  const extras = profile.extraSkills.map((e) => ({ ...e, ambiguous: false }));
  return buildSkillMatcher([...extras, ...loadTaxonomy()]);
}

export function readText(doc: ExtractedDocument, asOf: YearMonth, matcher: SkillMatcher): ParsedCv {
  injectFault(doc.text);
  return parseCv(doc, { asOf, skills: matcher, words: loadWordLists() });
}

/**
 * For the test suite only, which has no other way into a worker: with SHORTLIST_TEST_FAULT set to
 * `throw:<marker>` or `hang:<marker>`, a text holding the marker makes reading it throw (as a fault of
 * shortlist's own would) or never end. Unset, as it always is outside the tests, this does nothing.
 */
function injectFault(text: string): void {
  const fault = /^(throw|hang):(.+)$/s.exec(process.env.SHORTLIST_TEST_FAULT ?? '');
  if (!fault || !text.includes(fault[2]!)) return;
  if (fault[1] === 'throw') throw new TypeError("Cannot read properties of undefined (reading 'x')");
  for (;;) {
    // never ends: the worker is stopped by the file's time limit
  }
}

export function assessText(
  cv: ParsedCv,
  spec: Pick<ScoreSpec, 'profile' | 'job' | 'asOf'>,
  background: Background,
): Assessment {
  return assess(cv, {
    profile: spec.profile,
    job: spec.job,
    asOf: spec.asOf,
    words: loadWordLists(),
    background,
  });
}

/**
 * The reading as the ranking and the outputs need it, once it is scored: without the numbered lines
 * and the sections, which only parsing and scoring read (the evidence quotes its lines itself). At
 * 10,000 CVs that is a good part of what a run holds in memory until its outputs are written.
 */
export function slim(cv: ParsedCv): ParsedCv {
  return cv.lines.length === 0 && cv.sections.length === 0 ? cv : { ...cv, lines: [], sections: [] };
}

/** A worker's matchers, by profile: a run has one profile, a watch may see it change. */
const matchers = new Map<string, SkillMatcher>();
const MATCHERS_KEPT = 4;

function matcherOf(profile: RoleProfile): SkillMatcher {
  const id = JSON.stringify(profile.extraSkills);
  let matcher = matchers.get(id);
  if (!matcher) {
    if (matchers.size >= MATCHERS_KEPT) matchers.clear();
    matchers.set(id, (matcher = skillMatcherFor(profile)));
  }
  return matcher;
}

/**
 * The first copy of each context a worker was sent: every task brings its own copy, and scoring keeps
 * what it derives from a profile and a job (term matchers, weights) keyed by those objects, so each
 * task would otherwise work it all out again (600 CVs scored one after another in a worker: 1.8 and
 * 2.1 ms a CV with this, 2.4 ms without; one run each).
 */
const contexts = new Map<string, ScoreSpec>();
const CONTEXTS_KEPT = 16;

function known(spec: ScoreSpec): ScoreSpec {
  const first = contexts.get(spec.key);
  if (first) return first;
  if (contexts.size >= CONTEXTS_KEPT) contexts.clear();
  contexts.set(spec.key, spec);
  return spec;
}

/**
 * The reading of a text as `shortlist inspect` shows it: with the skills taxonomy alone (no profile),
 * in a worker like the run's readings (see the top of this file).
 */
export function inspectText(doc: ExtractedDocument, asOf: YearMonth): InspectedReading {
  const { lines: _lines, sections, ...reading } = readText(doc, asOf, buildSkillMatcher(loadTaxonomy()));
  return {
    ...reading,
    sections: sections.map((s) => ({ kind: s.kind, heading: s.heading, lines: s.lines.length })),
  };
}

const encoder = new TextEncoder();

/**
 * Reads and scores a text under each context, in a worker: slim readings, keyed by context. An error
 * stops at that context (the file becomes a failure row; its other results would go unused).
 */
export function scoreText(doc: ExtractedDocument, specs: ScoreSpec[]): Record<string, TextScore> {
  const results: Record<string, TextScore> = {};
  for (const sent of specs) {
    const spec = known(sent);
    const start = performance.now();
    try {
      const cv = readText(doc, spec.asOf, matcherOf(spec.profile));
      const assessment = cv.kind === 'cv' ? assessText(cv, spec, loadBackground()) : undefined;
      const record: AssessedRecord = { cv: slim(cv), assessment: assessment && packAssessment(assessment) };
      results[spec.key] = {
        ok: true,
        record: encoder.encode(JSON.stringify(record)),
        kind: { kind: cv.kind, kindReason: cv.kindReason },
        headline: assessment ? headline(cv, assessment) : null,
        ms: performance.now() - start,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results[spec.key] = { ok: false, error: message, ms: performance.now() - start };
      break;
    }
  }
  return results;
}
