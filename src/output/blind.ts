// Blind mode (`--blind`): what the recruiter outputs show when the people screening should judge
// the CV, not the person. A copy of the ranking with every trace of identity taken out: name, emails,
// phones, links, address, personal details (date of birth, photo, marital status...) and file names,
// which so often carry the name ("Amara_Okafor_CV.pdf"). The scores are untouched: blind mode only
// changes what is shown. Feedback reports, which go to the candidate, are built from the original.

import { defineLazy, derive } from '../lazy.js';
import { computedOnce } from '../pipeline/spill.js';
import type { Candidate, Evidence, Failure, ParsedCv, Ranking } from '../model.js';

/** What replaces a piece of identity inside a longer text. */
export const HIDDEN = '[hidden]';

/** The ranking the recruiter outputs show: blinded when `run.blind` is set, else the same object. */
export function recruiterRanking(ranking: Ranking): Ranking {
  if (ranking.run.blind !== true) return ranking;
  if (sharing === 0) return blindRanking(ranking);
  let blinded = shared.get(ranking);
  if (blinded === undefined) {
    blinded = blindRanking(ranking);
    shared.set(ranking, blinded);
  }
  return blinded;
}

/** Blinded rankings made while `shareRecruiterRanking` runs, by the ranking they blind. */
let shared = new WeakMap<Ranking, Ranking>();
let sharing = 0;

/**
 * While `work` runs, each ranking is blinded once and that copy shared by every writer that asks
 * (writeOutputs: the workbook, CSV, HTML and results.json each need it; blinding thousands of CVs
 * four times over is slow). The ranking must not change meanwhile. Outside, recruiterRanking makes
 * a fresh copy each time.
 */
export async function shareRecruiterRanking<T>(work: () => Promise<T>): Promise<T> {
  sharing++;
  try {
    return await work();
  } finally {
    if (--sharing === 0) shared = new WeakMap();
  }
}

/** While shareRecruiterRanking runs, the blinded copy it shares (made now if not yet); else undefined. */
export function sharedRecruiterRanking(ranking: Ranking): Ranking | undefined {
  return ranking.run.blind === true && sharing > 0 ? recruiterRanking(ranking) : undefined;
}

/** The name a blinded failure row shows instead of its file name. */
function failureLabel(failure: Failure, index: number): string {
  return failure.sha256 ? `file-${failure.sha256.slice(0, 10)}` : `file-${index + 1}`;
}

/**
 * A blinded copy of the ranking (the input is not changed). Candidates keep their id, rank, score,
 * tier, criteria, requirements, experience and skills; `contact` becomes { name: null, emails: [],
 * phones: [], links: [], location: null } and `facts.personalDetails` []. Every file name (candidate,
 * duplicate copy or failure) becomes a neutral label: the candidate id, `<id>-copy-<n>`, or
 * `file-<first ten hex digits of its SHA-256>`. In every other text, each candidate's own name,
 * emails, phones, links and personal details become "[hidden]"; an evidence quote that holds any of
 * them is blanked (`quote: ""`), as the line is most likely the CV's header.
 */
export function blindRanking(ranking: Ranking): Ranking {
  const view = blinder(ranking);
  return {
    ...ranking,
    run: { ...ranking.run },
    candidates: ranking.candidates.map(view.candidate),
    failures: ranking.failures.map(view.failure),
  };
}

/** How the recruiter outputs show one candidate or failure (at its index in the ranking): see blindRanking. */
export interface RecruiterView {
  candidate(candidate: Candidate, index: number): Candidate;
  failure(failure: Failure, index: number): Failure;
}

const AS_IS: RecruiterView = { candidate: (c) => c, failure: (f) => f };

/**
 * The recruiter's view of the ranking's candidates one at a time (what `recruiterRanking(ranking)`
 * holds at the same index), so a large run need not hold a blinded copy of every candidate at once.
 * Given `blinded` (recruiterRanking's copy, already made), its candidates and failures are used.
 */
export function recruiterView(ranking: Ranking, blinded?: Ranking): RecruiterView {
  if (ranking.run.blind !== true) return AS_IS;
  if (blinded) {
    return { candidate: (_, i) => blinded.candidates[i]!, failure: (_, i) => blinded.failures[i]! };
  }
  return blinder(ranking);
}

function blinder(ranking: Ranking): RecruiterView {
  // Every file name in the run, longest first so "a/b.pdf" is replaced before "b.pdf".
  const labels = new Map<string, string>();
  for (const c of ranking.candidates) {
    labels.set(c.file, c.id);
    (c.duplicates ?? []).forEach((copy, i) => labels.set(copy, `${c.id}-copy-${i + 1}`));
  }
  ranking.failures.forEach((f, i) => labels.set(f.file, failureLabel(f, i)));
  const files = [...labels.entries()]
    .filter(([file]) => file !== '')
    .sort((a, b) => b[0].length - a[0].length);
  const unfile = fileReplacer(files);
  return {
    candidate: (c) => blindCandidate(c, unfile),
    failure: (f, i) => ({ ...f, file: failureLabel(f, i), message: unfile(f.message) }),
  };
}

/** Characters of a file name used to find the names a text may hold. */
const KEY = 4;

/**
 * `text` with each file name, in the order given, replaced by its label wherever it occurs (each
 * replacement seeing the text the ones before it left). Looking up every file name in every text
 * would take as long as texts times files, which is slow for thousands of candidates; instead each
 * name is indexed by one run of KEY characters inside it (the run fewest names share: a name inside
 * a text has all its runs there), and a text is only searched for the names whose run it holds
 * (names shorter than KEY are always searched).
 */
function fileReplacer(files: [file: string, label: string][]): (text: string) => string {
  const grams = (file: string): Set<string> => {
    const all = new Set<string>();
    for (let at = 0; at + KEY <= file.length; at++) all.add(file.slice(at, at + KEY));
    return all;
  };
  const shared = new Map<string, number>();
  for (const [file] of files) for (const gram of grams(file)) shared.set(gram, (shared.get(gram) ?? 0) + 1);
  const byKey = new Map<string, number[]>();
  const short: number[] = [];
  files.forEach(([file], index) => {
    if (file.length < KEY) {
      short.push(index);
      return;
    }
    let key = '';
    for (const gram of grams(file)) {
      if (key === '' || shared.get(gram)! < shared.get(key)!) key = gram;
    }
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  });
  /** Indexes (ascending) of the names `text` may hold, from `from` on. */
  const candidates = (text: string, from: number): number[] => {
    const found = new Set<number>();
    for (const i of short) if (i >= from) found.add(i);
    for (let at = 0; at + KEY <= text.length; at++) {
      for (const i of byKey.get(text.slice(at, at + KEY)) ?? []) if (i >= from) found.add(i);
    }
    return [...found].sort((a, b) => a - b);
  };
  return (text) => {
    let out = text;
    let from = 0;
    for (;;) {
      const next = candidates(out, from).find((i) => out.includes(files[i]![0]));
      if (next === undefined) return out;
      const [file, label] = files[next]!;
      out = out.split(file).join(label);
      from = next + 1;
    }
  };
}

function blindCandidate(candidate: Candidate, unfile: (text: string) => string): Candidate {
  // The reading and assessment are blinded when first read, not now, and then kept where the
  // candidate is: in memory, or for a large run on disk (see pipeline/spill.ts), where a blinded copy
  // of every CV would not fit in memory.
  const blinded = computedOnce(candidate, () => {
    const { cv, assessment } = candidate;
    const identity = identityOf(cv);
    const text = (value: string): string => identity.redact(unfile(value));
    const evidence = (e: Evidence): Evidence => ({
      ...deepMap(e, text),
      ...(e.quote === undefined ? {} : { quote: identity.names(e.quote) ? '' : text(e.quote) }),
    });
    return {
      cv: {
        ...deepMap(cv, text),
        contact: { name: null, emails: [], phones: [], links: [], location: null },
        facts: { ...deepMap(cv.facts, text), personalDetails: [] },
      },
      assessment: {
        ...deepMap(assessment, text),
        criteria: assessment.criteria.map((r) => ({
          ...deepMap(r, text),
          evidence: r.evidence.map(evidence),
          ...(r.example === undefined
            ? {}
            : { example: { before: text(r.example.before), after: text(r.example.after) } }),
        })),
        requirements: assessment.requirements.map((r) => ({
          ...deepMap(r, text),
          evidence: r.evidence.map(evidence),
        })),
      },
    };
  });
  return defineLazy(
    derive(candidate, {
      file: candidate.id,
      ...(candidate.duplicates === undefined
        ? {}
        : { duplicates: candidate.duplicates.map((_, i) => `${candidate.id}-copy-${i + 1}`) }),
    }),
    { cv: () => blinded().cv, assessment: () => blinded().assessment },
  );
}

/** A copy of plain data with `fn` applied to every string in it. */
function deepMap<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => deepMap(v, fn)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMap(v, fn)])) as T;
  }
  return value;
}

// ---------------------------------------------------------------- finding identity in text

interface Identity {
  /** Whether a text holds any piece of this candidate's identity. */
  names(text: string): boolean;
  /** The text with every piece of identity replaced by "[hidden]". */
  redact(text: string): string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters and digits, any script: the edges of a word. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** A link without its scheme, "www." or trailing slash: "github.com/jane". */
function bareLink(link: string): string {
  // The lookbehind makes a long run of slashes cost linear time: without it each slash began a
  // match that failed at the run's end.
  return link
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, '')
    .replace(/^www\./i, '')
    .replace(/(?<!\/)\/+$/, '');
}

/** One piece of a candidate's identity (a name, a part of it, an email, a link...) to find in text. */
interface Piece {
  names(text: string): boolean;
  redact(text: string): string;
}

/**
 * The longest piece found by a pattern (case-insensitive, a name part as a whole word). A longer one
 * (a "link" of 40,000 characters in a broken CV) is found as written, character for character: as
 * a pattern it would be over V8's size limit, and the run would stop with a SyntaxError.
 */
const LONGEST_PATTERN = 500;

function patternPiece(source: string, flags: string): Piece {
  const all = new RegExp(source, flags);
  const once = new RegExp(source, flags.replace('g', ''));
  return { names: (text) => once.test(text), redact: (text) => text.replace(all, HIDDEN) };
}

function exactPiece(piece: string): Piece {
  return {
    names: (text) => text.includes(piece),
    redact: (text) => (text.includes(piece) ? text.split(piece).join(HIDDEN) : text),
  };
}

function identityOf(cv: ParsedCv): Identity {
  const { contact, facts } = cv;
  const pieces: Piece[] = [];
  const literal = (text: string | null | undefined): void => {
    const t = text?.trim();
    if (!t || t.length < 3) return;
    pieces.push(t.length > LONGEST_PATTERN ? exactPiece(t) : patternPiece(escapeRegExp(t), 'giu'));
  };

  const name = contact.name?.trim();
  if (name) {
    literal(name);
    // Each part of the name as a word, as written or in capitals ("Will" and "WILL", not "will");
    // lower-case particles ("van", "de") on their own name no one.
    for (const raw of name.split(/[\s,]+/u)) {
      // The lookbehind starts the trailing match only at a run's start: without it each character
      // of a long run of dots began a match that failed at the run's end (quadratic time).
      const part = raw.replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, '');
      if (part.length < 2 || part === part.toLocaleLowerCase()) continue;
      const forms = [...new Set([part, part.toLocaleUpperCase()])];
      if (part.length > LONGEST_PATTERN) pieces.push(...forms.map(exactPiece));
      else {
        const words = forms.map(escapeRegExp).join('|');
        pieces.push(patternPiece(`${EDGE_BEFORE}(?:${words})${EDGE_AFTER}`, 'gu'));
      }
    }
  }
  for (const email of contact.emails) literal(email);
  for (const link of contact.links) {
    literal(link);
    literal(bareLink(link));
  }
  literal(contact.location);
  for (const line of facts.personalDetails) literal(line);

  // Phones by their digits, however they are written: "+44 7700 900123", "07700 900123".
  const phoneDigits = contact.phones
    .map((p) => p.replace(/\D/g, ''))
    .filter((d) => d.length >= 7)
    .map((d) => d.slice(-9));
  const PHONE_LIKE = /\+?\d[\d\s().-]{5,}\d/g;
  const isPhone = (run: string): boolean => {
    const digits = run.replace(/\D/g, '');
    return phoneDigits.some((d) => digits.includes(d));
  };

  return {
    names(text) {
      if (pieces.some((p) => p.names(text))) return true;
      return phoneDigits.length > 0 && (text.match(PHONE_LIKE) ?? []).some(isPhone);
    },
    redact(text) {
      let out = pieces.reduce((t, p) => p.redact(t), text);
      if (phoneDigits.length > 0) out = out.replace(PHONE_LIKE, (run) => (isPhone(run) ? HIDDEN : run));
      return out;
    },
  };
}
