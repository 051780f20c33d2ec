import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWordLists, loadBackground } from '../data.js';
import { DEFAULT_EXTRACT_LIMITS, extractDocument, type ExtractLimits } from '../extract/index.js';
import { parseJob } from '../job/parse-job.js';
import type {
  Assessment,
  Candidate,
  ExtractedDocument,
  Extraction,
  ExtractionFailure,
  Failure,
  JobRanking,
  JobSpec,
  ParsedCv,
  Ranking,
  RoleProfile,
} from '../model.js';
import type { ReportProgress } from '../output/html.js';
import type { OutputFormat } from '../output/index.js';
import { normalisePhrase, type SkillMatcher } from '../parse/skills.js';
import { loadProfile } from '../profile/load.js';
import {
  packAssessment,
  requirementOptions,
  unpackAssessment,
  type StoredAssessment,
} from '../score/evaluate.js';
import type { Background } from '../score/terms.js';
import { headline, headlineOf, keepHeadline, rankCandidates, type Headline } from '../score/rank.js';
import {
  NO_ASSESSMENT_CACHE,
  NO_CACHE,
  openAssessmentCache,
  openExtractionCache,
  ensureStateDir,
  stateDirOf,
  type AssessedRecord,
  type AssessmentCache,
} from './cache.js';
import { codeVersion, outputCodeVersion } from './version.js';
import {
  folderHash,
  outputsIntact,
  readLastRun,
  runFingerprint,
  writeLastRun,
  type RunSummary,
} from './last-run.js';
import { recruiterRanking } from '../output/blind.js';
import { POOL_FROM, coolRenderPool, warmRenderPool } from '../output/render-pool.js';
import { combineJobRankings, jobFolders, listJobFiles } from './jobs.js';
import { discoverFiles, type DiscoveredFile, type SkippedFile } from './discover.js';
import { createScreener, type ScreenedItem, type Screener } from './screen.js';
import { attachSpill, openSpill, parseJson, type SpillRef, type SpillStore } from './spill.js';
import { assessText, readText, skillMatcherFor, slim, type ScoreSpec, type TextScore } from './score-text.js';
import { defineLazy, derive, remembered } from '../lazy.js';
import { RunError } from '../errors.js';
import { TOOL } from '../tool.js';

export { RunError, TOOL };

export interface RunOptions {
  input: string;
  out: string;
  jd?: string | undefined;
  profile?: string | undefined;
  concurrency: number;
  timeoutMs: number;
  maxFileBytes: number;
  /** Heap cap of each extraction worker in MB (`--max-memory`); 512 when absent. */
  maxMemoryMb?: number | undefined;
  /** The date "Present" means and experience is counted to (YYYY-MM-DD); today when absent. */
  asOf?: string | undefined;
  templatesDir?: string | undefined;
  /** A message from the recruiter for every feedback report; overrides the profile's `feedbackMessage`. */
  feedbackMessage?: string | undefined;
  /** Hide names, contact and personal details and file names in the recruiter outputs (`--blind`). */
  blind?: boolean | undefined;
  /**
   * Keep extractions in `<out>/.shortlist/` and reuse them (default true): a second run over the
   * same folder reads no file twice. False reads every file and writes no state.
   */
  cache?: boolean | undefined;
  onProgress?: ((progress: Progress) => void) | undefined;
  /** Largest number of pages a PDF may have (`--max-pages`); DEFAULT_EXTRACT_LIMITS.maxPages when absent. */
  maxPages?: number | undefined;
  /**
   * How many scored CVs are held in memory; the rest wait on disk until the outputs are written
   * (see pipeline/spill.ts). KEEP_IN_MEMORY when absent; tests set 0 to spill every one.
   */
  keepInMemory?: number | undefined;
}

export interface Progress {
  done: number;
  total: number;
  failed: number;
  file: string;
  /** Reading files (the default), or writing the outputs once every file is read. */
  phase?: 'reading' | 'writing';
  /** While writing: how many candidates' reports are written, of how many. */
  reports?: { done: number; total: number };
}

/**
 * Makes the state folder of `--out` (and so `--out` itself) before any file is read: an output
 * folder that cannot be written stops `run` or `watch` at once, with one line naming it.
 */
export async function makeStateDir(stateDir: string, out: string): Promise<void> {
  await ensureStateDir(stateDir).catch((error: unknown) => {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new RunError(`Output folder ${out} cannot be written (${reason}): choose another --out`);
  });
}

export interface RunContext {
  profile: RoleProfile;
  job: JobSpec;
  matcher: SkillMatcher;
  asOf: string;
  /** The recruiter's message for the feedback reports: the CLI's, else the profile's; null for none. */
  feedbackMessage: string | null;
  /** Blind mode: see RunInfo.blind. */
  blind: boolean;
  /** General-language statistics for the relevance criterion. */
  background: Background;
}

/** Profile, job and skills: read once, before any CV, and shared read-only by every assessment. */
export async function prepareRun(
  options: Pick<RunOptions, 'jd' | 'profile' | 'asOf' | 'feedbackMessage' | 'blind'>,
): Promise<RunContext> {
  const profile = loadProfile(options.profile ?? 'default');
  const matcher = skillMatcherFor(profile);
  const words = loadWordLists();
  let job: JobSpec = {
    title: null,
    file: null,
    sha256: null,
    required: [],
    preferred: [],
    minYears: null,
    keywords: [],
    text: '',
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
  const message = (options.feedbackMessage ?? profile.feedbackMessage)?.trim();
  return {
    profile,
    job,
    matcher,
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
    feedbackMessage: message ? message : null,
    blind: options.blind === true,
    background: loadBackground(),
  };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface RunResult {
  /** The ranking; null when nothing had changed since the last run and no output was rewritten. */
  ranking: Ranking | null;
  written: string[];
  summary: RunSummary;
  /** Nothing changed since the last run (files, profile, job, date, options, code): outputs left as they were. */
  unchanged: { since: string; runId: string } | null;
  /** Per-file times: a worker reading the file, then reading and scoring its text. */
  timings: TimingReport;
}

export interface FileTiming {
  file: string;
  /** Milliseconds a worker spent extracting the text; null when no worker read it (cache, failure). */
  readMs: number | null;
  /** Milliseconds spent reading the CV and scoring it (every job); 0 when it came from the cache. */
  scoreMs: number;
}

export interface TimingReport {
  files: FileTiming[];
  /** Over files a worker read: read + score, in ms; null when no file was read. */
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
}

/** Screens every CV under `input` and writes the outputs to `out`. Failed files become failure rows. */
export async function runScreening(options: RunOptions): Promise<RunResult> {
  const info = await stat(options.input).catch(() => null);
  if (!info?.isDirectory()) throw new RunError(`Folder ${options.input} does not exist or is not a folder`);
  const startedAt = new Date().toISOString();
  // --jd may name a folder of job descriptions: every applicant is screened against every job.
  const jdInfo = options.jd ? await stat(options.jd).catch(() => null) : null;
  const jobFiles = jdInfo?.isDirectory() ? await listJobFiles(options.jd!) : null;
  if (jobFiles && jobFiles.length === 0) {
    throw new RunError(`Folder ${options.jd} holds no job description (.md, .txt, .pdf, .docx...)`);
  }
  const contexts = jobFiles
    ? await Promise.all(jobFiles.map((jd) => prepareRun({ ...options, jd })))
    : [await prepareRun(options)];
  // An output folder inside the input folder is not screened: its reports are not CVs.
  const outDir = resolve(options.out);
  const isOutput = (path: string) => path === outDir || path.startsWith(outDir + sep);
  const listing = await discoverFiles(options.input);
  const files = listing.files.filter((f) => !isOutput(resolve(f.path)));
  const skipped = listing.skipped.filter((s) => !isOutput(resolve(options.input, s.relativePath)));
  const useCache = options.cache !== false;
  const stateDir = stateDirOf(options.out);
  const templatesDir = options.templatesDir ?? fileURLToPath(new URL('../../reports/', import.meta.url));
  const extractLimits: ExtractLimits = {
    ...DEFAULT_EXTRACT_LIMITS,
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
  };

  // Nothing changed since the last complete run, and its outputs are untouched: leave them be.
  const fingerprint = useCache
    ? runFingerprint(
        {
          tool: TOOL.version,
          code: codeVersion(),
          outputCode: outputCodeVersion(),
          templates: await folderHash(templatesDir),
          input: options.input,
          jd: options.jd ?? null,
          contexts: contexts.map((c) => ({
            profile: c.profile,
            job: c.job,
            asOf: c.asOf,
            message: c.feedbackMessage,
            blind: c.blind,
          })),
          maxFileBytes: options.maxFileBytes,
          maxMemoryMb: options.maxMemoryMb ?? null,
          extractLimits,
        },
        files,
        skipped,
      )
    : null;
  if (fingerprint) {
    const last = await readLastRun(stateDir);
    if (last && last.fingerprint === fingerprint && (await outputsIntact(options.out, last))) {
      return {
        ranking: null,
        written: [],
        summary: last.summary,
        unchanged: { since: last.finishedAt, runId: last.runId },
        timings: timingReport([]),
      };
    }
  }

  // Scored CVs beyond the first KEEP_IN_MEMORY wait on disk until the outputs are written (spill.ts).
  const hadState = await stat(stateDir).then(
    () => true,
    () => false,
  );
  await makeStateDir(stateDir, options.out);
  const specs = contexts.map(specOf);
  const screener = createScreener({
    concurrency: options.concurrency,
    timeoutMs: options.timeoutMs,
    maxFileBytes: options.maxFileBytes,
    maxMemoryMb: options.maxMemoryMb,
    cache: useCache ? await openExtractionCache(stateDir) : NO_CACHE,
    archiveDir: useCache ? join(stateDir, 'archives') : null,
    extractLimits,
    // Each file is read and scored under every job by the worker that reads it (score-text.ts).
    scoreSpecs: () => specs,
  });
  const assessments = useCache ? await openAssessmentCache(stateDir) : NO_ASSESSMENT_CACHE;
  const spill = openSpill(join(stateDir, 'work'), { keepInMemory: options.keepInMemory });
  try {
    // The spill stays open for the returned ranking's candidates (closed once they are not used).
    return await screenAndWrite();
  } catch (error) {
    spill.close();
    throw error;
  } finally {
    // The spill's file is already deleted, and its folder with it: remove the empty folders made for
    // it (a --no-cache run leaves no state folder).
    await rmdir(join(stateDir, 'work')).catch(() => undefined);
    if (!hadState) await rmdir(stateDir).catch(() => undefined);
  }

  async function screenAndWrite(): Promise<RunResult> {
    const timings: FileTiming[] = [];
    let items: ScreenedItem[];
    try {
      items = await screenFiles(files, screener, options.concurrency, options.onProgress, async (found) => {
        for (const item of found) {
          let scoreMs = 0;
          for (const ctx of contexts)
            scoreMs += await scoreItem(ctx, item, assessments, spill, screener.score);
          delete item.scores;
          timings.push({ file: item.file, readMs: item.readMs ?? null, scoreMs });
          // Scored under every context: the ranking needs no more of the text.
          lighten(contexts, item);
        }
      });
    } finally {
      await screener.close();
    }
    // Enough candidates for the report pool: its threads start now, while the ranking is built.
    if (items.filter((i) => i.extraction.ok).length >= POOL_FROM) warmRenderPool();
    try {
      return await rankAndWrite(items, timings);
    } finally {
      await coolRenderPool();
    }
  }

  async function rankAndWrite(items: ScreenedItem[], timings: FileTiming[]): Promise<RunResult> {
    const failed = items.filter((i) => !i.extraction.ok).length + skipped.length;
    const writing = (reports?: Progress['reports']) =>
      options.onProgress?.({
        done: files.length,
        total: files.length,
        failed,
        file: '',
        phase: 'writing',
        ...(reports ? { reports } : {}),
      });
    writing();
    // The reports of every ranking written (each job's and the combined one, with several jobs) are
    // counted as one task, of `reportsTotal` candidates' reports.
    let reportsTotal = 0;
    let reportsBefore = 0;
    const write = async (ranking: Ranking, out: string): Promise<string[]> => {
      const paths = await writeRanking(ranking, out, options.templatesDir, (done) =>
        writing({ done: reportsBefore + done, total: reportsTotal }),
      );
      reportsBefore += ranking.candidates.length;
      return paths;
    };
    let ranking: Ranking;
    const written: string[] = [];
    if (!jobFiles) {
      ranking = buildRanking({
        items,
        skipped,
        ctx: contexts[0]!,
        startedAt,
        input: options.input,
        jd: options.jd,
      });
      reportsTotal = ranking.candidates.length;
      written.push(...(await write(ranking, options.out)));
    } else {
      // Several jobs: each job's full outputs in jobs/<name>/, and at the top the best fit of every
      // candidate with every job's ranking (results.json "jobs", one workbook sheet per job).
      const folders = jobFolders(jobFiles);
      const jobs: JobRanking[] = contexts.map((ctx, i) => {
        const ranking = buildRanking({
          items,
          skipped,
          ctx,
          startedAt,
          input: options.input,
          jd: jobFiles[i],
        });
        return {
          title: ctx.job.title,
          file: ctx.job.file,
          sha256: ctx.job.sha256,
          folder: folders[i]!,
          ranking,
        };
      });
      ranking = combineJobRankings(jobs);
      reportsTotal = [...jobs.map((j) => j.ranking), ranking].reduce((n, r) => n + r.candidates.length, 0);
      for (const job of jobs) written.push(...(await write(job.ranking, join(options.out, job.folder))));
      written.push(...(await write(ranking, options.out)));
    }
    const summary = summarizeRanking(ranking, written.length);
    // A timeout depends on the machine's load, not the file: such a run is never taken as final.
    if (fingerprint && !ranking.failures.some((f) => f.status === 'timeout')) {
      await writeLastRun(
        stateDir,
        options.out,
        { fingerprint, runId: ranking.run.id, finishedAt: new Date().toISOString(), summary },
        written,
      ).catch(() => undefined);
    }
    return { ranking, written, summary, unchanged: null, timings: timingReport(timings) };
  }
}

function timingReport(files: FileTiming[]): TimingReport {
  const totals = files
    .filter((f) => f.readMs !== null)
    .map((f) => f.readMs! + f.scoreMs)
    .sort((a, b) => a - b);
  const at = (q: number) =>
    totals.length
      ? Math.round(totals[Math.min(totals.length - 1, Math.floor(q * totals.length))]! * 10) / 10
      : null;
  return {
    files,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxMs: totals.length ? Math.round(totals.at(-1)! * 10) / 10 : null,
  };
}

/** What the terminal shows after a run; in blind mode, ids and labels instead of names and files. */
export function summarizeRanking(ranking: Ranking, outputs: number): RunSummary {
  const { candidates, failures } = recruiterRanking(ranking);
  const tiers = { shortlist: 0, consider: 0, reject: 0 };
  for (const c of candidates) tiers[headlineOf(c).tier]++;
  return {
    scored: candidates.length,
    failed: failures.length,
    tiers,
    top: candidates.slice(0, 5).map((c) => ({
      rank: c.rank,
      label: c.cv.contact.name ?? c.id,
      score: c.assessment.score,
      tier: c.assessment.tier,
      file: c.file,
    })),
    failures: failures.slice(0, 10).map((f) => ({ file: f.file, status: f.status, message: f.message })),
    outputs,
  };
}

/**
 * Screens a list of files and returns every item in the files' order. Files are read and hashed a
 * little ahead of the workers (the screener hands `concurrency` to them at a time), and each file's
 * items go to `onItems` (reading and scoring) as soon as they are extracted, while the workers go on.
 */
export async function screenFiles(
  files: DiscoveredFile[],
  screener: Screener,
  concurrency: number,
  onProgress?: (progress: Progress) => void,
  onItems?: (items: ScreenedItem[]) => Promise<void>,
): Promise<ScreenedItem[]> {
  // A few runners, each taking the next file once it is done with one: a folder of 10,000 files
  // never has 10,000 suspended calls waiting their turn, each a promise, its frame and a queue
  // entry (over 10,000 CVs the reading's RSS reached 280 MB against 292 MB: docs/performance.md).
  const screened: ScreenedItem[][] = new Array<ScreenedItem[]>(files.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  // A file's failure is an item; what throws is the run's own trouble (its output folder, say): no
  // file is handed out after it, and it is thrown once the files in hand are done with.
  const trouble: unknown[] = [];
  const runner = async (): Promise<void> => {
    while (trouble.length === 0 && next < files.length) {
      const index = next++;
      const file = files[index]!;
      try {
        const result = await screener.screenFile(file);
        await onItems?.(result.items);
        screened[index] = result.items;
        done++;
        failed += result.items.filter((i) => !i.extraction.ok).length;
        onProgress?.({ done, total: files.length, failed, file: file.relativePath });
      } catch (error) {
        trouble.push(error);
      }
    }
  };
  const runners = Math.min(files.length, Math.max(2, concurrency * 2));
  await Promise.all(Array.from({ length: runners }, runner));
  if (trouble.length > 0) throw trouble[0];
  return screened.flat();
}

export interface RankingInput {
  items: ScreenedItem[];
  /** Links out of the folder, pipes and devices: listed as failures. */
  skipped: SkippedFile[];
  ctx: RunContext;
  startedAt: string;
  /** The folder as given, for run.input. */
  input: string;
  jd?: string | undefined;
}

/**
 * Parses and scores every extracted item (always from the extraction: parsing and scoring are cheap
 * and pure, so a new profile or parser applies at once) and ranks them. The same content under two
 * names is one candidate, the first file by path, listing the others in `duplicates`.
 */
export function buildRanking(input: RankingInput): Ranking {
  const { ctx } = input;
  const byFile = (a: { file: string }, b: { file: string }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  const failures: Failure[] = input.skipped.map((s) => ({
    file: s.relativePath,
    sha256: null,
    status: 'unsupported',
    message: `Skipped: ${s.reason}`,
  }));
  const sameContent = new Map<string, ScreenedItem[]>();
  for (const item of [...input.items].sort(byFile)) {
    if (!item.extraction.ok || item.sha256 === null) {
      if (!item.extraction.ok) {
        failures.push({
          file: item.file,
          sha256: item.sha256,
          status: item.extraction.status,
          message: item.extraction.message,
        });
      }
      continue;
    }
    sameContent.set(item.sha256, [...(sameContent.get(item.sha256) ?? []), item]);
  }
  const scored: Omit<Candidate, 'rank'>[] = [];
  for (const [hash, [first, ...copies]] of sameContent) {
    if (!first?.extraction.ok) continue;
    const entry = remember(ctx, first.extraction);
    const spilled = entry.spilled;
    if (!spilled && !entry.cv && lightened.has(first.extraction)) throw new TextGone(first.file);
    const cv = spilled ? null : (entry.cv ??= parseWith(ctx, first.extraction));
    const kind = spilled ? spilled.kind : cv!;
    if (kind.kind !== 'cv') {
      // A cover letter alone, an empty template or a transcript: reported, never ranked.
      for (const item of [first, ...copies]) {
        failures.push({
          file: item.file,
          sha256: hash,
          status: 'not-a-cv',
          message: `Not a CV: ${kind.kindReason}`,
        });
      }
      continue;
    }
    const fields = {
      id: '',
      file: first.file,
      sha256: hash,
      format: first.extraction.format,
    };
    const rest = { reports: { recruiter: '', feedback: '' }, duplicates: copies.map((c) => c.file) };
    if (spilled) {
      // Read back from the spill file when a writer asks (see spill.ts): nothing held meanwhile.
      const record = () => remembered(spilled, () => spilled.store.get<SpilledScore>(spilled.ref));
      const candidate = defineLazy({ ...fields } as Omit<Candidate, 'rank'>, {
        cv: () => record().cv,
        assessment: () => unpackAssessment(record().assessment!, ctx.profile),
      });
      scored.push(
        attachSpill(keepHeadline(Object.assign(candidate, rest), spilled.headline!), spilled.store),
      );
    } else {
      const assessment = (entry.assessment ??= assessWith(ctx, cv!));
      scored.push({ ...fields, cv: cv!, assessment, ...rest });
    }
  }
  const candidates = assignIds(flagDuplicates(rankCandidates(scored)));
  failures.sort(byFile);
  return {
    run: {
      id: randomUUID(),
      startedAt: input.startedAt,
      asOf: ctx.asOf,
      tool: TOOL,
      input: input.input,
      profile: { id: ctx.profile.id, title: ctx.profile.title, sha256: ctx.profile.sha256 },
      job: input.jd ? { title: ctx.job.title, file: ctx.job.file, sha256: ctx.job.sha256 } : null,
      weights: Object.fromEntries(candidates[0]?.assessment.criteria.map((c) => [c.id, c.weight]) ?? []),
      ...(ctx.feedbackMessage === null ? {} : { feedbackMessage: ctx.feedbackMessage }),
      blind: ctx.blind,
    },
    candidates,
    failures,
  };
}

/**
 * Writes every output (each atomically), results.json last so that a program watching it finds the
 * reports it names already there; then removes the reports of candidates no longer in the ranking,
 * so a CV taken out of the folder leaves no report behind.
 */
export async function writeRanking(
  ranking: Ranking,
  out: string,
  templatesDir: string | undefined,
  onReports?: ReportProgress,
): Promise<string[]> {
  // Loaded when first needed: a run that finds nothing changed never loads the writers.
  const { defaultTemplatesDir, OUTPUT_FORMATS, writeOutputs } = await import('../output/index.js');
  const formats: OutputFormat[] = [...OUTPUT_FORMATS.filter((f) => f !== 'json'), 'json'];
  const written = await writeOutputs(ranking, {
    outDir: out,
    templatesDir: templatesDir ?? defaultTemplatesDir(),
    formats,
    onReports,
  });
  const current = new Set(ranking.candidates.flatMap((c) => [c.reports.recruiter, c.reports.feedback]));
  for (const dir of ['candidates', 'feedback']) {
    const names = await readdir(join(out, dir)).catch(() => [] as string[]);
    for (const name of names) {
      if (/^c-[0-9a-f]{10}(-\d+)?\.html$/.test(name) && !current.has(`${dir}/${name}`)) {
        await rm(join(out, dir, name), { force: true });
      }
    }
  }
  return written;
}

/**
 * Readings and assessments already worked out in this process, per context and extracted document:
 * `watch` ranks again after every change and only parses and scores what is new. Kept in memory only
 * (never on disk, so a new parser applies at the next start) and dropped with the context when the
 * profile, the job or the date changes.
 */
const worked = new WeakMap<RunContext, WeakMap<Extraction, Worked>>();

interface Worked {
  cv?: ParsedCv;
  assessment?: Assessment;
  /** A run's: the reading and assessment are in a spill file (cv and assessment are then unset). */
  spilled?: Spilled;
}

/** What a run holds of a scored CV: where it lies on disk, and whether it is a CV at all. */
interface Spilled {
  store: SpillStore;
  ref: SpillRef;
  kind: Pick<ParsedCv, 'kind' | 'kindReason'>;
  /** A CV's score, tier and contact keys, so that ranking it needs no load. */
  headline?: Headline;
}

/** A spilled record: an AssessedRecord, its assessment packed. */
type SpilledScore = AssessedRecord;

function remember(ctx: RunContext, extraction: Extraction): Worked {
  let byExtraction = worked.get(ctx);
  if (!byExtraction) worked.set(ctx, (byExtraction = new WeakMap()));
  let entry = byExtraction.get(extraction);
  if (!entry) byExtraction.set(extraction, (entry = {}));
  return entry;
}

const NO_LINKS: string[] = Object.freeze([]) as unknown as string[];

/** Extractions whose text was dropped (see withoutText): their text must be read again to be scored. */
const lightened = new WeakSet<Extraction>();

/**
 * A copy of an extraction without its text, links and layout: its format is all that is read of it
 * once its CV is scored. `scoreItem` asks for the text again (its `reload`) if it must score it anew.
 */
export function withoutText(extraction: Extraction): Extraction {
  if (!extraction.ok || lightened.has(extraction)) return extraction;
  const { layout: _layout, ...rest } = extraction;
  const light: Extraction = { ...rest, text: '', links: NO_LINKS };
  lightened.add(light);
  return light;
}

/**
 * Once an item is scored under every context (with a spill store), its extracted text is dropped:
 * the item keeps a copy of its extraction without the text (nor links and layout), under which its
 * work is remembered.
 */
export function lighten(contexts: RunContext[], item: ScreenedItem): void {
  const extraction = item.extraction;
  if (!extraction.ok || lightened.has(extraction)) return;
  const entries = contexts.map((ctx) => remember(ctx, extraction));
  if (!entries.every((e) => e.spilled)) return;
  const light = withoutText(extraction);
  contexts.forEach((ctx, i) => worked.get(ctx)!.set(light, entries[i]!));
  item.extraction = light;
}

/**
 * Forgets the work on an item under `ctx` when it is kept in a spill store other than `store` (one
 * that `watch` is done with): scoreItem then keeps it again, from the assessment cache.
 */
export function forgetUnlessIn(ctx: RunContext, item: ScreenedItem, store: SpillStore): void {
  const entry = item.extraction.ok ? worked.get(ctx)?.get(item.extraction) : undefined;
  if (entry?.spilled && entry.spilled.store !== store) delete entry.spilled;
}

/** Thrown by scoreItem when a CV must be scored anew and its text, dropped, cannot be had again. */
export class TextGone extends Error {
  constructor(file: string) {
    super(`The text of ${file} is no longer in the cache`);
  }
}

/**
 * The key of a context's assessments on disk: the code, the profile, the job and the month (parsing
 * and scoring read `asOf` to the month only). Computed once per context.
 */
const contextKeys = new WeakMap<RunContext, string>();
export function contextKey(ctx: RunContext): string {
  let key = contextKeys.get(ctx);
  if (!key) {
    key = createHash('sha256')
      .update(
        JSON.stringify({
          code: codeVersion(),
          profile: ctx.profile,
          job: ctx.job,
          asOfMonth: ctx.asOf.slice(0, 7),
        }),
      )
      .digest('hex');
    contextKeys.set(ctx, key);
  }
  return key;
}

/** What a worker needs to read and score a text under `ctx` (score-text.ts). */
export function specOf(ctx: RunContext): ScoreSpec {
  return { key: contextKey(ctx), profile: ctx.profile, job: ctx.job, asOf: ctx.asOf.slice(0, 7) };
}

/** Reads and scores a text in a worker of the reading pool (Screener.score). */
export type PoolScorer = (
  name: string,
  extraction: ExtractedDocument,
  specs: ScoreSpec[],
) => Promise<Record<string, TextScore> | ExtractionFailure>;

/**
 * Reads and scores one screened item under `ctx` ahead of the ranking, as soon as it is extracted, so
 * that this work overlaps the reading of other files: from memory, from the assessment cache on disk,
 * from the worker that read the file (item.scores), or worked out (and then kept on disk). Worked out
 * in a worker of the pool when `scorer` is given, under a file's time limit and memory cap: a text
 * that hangs the parser costs its file a failure row, not the run; here, on this thread, otherwise.
 * buildRanking then finds it remembered.
 */
export async function scoreItem(
  ctx: RunContext,
  item: ScreenedItem,
  cache: AssessmentCache,
  spill?: SpillStore,
  scorer?: PoolScorer,
  reload?: (item: ScreenedItem) => Promise<Extraction | null>,
): Promise<number> {
  if (!item.extraction.ok || item.sha256 === null) return 0;
  let extraction = item.extraction;
  const entry = remember(ctx, extraction);
  if (entry.spilled || (entry.cv && (entry.cv.kind !== 'cv' || entry.assessment))) return 0;
  const key = contextKey(ctx);
  const stored = await cache.get(key, item.sha256, item.file);
  if (stored && (stored.cv.kind !== 'cv' || stored.assessment)) {
    // To the spill file packed as it is; in memory, unpacked.
    if (spill) keepPacked(entry, slim(stored.cv), stored.assessment, spill);
    else keep(entry, slim(stored.cv), stored.assessment && unpackAssessment(stored.assessment, ctx.profile));
    return 0;
  }
  let result = item.scores?.[key];
  if (!result && !entry.cv && lightened.has(extraction)) {
    // Scored before, under another profile or job, and its text dropped since (watch): read again.
    const full = await reload?.(item);
    if (!full?.ok || full.format !== extraction.format) throw new TextGone(item.file);
    worked.get(ctx)!.set(full, entry);
    item.extraction = extraction = full;
  }
  if (!result && scorer && !entry.cv) {
    const scored = await scorer(item.file, extraction, [specOf(ctx)]);
    if (isFailure(scored)) {
      item.extraction = scored;
      return 0;
    }
    result = scored[key];
  }
  if (result) {
    if (!result.ok) {
      item.extraction = scoringFailure(result.error);
      return result.ms;
    }
    // As JSON bytes, to the cache and the spill file as they are.
    await cache.putText(key, item.sha256, item.file, result.record).catch(() => undefined);
    keepText(ctx, entry, result, spill);
    return result.ms;
  }
  const start = performance.now();
  let cv: ParsedCv;
  let assessment: Assessment | undefined;
  try {
    cv = entry.cv ?? parseWith(ctx, extraction);
    assessment = cv.kind === 'cv' ? (entry.assessment ?? assessWith(ctx, cv)) : undefined;
  } catch (error) {
    // A fault of shortlist's meeting this CV's text: the file becomes a failure row that says so, and
    // the rest of the batch is scored. Its work under other jobs, if any, is left unused.
    item.extraction = scoringFailure(error);
    return performance.now() - start;
  }
  const ms = performance.now() - start;
  // Kept without the numbered lines and sections, which nothing reads back (see slim).
  const kept = slim(cv);
  await cache
    .put(key, item.sha256, item.file, { cv: kept, assessment: assessment && packAssessment(assessment) })
    .catch(() => undefined); // a full disk costs a re-score next time, not the file
  keep(entry, kept, assessment, spill);
  return ms;
}

function isFailure(scored: Record<string, TextScore> | ExtractionFailure): scored is ExtractionFailure {
  return (
    (scored as ExtractionFailure).ok === false && typeof (scored as ExtractionFailure).status === 'string'
  );
}

/** The failure row of a CV whose text could not be read or scored because of an error in shortlist. */
export function scoringFailure(error: unknown): ExtractionFailure {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 100);
  return {
    ok: false,
    status: 'malformed',
    message: `The text was read but could not be scored, because of an error in shortlist (${reason}); please report it`,
  };
}

/** Holds a scored CV in memory, or with a spill store on disk (a CV) or as its kind alone (not a CV). */
function keep(entry: Worked, cv: ParsedCv, assessment: Assessment | undefined, spill?: SpillStore): void {
  if (!spill) {
    entry.cv = cv;
    entry.assessment = assessment;
    return;
  }
  keepPacked(entry, cv, assessment && packAssessment(assessment), spill);
}

/** {@link keep} with a spill store, for an assessment already packed (packAssessment): spilled as it is. */
function keepPacked(
  entry: Worked,
  cv: ParsedCv,
  stored: StoredAssessment | undefined,
  spill: SpillStore,
): void {
  const kind = { kind: cv.kind, kindReason: cv.kindReason };
  const record: SpilledScore = { cv, assessment: stored };
  const ref = cv.kind === 'cv' ? spill.put(record) : { value: null };
  entry.spilled = { store: spill, ref, kind };
  if (stored) entry.spilled.headline = headline(cv, stored);
  delete entry.cv;
  delete entry.assessment;
}

/** {@link keep} for a record scored in a worker, given as JSON bytes: parsed only when held in memory. */
function keepText(
  ctx: RunContext,
  entry: Worked,
  scored: Extract<TextScore, { ok: true }>,
  spill?: SpillStore,
): void {
  if (!spill) {
    const { cv, assessment } = parseJson(scored.record) as AssessedRecord;
    keep(entry, cv, assessment && unpackAssessment(assessment, ctx.profile));
    return;
  }
  const isCv = scored.kind.kind === 'cv';
  const ref = isCv ? spill.putText(scored.record) : { value: null };
  entry.spilled = { store: spill, ref, kind: scored.kind };
  if (isCv && scored.headline) entry.spilled.headline = scored.headline;
  delete entry.cv;
  delete entry.assessment;
}

function parseWith(ctx: RunContext, extraction: ExtractedDocument): ParsedCv {
  return readText(extraction, ctx.asOf.slice(0, 7), ctx.matcher);
}

function assessWith(ctx: RunContext, cv: ParsedCv): Assessment {
  return assessText(cv, { profile: ctx.profile, job: ctx.job, asOf: ctx.asOf.slice(0, 7) }, ctx.background);
}

/** Ids come from content hashes, never from CV text or file names, so they are safe in paths. */
function assignIds(candidates: Candidate[]): Candidate[] {
  const used = new Set<string>();
  return candidates.map((c) => {
    let id = `c-${c.sha256.slice(0, 10)}`;
    for (let n = 2; used.has(id); n++) id = `c-${c.sha256.slice(0, 10)}-${n}`;
    used.add(id);
    return derive(c, {
      id,
      reports: { recruiter: `candidates/${id}.html`, feedback: `feedback/${id}.html` },
    });
  });
}

/**
 * The same bytes under other names (already one candidate): flagged `duplicate`, naming the copies.
 * The same email or phone in two candidates: flagged `likely-duplicate` on both, never merged.
 */
function flagDuplicates(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, string[]>();
  // From each headline: a candidate held on disk is not loaded for it (see spill.ts).
  const keys = candidates.map((c) => headlineOf(c).contactKeys);
  candidates.forEach((c, i) => {
    for (const key of keys[i]!) {
      const files = byKey.get(key);
      if (files) files.push(c.file);
      else byKey.set(key, [c.file]);
    }
  });
  return candidates.map((c, i) => {
    const likely = new Set<string>();
    for (const key of keys[i]!) for (const f of byKey.get(key) ?? []) if (f !== c.file) likely.add(f);
    const added: Assessment['flags'] = [];
    const copies = c.duplicates ?? [];
    if (copies.length) added.push({ id: 'duplicate', message: `Same file content as ${copies.join(', ')}` });
    if (likely.size)
      added.push({
        id: 'likely-duplicate',
        message: `Same email or phone as ${[...likely].sort().join(', ')}`,
      });
    if (added.length === 0) return c;
    return defineLazy(derive(c), {
      assessment: () => {
        const assessment = c.assessment;
        return { ...assessment, flags: [...assessment.flags, ...added] };
      },
    });
  });
}
