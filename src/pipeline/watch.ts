// `shortlist watch`: keeps the ranking of a folder current while applications arrive. The folder on
// disk is the truth: watcher events and a timer only say when to look again, and each look compares
// what is there with the journal. A file is read once its size and time stop changing; its outcome
// goes to the cache, then the journal; outputs are rewritten once things settle.
import { randomUUID } from 'node:crypto';
import { open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import pLimit from 'p-limit';
import { resolveProfilePath } from '../profile/load.js';
import type { Ranking } from '../model.js';
import { DEFAULT_ARCHIVE_LIMITS, isArchiveName } from './archive.js';
import {
  openAssessmentCache,
  openExtractionCache,
  stateDirOf,
  type AssessmentCache,
  type ExtractionCache,
} from './cache.js';
import { discoverFiles, isIgnoredName, type DiscoveredFile, type SkippedFile } from './discover.js';
import { Journal, type ItemRef } from './journal.js';
import { DEFAULT_EXTRACT_LIMITS } from '../extract/index.js';
import {
  buildRanking,
  forgetUnlessIn,
  lighten,
  makeStateDir,
  prepareRun,
  RunError,
  scoreItem,
  specOf,
  TextGone,
  withoutText,
  writeRanking,
  type RunContext,
  type RunOptions,
} from './run.js';
import { createScreener, type ScreenedItem } from './screen.js';
import { openSpill, processAlive, type SpillStore } from './spill.js';

/**
 * The spill file of a watch is started afresh once it holds this much more than twice what it held
 * after its last fresh start: records of files replaced or removed, and values the writers worked out
 * (see computedOnce), are left in it as garbage.
 */
const SPILL_SLACK_BYTES = 64 * 1024 * 1024;

export interface WatchOptions extends Omit<RunOptions, 'onProgress' | 'cache'> {
  /** Quiet time after the last change before the outputs are rewritten. */
  debounceMs: number;
  /** How long a file's size and modification time must hold still before it is read. */
  settleMs: number;
  /** Interval of the full rescan that catches whatever events were lost (network drives). */
  pollMs: number;
  /** Aborted on Ctrl-C or SIGTERM: finish the files in hand, write the outputs, return. */
  signal: AbortSignal;
  onStatus?: ((status: WatchStatus) => void) | undefined;
  /** One line worth telling the person watching (a skipped link, a profile that stopped loading). */
  onNote?: ((message: string) => void) | undefined;
  /** Notes for every file read or removed (`--verbose`). */
  verbose?: boolean | undefined;
  /** SPILL_SLACK_BYTES when absent; tests set 0 to start the spill file afresh more often. */
  spillSlackBytes?: number | undefined;
}

export interface WatchStatus {
  state: 'starting' | 'watching' | 'stopping';
  /** Files found in the folder at the last look. */
  seen: number;
  /** Files waiting: still being written, queued, or being read. */
  queued: number;
  /** Files read (an archive counts once). */
  done: number;
  /** Files that could not be read. */
  failed: number;
  candidates: number;
  /** When the outputs were last written. */
  lastUpdate: Date | null;
  /** Files read by a worker, and files whose reading came from the cache, since the start. */
  extracted: number;
  fromCache: number;
}

interface Settling {
  size: number;
  mtimeMs: number;
  since: number;
}

/** Watches `options.input` until `options.signal` is aborted; returns the last ranking written. */
export async function watchFolder(
  options: WatchOptions,
): Promise<{ ranking: Ranking | null; written: number }> {
  const root = resolve(options.input);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new RunError(`Folder ${options.input} does not exist or is not a folder`);
  if (options.jd && (await stat(options.jd).catch(() => null))?.isDirectory()) {
    throw new RunError(
      `--jd ${options.jd} is a folder: watch screens against one job description; give one file, ` +
        'or start one watch per job, each with its own --out (run takes a folder of jobs)',
    );
  }
  const out = resolve(options.out);
  const stateDir = stateDirOf(out);
  let ctx: RunContext = await prepareRun(options);
  let ctxKey = contextKey(ctx);
  await makeStateDir(stateDir, options.out);
  const releaseLock = await acquireLock(stateDir);
  const note = (message: string) => options.onNote?.(message);

  let cache: ExtractionCache;
  let assessments: AssessmentCache;
  let journal: Journal;
  // Each scored CV waits in a spill file, as in `run` (spill.ts): what the watcher holds in memory
  // for a CV is its file, score and place on disk, whatever the number of CVs.
  let spill: SpillStore;
  try {
    cache = await openExtractionCache(stateDir);
    assessments = await openAssessmentCache(stateDir);
    journal = await Journal.open(stateDir);
    spill = openSpill(join(stateDir, 'work'), { keepInMemory: options.keepInMemory });
  } catch (error) {
    await releaseLock();
    throw error;
  }
  const archiveDir = join(stateDir, 'archives');
  const screener = createScreener({
    concurrency: options.concurrency,
    timeoutMs: options.timeoutMs,
    maxFileBytes: options.maxFileBytes,
    maxMemoryMb: options.maxMemoryMb,
    cache,
    archiveDir,
    extractLimits: {
      ...DEFAULT_EXTRACT_LIMITS,
      ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    },
    // The worker that reads a file also reads and scores its text, under the file's time limit.
    scoreSpecs: () => [specOf(ctx)],
  });

  /** The profile and job the spill file's records were scored under, and its size when started. */
  let spillCtx = ctx;
  let spillStart = 0;
  /** Spill stores given up, closed once a ranking no longer reading from them is written. */
  const retired: SpillStore[] = [];
  const reloadText = (item: ScreenedItem) =>
    item.sha256 ? cache.get(item.sha256, item.file) : Promise.resolve(null);

  /**
   * Scores an item under the current profile and job (from the assessment cache when it can), keeps
   * it in the spill file and drops its text. False when its text is needed and no longer in the cache.
   */
  async function keepScored(item: ScreenedItem): Promise<boolean> {
    forgetUnlessIn(ctx, item, spill);
    try {
      await scoreItem(ctx, item, assessments, spill, screener.score, reloadText);
    } catch (error) {
      if (error instanceof TextGone) return false;
      throw error;
    }
    delete item.scores;
    lighten([ctx], item);
    return true;
  }

  /** What each finished file gave, by relative path: the ranking is built from this. */
  const results = new Map<string, ScreenedItem[]>();
  const settling = new Map<string, Settling>();
  const queue = new Map<string, DiscoveredFile>();
  const inHand = new Map<string, Promise<void>>();
  let skipped: SkippedFile[] = [];
  const noted = new Set<string>();
  let seen = 0;
  let dirty = true;
  let dirtySince = Date.now();
  let lastChange = Date.now();
  let started = false;
  let lastUpdate: Date | null = null;
  let ranking: Ranking | null = null;
  let written = 0;
  let stopping = false;

  // Files the journal has as finished, with their outcome still in the cache, are not read again.
  for (const entry of journal.entries()) {
    if ((entry.status !== 'done' && entry.status !== 'failed') || !entry.items) continue;
    // Without their text, which is read again only if a CV must be scored anew.
    const items = await loadItems(entry.items, cache);
    if (items)
      results.set(
        entry.path,
        items.map((i) => ({ ...i, extraction: withoutText(i.extraction) })),
      );
  }

  const status = (): WatchStatus => {
    let failed = 0;
    for (const path of results.keys()) if (journal.get(path)?.status === 'failed') failed++;
    return {
      state: stopping ? 'stopping' : started ? 'watching' : 'starting',
      seen,
      queued: settling.size + queue.size + inHand.size,
      done: results.size - failed,
      failed,
      candidates: ranking?.candidates.length ?? 0,
      lastUpdate,
      extracted: screener.stats.extracted,
      fromCache: screener.stats.fromCache,
    };
  };
  const report = () => options.onStatus?.(status());

  // ------------------------------------------------------------------ timers: when to look again
  let scanTimer: NodeJS.Timeout | null = null;
  let scanDue = Infinity;
  let scanning: Promise<void> | null = null;
  let scanAgain = false;
  const scheduleScan = (delayMs: number) => {
    if (stopping) return;
    const due = Date.now() + delayMs;
    if (scanTimer && scanDue <= due) return;
    if (scanTimer) clearTimeout(scanTimer);
    scanDue = due;
    scanTimer = setTimeout(() => {
      scanTimer = null;
      scanDue = Infinity;
      void scan();
    }, delayMs);
  };

  // Outputs are written when nothing is waiting or being read and no change came for `debounceMs`;
  // during a long stream of arrivals, at least every `maxWaitMs` (20 debounces, 10 s at least). And
  // a writing starts no sooner after the last one started than three times as long as that one took:
  // each renders every report again (a restart over 10,000 unchanged CVs, writing them once, took
  // 14.5-18.7 s on 2 cores), so without this, a trickle of applications into a large folder would
  // keep the machine writing nearly all the time, and a stream would be read at half speed. 20
  // applications 8 s apart into a watched folder of 10,000 CVs: 4 writings and 120 s of CPU time
  // against 10 and 232 s (/tmp/tools/trickle.sh, outside the repository). 10,000 CVs dropped in at
  // once were all ranked after 75-92 s (three runs) against 66-88 s with a writing every 10 s: the
  // same within noise at that size.
  let flushTimer: NodeJS.Timeout | null = null;
  let flushDue = Infinity;
  let flushing: Promise<void> | null = null;
  let lastFlushStart = 0;
  let lastFlushMs = 0;
  const maxWaitMs = Math.max(10_000, 20 * options.debounceMs);
  const earliestFlush = () => lastFlushStart + 3 * lastFlushMs;
  const busy = () => queue.size + inHand.size + settling.size > 0;
  const scheduleFlush = () => {
    if (stopping || !dirty || flushing) return;
    const due = Math.max(earliestFlush(), busy() ? dirtySince + maxWaitMs : lastChange + options.debounceMs);
    if (flushTimer && flushDue <= due) return;
    if (flushTimer) clearTimeout(flushTimer);
    flushDue = due;
    flushTimer = setTimeout(
      () => {
        flushTimer = null;
        flushDue = Infinity;
        const now = Date.now();
        const settled = !busy() && now - lastChange >= options.debounceMs;
        if (now >= earliestFlush() && (settled || now - dirtySince >= maxWaitMs)) void flush();
        else scheduleFlush();
      },
      Math.max(0, due - Date.now()),
    );
  };

  // ------------------------------------------------------------------ looking at the folder
  const isOutput = (path: string) => path === out || path.startsWith(out + sep);

  function scan(): Promise<void> {
    if (scanning) {
      scanAgain = true;
      return scanning;
    }
    scanning = (async () => {
      do {
        scanAgain = false;
        try {
          await scanOnce();
        } catch (error) {
          note(`Could not look at the folder: ${(error as Error).message}`);
        }
      } while (scanAgain && !stopping);
    })().finally(() => {
      scanning = null;
    });
    return scanning;
  }

  async function scanOnce(): Promise<void> {
    if (stopping) return;
    // A folder that vanished (an unmounted network drive) keeps the ranking as it was.
    const listing = await discoverFiles(root).catch((error: NodeJS.ErrnoException) => {
      note(`The folder cannot be read (${error.code ?? error.message}); keeping the ranking as it is`);
      return null;
    });
    if (!listing || stopping) return;
    const files = listing.files.filter((f) => !isOutput(f.path));
    seen = files.length;
    const now = Date.now();
    const present = new Set<string>();
    for (const file of files) {
      const rel = file.relativePath;
      present.add(rel);
      const entry = journal.get(rel);
      const finished = entry && (entry.status === 'done' || entry.status === 'failed') && results.has(rel);
      if (finished && entry.size === file.size && entry.mtimeMs === file.mtimeMs) continue;
      if (queue.has(rel) || inHand.has(rel)) continue;
      const before = settling.get(rel);
      if (before && before.size === file.size && before.mtimeMs === file.mtimeMs) {
        const waited = now - before.since;
        if (waited >= options.settleMs) {
          settling.delete(rel);
          await enqueue(file);
        } else {
          scheduleScan(options.settleMs - waited);
        }
      } else {
        settling.set(rel, { size: file.size, mtimeMs: file.mtimeMs, since: now });
        scheduleScan(options.settleMs);
      }
    }
    for (const rel of [...settling.keys()]) if (!present.has(rel)) settling.delete(rel);
    for (const rel of [...queue.keys()]) if (!present.has(rel)) queue.delete(rel);
    for (const entry of journal.entries()) {
      if (present.has(entry.path) || inHand.has(entry.path)) continue;
      await journal.remove(entry.path);
      if (results.delete(entry.path)) {
        changed();
        if (options.verbose) note(`removed ${entry.path}`);
      }
    }
    const nextSkipped = listing.skipped.filter((s) => !isOutput(join(root, s.relativePath)));
    if (JSON.stringify(nextSkipped) !== JSON.stringify(skipped)) {
      for (const s of nextSkipped) {
        if (!noted.has(`skip:${s.relativePath}`)) note(`Skipped ${s.relativePath}: ${s.reason}`);
        noted.add(`skip:${s.relativePath}`);
      }
      skipped = nextSkipped;
      changed();
    }
    pump();
    scheduleFlush();
    report();
  }

  async function enqueue(file: DiscoveredFile): Promise<void> {
    queue.set(file.relativePath, file);
    const before = journal.get(file.relativePath);
    await journal.set({
      path: file.relativePath,
      size: file.size,
      mtimeMs: file.mtimeMs,
      sha256: before?.sha256 ?? null,
      status: 'queued',
      ...(before?.items ? { items: before.items } : {}),
    });
  }

  // ------------------------------------------------------------------ reading files
  function pump(): void {
    while (!stopping && queue.size > 0 && inHand.size < options.concurrency) {
      const [rel, file] = queue.entries().next().value as [string, DiscoveredFile];
      queue.delete(rel);
      const work = readOne(file)
        .catch((error: Error) => note(`${rel}: ${error.message}`))
        .finally(() => {
          inHand.delete(rel);
          pump();
          scheduleFlush();
          report();
        });
      inHand.set(rel, work);
    }
  }

  async function readOne(file: DiscoveredFile): Promise<void> {
    const rel = file.relativePath;
    const limit = isArchiveName(rel) ? DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes : options.maxFileBytes;
    let bytes: Buffer | undefined;
    if (file.size <= limit) {
      try {
        bytes = await readFile(file.path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          scheduleScan(0); // gone between the look and the read: the next look removes it
          return;
        }
      }
      const after = await stat(file.path).catch(() => null);
      if (!after || (bytes && (bytes.length !== after.size || after.mtimeMs !== file.mtimeMs))) {
        // Written to while we read it: wait for it to settle again.
        if (after) settling.set(rel, { size: after.size, mtimeMs: after.mtimeMs, since: Date.now() });
        scheduleScan(options.settleMs);
        return;
      }
    }
    await journal.set({
      path: rel,
      size: file.size,
      mtimeMs: file.mtimeMs,
      sha256: null,
      status: 'extracting',
    });
    const screened = await screener.screenFile(file, bytes);
    const ok = screened.items.length === 0 || screened.items.some((i) => i.extraction.ok);
    const items: ItemRef[] = screened.items.map((i) => ({
      file: i.file,
      sha256: i.sha256,
      ...(!i.extraction.ok && !i.cached ? { failure: i.extraction } : {}),
    }));
    await journal.set({
      path: rel,
      size: file.size,
      mtimeMs: file.mtimeMs,
      sha256: screened.sha256,
      status: ok ? 'done' : 'failed',
      items,
    });
    // Scored now (by the worker that read it, most often), so that only its place in the spill file
    // waits for the next writing of the outputs, not its text.
    for (const item of screened.items) await keepScored(item);
    results.set(rel, screened.items);
    changed();
    if (options.verbose) {
      for (const i of screened.items) {
        note(
          (i.extraction.ok
            ? `read ${i.file}`
            : `could not read ${i.file}: ${i.extraction.status} (${i.extraction.message})`) +
            (i.reused ? ' (from cache)' : ''),
        );
      }
    }
  }

  function changed(): void {
    if (!dirty) dirtySince = Date.now();
    dirty = true;
    lastChange = Date.now();
  }

  // ------------------------------------------------------------------ writing the outputs
  function flush(): Promise<void> {
    flushing ??= (async () => {
      dirty = false;
      const start = (lastFlushStart = Date.now());
      try {
        // A new profile or job, or a spill file grown with garbage: a fresh spill file, every CV kept
        // again there (its records of the old one are garbage).
        const slack = options.spillSlackBytes ?? SPILL_SLACK_BYTES;
        const fresh = spillCtx !== ctx || spill.size() > 2 * spillStart + slack;
        if (fresh) {
          retired.push(spill);
          spill = openSpill(join(stateDir, 'work'), { keepInMemory: options.keepInMemory });
          spillCtx = ctx;
        }
        // Readings and assessments from the spill file, the disk cache (a restart scores nothing
        // twice) or the workers (after a change of profile or job, every CV is scored again there,
        // several at once, its text read again from the cache).
        const items = [...results.values()].flat();
        const scoring = pLimit(Math.max(2, options.concurrency * 2));
        const gone = new Set<ScreenedItem>();
        await Promise.all(
          items.map((item) =>
            scoring(async () => {
              if (!(await keepScored(item))) gone.add(item);
            }),
          ),
        );
        if (fresh) spillStart = spill.size();
        if (gone.size > 0) {
          // Its text no longer in the cache (deleted by hand): the file is read again, not lost.
          for (const [rel, fileItems] of results) if (fileItems.some((i) => gone.has(i))) results.delete(rel);
          const n = gone.size;
          note(`${n} CV${n === 1 ? '' : 's'} must be read again: their text is no longer in the cache`);
          scheduleScan(0);
        }
        const next = buildRanking({
          items: items.filter((i) => !gone.has(i)),
          skipped,
          ctx,
          startedAt: new Date().toISOString(),
          input: options.input,
          jd: options.jd,
        });
        written = (await writeRanking(next, out, options.templatesDir)).length;
        ranking = next;
        lastFlushMs = Date.now() - start;
        for (const store of retired.splice(0)) store.close();
        lastUpdate = new Date();
        await journal.compactIfLarge();
        await pruneArchiveDir(archiveDir, results);
      } catch (error) {
        changed();
        note(`Could not write the outputs: ${(error as Error).message}`);
      }
    })().finally(() => {
      flushing = null;
      report();
      scheduleFlush();
    });
    return flushing;
  }

  // ------------------------------------------------------------------ profile and job
  let checkingContext: Promise<void> | null = null;
  function checkContext(): Promise<void> {
    checkingContext ??= (async () => {
      try {
        const next = await prepareRun(options);
        const key = contextKey(next);
        if (key !== ctxKey) {
          ctx = next;
          ctxKey = key;
          noted.delete('ctx-error');
          note('The profile, job description or date changed: re-scoring every CV from the cache');
          changed();
          scheduleFlush();
        }
      } catch (error) {
        const message = `${(error as Error).message}; still scoring with the previous version`;
        if (!noted.has(`ctx:${message}`)) note(message);
        noted.add(`ctx:${message}`);
      }
    })().finally(() => {
      checkingContext = null;
    });
    return checkingContext;
  }

  // ------------------------------------------------------------------ start
  const watchers: FSWatcher[] = [];
  let pollTimer: NodeJS.Timeout | null = null;
  const onEvent = () => scheduleScan(Math.min(options.debounceMs, options.settleMs));
  try {
    report();
    await scan();
    const folderWatcher = chokidarWatch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (path: string) => path !== root && (isIgnoredName(basename(path)) || isOutput(path)),
    });
    folderWatcher.on('all', onEvent);
    folderWatcher.on('error', (error) =>
      note(
        `Watcher: ${(error as Error).message}; the folder is still looked at every ${options.pollMs / 1000} s`,
      ),
    );
    watchers.push(folderWatcher);
    const settingsFiles = [
      resolveProfilePath(options.profile ?? 'default'),
      ...(options.jd ? [resolve(options.jd)] : []),
    ];
    const settingsWatcher = chokidarWatch(settingsFiles, { ignoreInitial: true });
    settingsWatcher.on('all', () => setTimeout(() => void checkContext(), options.debounceMs));
    settingsWatcher.on('error', () => undefined);
    watchers.push(settingsWatcher);
    started = true;
    pollTimer = setInterval(() => {
      void scan();
      void checkContext();
    }, options.pollMs);
    scheduleFlush();

    await new Promise<void>((done) => {
      if (options.signal.aborted) done();
      else options.signal.addEventListener('abort', () => done(), { once: true });
    });
  } finally {
    // Stop looking, finish the files in hand (queued ones stay queued in the journal for next
    // time), write the outputs once more, and let go of everything.
    stopping = true;
    report();
    if (pollTimer) clearInterval(pollTimer);
    if (scanTimer) clearTimeout(scanTimer);
    if (flushTimer) clearTimeout(flushTimer);
    await Promise.all(watchers.map((w) => w.close()));
    await scanning;
    await Promise.all(inHand.values());
    await checkingContext;
    await flushing;
    if (dirty || !ranking) await flush();
    if (flushTimer) clearTimeout(flushTimer);
    await journal.close();
    await screener.close();
    await releaseLock();
    report();
  }
  return { ranking, written };
}

function contextKey(ctx: RunContext): string {
  return `${ctx.profile.sha256}|${ctx.job.sha256 ?? ''}|${ctx.asOf}`;
}

/** The outcome of each item: inline for failures, from the cache otherwise; null when any is missing. */
async function loadItems(refs: ItemRef[], cache: ExtractionCache): Promise<ScreenedItem[] | null> {
  const items: ScreenedItem[] = [];
  for (const ref of refs) {
    if (ref.failure) {
      items.push({ file: ref.file, sha256: ref.sha256, extraction: ref.failure, cached: false });
      continue;
    }
    if (!ref.sha256) return null;
    const extraction = await cache.get(ref.sha256, ref.file);
    if (!extraction) return null;
    items.push({ file: ref.file, sha256: ref.sha256, extraction, cached: true });
  }
  return items;
}

/** Members of archives no longer in the folder are deleted from the state folder. */
async function pruneArchiveDir(dir: string, results: Map<string, ScreenedItem[]>): Promise<void> {
  const keep = new Set<string>();
  for (const items of results.values()) for (const i of items) if (i.sha256) keep.add(i.sha256);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const hash = /^([0-9a-f]{64})\.[a-z]+$/.exec(name)?.[1];
    if (hash && !keep.has(hash)) await rm(join(dir, name), { force: true });
  }
}

/**
 * One watcher per output folder: a second would interleave the journal. The lock holds our process
 * id; a lock whose process is gone (kill -9, a reboot) is taken over.
 */
async function acquireLock(stateDir: string): Promise<() => Promise<void>> {
  const file = join(stateDir, 'watch.lock');
  const token = `${process.pid} ${randomUUID()}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(token);
      await handle.close();
      return async () => {
        const held = await readFile(file, 'utf8').catch(() => '');
        if (held === token) await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).split(' ')[0]);
      if (pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new RunError(
          `Another shortlist watch (process ${pid}) is writing to ${stateDir}; stop it first or use another --out`,
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new RunError(`Could not lock ${stateDir}`);
}
