import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import pLimit from 'p-limit';
import { loadTaxonomy, loadWordLists } from '../data.js';
import { DEFAULT_EXTRACT_LIMITS, extractDocument, type ExtractLimits } from '../extract/index.js';
import { parseJob } from '../job/parse-job.js';
import type { Candidate, Extraction, Failure, JobSpec, Ranking, RoleProfile } from '../model.js';
import { defaultTemplatesDir, writeOutputs } from '../output/index.js';
import { parseCv } from '../parse/index.js';
import { buildSkillMatcher, normalisePhrase, type SkillMatcher } from '../parse/skills.js';
import { loadProfile } from '../profile/load.js';
import { assess, requirementOptions } from '../score/evaluate.js';
import { rankCandidates } from '../score/rank.js';
import { discoverFiles } from './discover.js';
import { createExtractionPool } from './pool.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const TOOL = { name: 'shortlist', version: packageJson.version };

export interface RunOptions {
  input: string;
  out: string;
  jd?: string | undefined;
  profile?: string | undefined;
  concurrency: number;
  timeoutMs: number;
  maxFileBytes: number;
  /** The date "Present" means and experience is counted to (YYYY-MM-DD); today when absent. */
  asOf?: string | undefined;
  templatesDir?: string | undefined;
  onProgress?: ((progress: Progress) => void) | undefined;
}

export interface Progress {
  done: number;
  total: number;
  failed: number;
  file: string;
}

/** A problem that stops the run before it starts (no such folder, bad profile): exit non-zero. */
export class RunError extends Error {
  override name = 'RunError';
}

export interface RunContext {
  profile: RoleProfile;
  job: JobSpec;
  matcher: SkillMatcher;
  asOf: string;
}

/** Profile, job and skills: read once, before any CV, and shared read-only by every assessment. */
export async function prepareRun(options: Pick<RunOptions, 'jd' | 'profile' | 'asOf'>): Promise<RunContext> {
  const profile = loadProfile(options.profile ?? 'default');
  const taxonomy = loadTaxonomy();
  const extras = profile.extraSkills.map((e) => ({ ...e, ambiguous: false }));
  // The profile's own skills come first so that its aliases win over the taxonomy's.
  const matcher = buildSkillMatcher([...extras, ...taxonomy]);
  const words = loadWordLists();
  let job: JobSpec = {
    title: null,
    file: null,
    sha256: null,
    required: [],
    preferred: [],
    minYears: null,
    keywords: [],
  };
  if (options.jd) {
    const bytes = await readFile(options.jd).catch(() => {
      throw new RunError(`Job description ${options.jd} cannot be read: check the path`);
    });
    const extraction = await extractDocument(basename(options.jd), bytes, DEFAULT_EXTRACT_LIMITS);
    if (!extraction.ok) throw new RunError(`Job description ${options.jd}: ${extraction.message}`);
    job = parseJob(extraction.text, matcher, words.stopwords, {
      file: basename(options.jd),
      sha256: sha256(bytes),
    });
  }
  // Canonical names for the profile's skills, so "Postgres" in a profile meets "PostgreSQL" in a CV.
  const canonical = (req: string): string =>
    requirementOptions(req)
      .map((s) => matcher.phrases.get(normalisePhrase(s))?.name ?? s)
      .join(' or ');
  profile.skills.required = [...new Set(profile.skills.required.map(canonical))];
  profile.skills.preferred = [...new Set(profile.skills.preferred.map(canonical))];
  return { profile, job, matcher, asOf: options.asOf ?? new Date().toISOString().slice(0, 10) };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Screens every CV under `input` and writes the outputs to `out`. Failed files become failure rows. */
export async function runScreening(options: RunOptions): Promise<{ ranking: Ranking; written: string[] }> {
  const info = await stat(options.input).catch(() => null);
  if (!info?.isDirectory()) throw new RunError(`Folder ${options.input} does not exist or is not a folder`);
  const startedAt = new Date().toISOString();
  const ctx = await prepareRun(options);
  const asOfMonth = ctx.asOf.slice(0, 7);
  const words = loadWordLists();
  const { files, skipped } = await discoverFiles(options.input);

  const pool = createExtractionPool({
    concurrency: options.concurrency,
    timeoutMs: options.timeoutMs,
    maxMemoryMb: 512,
    limits: DEFAULT_EXTRACT_LIMITS satisfies ExtractLimits,
  });
  const limit = pLimit(options.concurrency);
  const failures: Failure[] = skipped.map((s) => ({
    file: s.relativePath,
    sha256: null,
    status: 'unsupported',
    message: `Skipped: ${s.reason}`,
  }));
  const scored: Omit<Candidate, 'rank'>[] = [];
  let done = 0;

  try {
    await Promise.all(
      files.map((file) =>
        limit(async () => {
          const result = await screenOne(file.path, file.size, options.maxFileBytes, (bytes) =>
            pool.extract(basename(file.path), bytes),
          );
          if (!result.extraction.ok) {
            failures.push({
              file: file.relativePath,
              sha256: result.sha256,
              status: result.extraction.status,
              message: result.extraction.message,
            });
          } else {
            const cv = parseCv(result.extraction, { asOf: asOfMonth, skills: ctx.matcher, words });
            const assessment = assess(cv, { profile: ctx.profile, job: ctx.job, asOf: asOfMonth, words });
            scored.push({
              id: '',
              file: file.relativePath,
              sha256: result.sha256!,
              format: result.extraction.format,
              cv,
              assessment,
              reports: { recruiter: '', feedback: '' },
            });
          }
          done++;
          options.onProgress?.({
            done,
            total: files.length,
            failed: failures.length,
            file: file.relativePath,
          });
        }),
      ),
    );
  } finally {
    await pool.close();
  }

  const candidates = assignIds(flagDuplicates(rankCandidates(scored)));
  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ranking: Ranking = {
    run: {
      id: randomUUID(),
      startedAt,
      asOf: ctx.asOf,
      tool: TOOL,
      input: options.input,
      profile: { id: ctx.profile.id, title: ctx.profile.title, sha256: ctx.profile.sha256 },
      job: options.jd ? { title: ctx.job.title, file: ctx.job.file, sha256: ctx.job.sha256 } : null,
      weights: Object.fromEntries(candidates[0]?.assessment.criteria.map((c) => [c.id, c.weight]) ?? []),
    },
    candidates,
    failures,
  };
  const written = await writeOutputs(ranking, {
    outDir: options.out,
    templatesDir: options.templatesDir ?? defaultTemplatesDir(),
  });
  return { ranking, written };
}

async function screenOne(
  path: string,
  size: number,
  maxBytes: number,
  extract: (bytes: Uint8Array) => Promise<Extraction>,
): Promise<{ sha256: string | null; extraction: Extraction }> {
  if (size > maxBytes) {
    return {
      sha256: null,
      extraction: {
        ok: false,
        status: 'too-large',
        message: `${(size / 1048576).toFixed(1)} MB, over the ${Math.round(maxBytes / 1048576)} MB limit`,
      },
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      sha256: null,
      extraction: {
        ok: false,
        status: 'malformed',
        message: `The file cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      },
    };
  }
  return { sha256: sha256(bytes), extraction: await extract(bytes) };
}

/** Ids come from content hashes, never from CV text or file names, so they are safe in paths. */
function assignIds(candidates: Candidate[]): Candidate[] {
  const used = new Set<string>();
  return candidates.map((c) => {
    let id = `c-${c.sha256.slice(0, 10)}`;
    for (let n = 2; used.has(id); n++) id = `c-${c.sha256.slice(0, 10)}-${n}`;
    used.add(id);
    return { ...c, id, reports: { recruiter: `candidates/${id}.html`, feedback: `feedback/${id}.html` } };
  });
}

/** The same bytes under two names, or the same email or phone in two files: flagged, never merged. */
function flagDuplicates(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, string[]>();
  for (const c of candidates) {
    const keys = new Set([
      `sha:${c.sha256}`,
      ...c.cv.contact.emails.map((e) => `email:${e}`),
      ...c.cv.contact.phones.map((p) => `phone:${p}`),
    ]);
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), c.file]);
  }
  return candidates.map((c) => {
    const same = byKey.get(`sha:${c.sha256}`)!.filter((f) => f !== c.file);
    const likely = new Set<string>();
    for (const key of [
      ...c.cv.contact.emails.map((e) => `email:${e}`),
      ...c.cv.contact.phones.map((p) => `phone:${p}`),
    ]) {
      for (const f of byKey.get(key) ?? []) if (f !== c.file && !same.includes(f)) likely.add(f);
    }
    const flags = [...c.assessment.flags];
    if (same.length) flags.push({ id: 'duplicate', message: `Same file content as ${same.join(', ')}` });
    if (likely.size)
      flags.push({
        id: 'likely-duplicate',
        message: `Same email or phone as ${[...likely].sort().join(', ')}`,
      });
    return { ...c, assessment: { ...c.assessment, flags } };
  });
}
