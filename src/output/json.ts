import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { finished } from 'node:stream/promises';
import type { Candidate, Ranking } from '../model.js';
import { recruiterView, sharedRecruiterRanking } from './blind.js';

export const RESULTS_SCHEMA_VERSION = 1;

/**
 * An array results.json writes one element at a time: a large run never holds every candidate's
 * JSON (or its text) at once. `toResultsJson` turns it into a plain array.
 */
class LazyArray {
  // Its items must hold no lazy array themselves.
  constructor(
    readonly length: number,
    readonly items: () => Iterable<unknown>,
  ) {}
}

/**
 * The results.json document with its long arrays (candidates, each job's candidates) left lazy.
 * Field names here are frozen: add, never rename or drop.
 */
function resultsDocument(original: Ranking): Record<string, unknown> {
  // Blind mode keeps every field: identity becomes null or [], file names become neutral labels.
  const { run } = original;
  // Blind mode: inside writeOutputs, the copy it shares with the other outputs; alone, each
  // candidate blinded as it is written, so that no blinded copy of the whole ranking is held.
  const view = recruiterView(original, sharedRecruiterRanking(original));
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    run: {
      id: run.id,
      startedAt: run.startedAt,
      asOf: run.asOf,
      tool: run.tool,
      input: run.input,
      profile: run.profile,
      job: run.job,
      ...(run.jobs ? { jobs: run.jobs } : {}),
      weights: run.weights,
      feedbackMessage: run.feedbackMessage ?? null,
      blind: run.blind === true,
    },
    candidates: new LazyArray(original.candidates.length, () =>
      mapItems(original.candidates, (c, i) => candidateJson(view.candidate(c, i))),
    ),
    // Several jobs (--jd <folder>): each job's candidates in its own rank order; report paths lead
    // into that job's folder. `candidates` above holds each candidate's best fit.
    ...(original.jobs
      ? {
          jobs: original.jobs.map((job) => {
            const jobView = recruiterView(job.ranking, sharedRecruiterRanking(job.ranking));
            return {
              title: job.title,
              file: job.file,
              sha256: job.sha256,
              folder: job.folder,
              candidates: new LazyArray(job.ranking.candidates.length, () =>
                mapItems(job.ranking.candidates, (original, i) => {
                  const c = jobView.candidate(original, i);
                  return candidateJson({
                    ...c,
                    reports: {
                      recruiter: `${job.folder}/${c.reports.recruiter}`,
                      feedback: `${job.folder}/${c.reports.feedback}`,
                    },
                  });
                }),
              ),
            };
          }),
        }
      : {}),
    failures: original.failures.map(view.failure).map((f) => ({
      file: f.file,
      status: f.status,
      message: f.message,
      sha256: f.sha256,
    })),
  };
}

function* mapItems<T>(items: Iterable<T>, f: (item: T, index: number) => unknown): Generator<unknown> {
  let index = 0;
  for (const item of items) yield f(item, index++);
}

/** The document with every lazy array made a plain one. */
function materialize(value: unknown): unknown {
  // A lazy array's items hold nothing lazy.
  if (value instanceof LazyArray) return [...value.items()];
  if (Array.isArray(value)) return value.map(materialize);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialize(v)]));
  }
  return value;
}

/** Whether a value holds a lazy array anywhere inside it (plain objects and arrays only). */
function hasLazy(value: unknown): boolean {
  if (value instanceof LazyArray) return true;
  if (Array.isArray(value)) return value.some(hasLazy);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).some(hasLazy);
  }
  return false;
}

/**
 * The results.json contract other programs read. Field names here are frozen: add, never rename or drop.
 * Candidates come in rank order; the same input gives the same bytes apart from run.id and run.startedAt.
 * With run.blind, the recruiter's view (see blind.ts): contact null/[], file names as labels.
 */
export function toResultsJson(original: Ranking): unknown {
  return materialize(resultsDocument(original));
}

function candidateJson(c: Candidate): unknown {
  const { cv, assessment } = c;
  return {
    id: c.id,
    file: c.file,
    sha256: c.sha256,
    format: c.format,
    rank: c.rank,
    score: assessment.score,
    fit: assessment.fit ?? null,
    quality: assessment.quality ?? null,
    tier: assessment.tier,
    gatesFailed: assessment.gatesFailed,
    contact: {
      name: cv.contact.name,
      emails: cv.contact.emails,
      phones: cv.contact.phones,
      links: cv.contact.links,
      location: cv.contact.location,
    },
    experience: cv.positions.map((p) => ({
      title: p.title,
      organization: p.organization,
      location: p.location,
      start: p.dates?.start ?? null,
      end: p.dates?.end ?? null,
      current: p.dates?.current ?? false,
    })),
    totalExperienceMonths: cv.facts.totalExperienceMonths,
    education: cv.education.map((e) => ({ institution: e.institution, degree: e.degree, end: e.end })),
    skills: cv.skills.map((s) => ({ name: s.name, category: s.category, mentions: s.mentions.length })),
    requirements: assessment.requirements.map((r) => ({
      skill: r.skill,
      kind: r.kind,
      met: r.met,
      ...(r.shown ? { shown: r.shown } : {}),
      evidence: r.evidence,
    })),
    criteria: assessment.criteria.map((r) => ({
      id: r.id,
      title: r.title,
      headline: r.headline,
      category: r.category,
      mode: r.mode,
      weight: r.weight,
      score: r.score,
      ...(r.passed === undefined ? {} : { passed: r.passed }),
      evidence: r.evidence,
    })),
    flags: assessment.flags,
    duplicates: c.duplicates ?? [],
    language: cv.language,
    certifications: cv.certifications,
    languagesSpoken: cv.languagesSpoken,
    confidence: cv.confidence,
    facts: cv.facts,
    reports: c.reports,
    ...(c.bestFit ? { bestFit: c.bestFit } : {}),
  };
}

/**
 * `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep, as it appears there: every
 * line after the first indented by the depth (JSON strings never hold a raw line break).
 */
function nested(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  // Wrapped in `depth` arrays, JSON.stringify indents the value as it stands at that depth; the
  // arrays' own brackets are then cut off both ends ('[\n  ' ... '\n]' per level). About a third
  // quicker than indenting every line afterwards, as this did before.
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(2 * depth + depth * (depth + 1), text.length - (2 * depth + depth * (depth - 1)));
}

/**
 * The JSON text of `value`, exactly as `JSON.stringify(value, null, 2)` writes it once its lazy
 * arrays are made plain, produced in pieces: whole values where nothing inside is lazy, a lazy
 * array one element at a time.
 */
function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (!hasLazy(value)) {
    yield nested(value, depth);
    return;
  }
  const inner = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  if (value instanceof LazyArray || Array.isArray(value)) {
    let first = true;
    const lazy = value instanceof LazyArray;
    for (const item of lazy ? value.items() : value) {
      // As JSON.stringify does in an array: undefined, functions and symbols become null.
      const shown =
        item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item;
      // A lazy array's items hold nothing lazy: each is written whole, without looking inside.
      const whole = lazy ? nested(shown, depth + 1) : undefined;
      yield `${first ? '[' : ','}\n${inner}${whole ?? ''}`;
      first = false;
      if (whole === undefined) yield* jsonPieces(shown, depth + 1);
    }
    yield first ? '[]' : `\n${close}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    // As JSON.stringify does in an object: such members are left out.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(item, depth + 1);
  }
  yield first ? '{}' : `\n${close}}`;
}

/**
 * results.json, written candidate by candidate: the bytes of `JSON.stringify(toResultsJson(ranking),
 * null, 2) + '\n'` without ever holding that string. Written beside the target under a temporary
 * name, then renamed over it, so readers see the old file or the new one, never half of one.
 */
export async function writeResultsJson(ranking: Ranking, outDir: string): Promise<string> {
  const staged = await stageResultsJson(ranking, outDir);
  await staged.commit();
  return staged.path;
}

/**
 * results.json written in full under its temporary name, not yet in place: `commit` puts it there
 * (writeOutputs does once every report it names is written), `discard` removes it.
 */
export async function stageResultsJson(ranking: Ranking, outDir: string): Promise<StagedFile> {
  return stageStream(
    join(outDir, 'results.json'),
    (function* () {
      yield* jsonPieces(resultsDocument(ranking), 0);
      yield '\n';
    })(),
  );
}

export interface StagedFile {
  /** Where the file goes. */
  path: string;
  /** Renames the written file over `path`. */
  commit(): Promise<void>;
  /** Removes the written file; `path` is left as it was. */
  discard(): Promise<void>;
}

/** Pieces are gathered into writes of about this many characters. */
const CHUNK = 256 * 1024;

/** Write text pieces to `path` atomically (see writeFileAtomic), waiting for the disk as it goes. */
export async function writeStreamAtomic(path: string, pieces: Iterable<string>): Promise<void> {
  await (await stageStream(path, pieces)).commit();
}

/** Text pieces written to a temporary file beside `path`, waiting for the disk as it goes. */
async function stageStream(path: string, pieces: Iterable<string>): Promise<StagedFile> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const out = createWriteStream(temp);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  try {
    let buffer = '';
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= CHUNK) {
        if (!out.write(buffer))
          await Promise.race([new Promise<void>((r) => out.once('drain', () => r())), failed]);
        buffer = '';
      }
    }
    out.end(buffer);
    await Promise.race([finished(out), failed]);
  } catch (error) {
    // Close the file before removing it: if it is not open yet, removing it first would let it be
    // created afterwards.
    if (!out.closed) {
      await new Promise<void>((resolve) => {
        out.once('close', () => resolve());
        out.destroy();
      });
    }
    await rm(temp, { force: true });
    throw error;
  }
  return {
    path,
    async commit() {
      try {
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    discard: () => rm(temp, { force: true }),
  };
}
