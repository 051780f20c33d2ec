// Screening one file: size check, read, hash, then the extraction from the cache or from a worker.
// An archive gives one item per member. Shared by `run` (a list of files) and `watch` (one at a time).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import pLimit from 'p-limit';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from '../extract/index.js';
import { formatFromExtension } from '../extract/sniff.js';
import type { ExtractedDocument, Extraction, ExtractionFailure } from '../model.js';
import { writeFileAtomic } from '../output/atomic.js';
import { DEFAULT_ARCHIVE_LIMITS, expandArchive, isArchiveName, type ArchiveLimits } from './archive.js';
import { isCacheable, keyHint, type ExtractionCache } from './cache.js';
import { createExtractionPool, type ExtractionPool } from './pool.js';
import type { ScoreSpec, TextScore } from './score-text.js';

/** One thing that is ranked or listed as a failure: a file, or a member of an archive. */
export interface ScreenedItem {
  /** What outputs show: the path relative to the folder, or `archive.zip/inner/path.pdf`. */
  file: string;
  sha256: string | null;
  extraction: Extraction;
  /** Whether this outcome can be found again in the cache by `sha256` and `file`. */
  cached: boolean;
  /** Whether it came from the cache (or from the same bytes being read at the same time). */
  reused?: boolean;
  /** Milliseconds a worker spent reading it; absent when it was not read by a worker. */
  readMs?: number;
  /**
   * Its readings and assessments, by context key, when the worker that read it also scored it
   * (ScreenerOptions.scoreSpecs): taken by scoreItem, then dropped.
   */
  scores?: Record<string, TextScore> | undefined;
}

interface Extracted {
  extraction: Extraction;
  cached: boolean;
  reused: boolean;
  readMs?: number;
  scores?: Record<string, TextScore> | undefined;
}

export interface ScreenedFile {
  /** Of the file's bytes (the archive's, for an archive); null when it was not read. */
  sha256: string | null;
  items: ScreenedItem[];
}

export interface ScreenerOptions {
  concurrency: number;
  timeoutMs: number;
  maxFileBytes: number;
  /** Heap cap of each worker in MB (default 512); a file that needs more becomes `too-large`. */
  maxMemoryMb?: number | undefined;
  cache: ExtractionCache;
  /** Where members of archives are written, named by their hash; null keeps them in memory only. */
  archiveDir: string | null;
  archiveLimits?: Omit<ArchiveLimits, 'maxEntryBytes'>;
  /** Page, zip-entry and size limits of the readers; DEFAULT_EXTRACT_LIMITS when absent. */
  extractLimits?: ExtractLimits | undefined;
  /**
   * The contexts a worker reads and scores each text under, as it reads the file (under its time
   * limit), at the time the file is handed over; none when absent.
   */
  scoreSpecs?: (() => ScoreSpec[]) | undefined;
}

export interface ScreenStats {
  /** Files read by a worker. */
  extracted: number;
  /** Files whose extraction came from the cache. */
  fromCache: number;
}

export interface Screener {
  /**
   * Screens the file at `path` (shown as `relativePath`). `bytes`, when given, are its content
   * already read by the caller (watch reads them to check the file stopped changing).
   */
  screenFile(
    file: { path: string; relativePath: string; size: number },
    bytes?: Buffer,
  ): Promise<ScreenedFile>;
  /**
   * Reads and scores a text extracted earlier (from the cache) in a worker of the pool, in turn with
   * the files, under a file's time limit: the results by context key, or the failure that stopped it.
   */
  score(
    name: string,
    extraction: ExtractedDocument,
    specs: ScoreSpec[],
  ): Promise<Record<string, TextScore> | ExtractionFailure>;
  readonly stats: ScreenStats;
  close(): Promise<void>;
}

/** Files up to this size are read with one synchronous call (see screenFile). */
const SYNC_READ_BYTES = 2 * 1024 * 1024;

/** Heap cap of each extraction worker, in MB, when none is given (`--max-memory`). */
export const DEFAULT_MAX_MEMORY_MB = 512;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createScreener(options: ScreenerOptions): Screener {
  // Started on the first cache miss: a run whose every file is cached starts no worker at all.
  let pool: ExtractionPool | null = null;
  const startPool = (): ExtractionPool =>
    (pool ??= createExtractionPool({
      concurrency: options.concurrency,
      timeoutMs: options.timeoutMs,
      maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB,
      limits: options.extractLimits ?? DEFAULT_EXTRACT_LIMITS,
    }));
  // At most `concurrency` files in the workers at once: a file's time limit starts when it is handed
  // to the pool, so it must not wait there behind others. Callers may read and hash further ahead.
  const extractLimit = pLimit(Math.max(1, options.concurrency));
  const stats: ScreenStats = { extracted: 0, fromCache: 0 };
  // The same content arriving twice at once (a copy and its original) is read once.
  const inFlight = new Map<string, Promise<Extracted>>();

  async function extract(hash: string, name: string, bytes: Buffer): Promise<Extracted> {
    const key = `${hash}:${keyHint(name)}`;
    const joined = inFlight.get(key);
    if (joined) {
      const { readMs: _shared, ...result } = await joined;
      return { ...result, reused: true };
    }
    const pending = (async (): Promise<Extracted> => {
      const hit = await options.cache.get(hash, name);
      if (hit) {
        stats.fromCache++;
        return { extraction: hit, cached: true, reused: true };
      }
      const specs = options.scoreSpecs?.();
      const { extraction, ms, scores } = await extractLimit(() =>
        startPool().extractTimed(basename(name), bytes, specs),
      );
      stats.extracted++;
      let cached = false;
      if (isCacheable(extraction)) {
        cached = await options.cache.put(hash, name, extraction).then(
          () => true,
          () => false, // a full disk costs a re-read next time, not the file
        );
      }
      return {
        extraction,
        cached,
        reused: false,
        ...(ms === null ? {} : { readMs: ms }),
        ...(scores ? { scores } : {}),
      };
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
    return pending;
  }

  async function screenFile(
    file: { path: string; relativePath: string; size: number },
    given?: Buffer,
  ): Promise<ScreenedFile> {
    const rel = file.relativePath;
    const failed = (failure: ExtractionFailure, hash: string | null = null): ScreenedFile => ({
      sha256: hash,
      items: [{ file: rel, sha256: hash, extraction: failure, cached: false }],
    });
    const archive = isArchiveName(rel);
    const limits = {
      ...DEFAULT_ARCHIVE_LIMITS,
      ...options.archiveLimits,
      maxEntryBytes: options.maxFileBytes,
    };
    const maxBytes = archive ? limits.maxArchiveBytes : options.maxFileBytes;
    if (file.size > maxBytes) {
      return failed({
        ok: false,
        status: 'too-large',
        message: `${(file.size / 1048576).toFixed(1)} MB, over the ${Math.round(maxBytes / 1048576)} MB limit`,
      });
    }
    let bytes: Buffer;
    try {
      // A CV of a few hundred KB is read in one synchronous call: the four asynchronous calls of
      // readFile each wait their turn while the workers keep both cores busy, which cost the main
      // thread about a millisecond per file. Large files (archives) are read asynchronously.
      bytes = given ?? (file.size <= SYNC_READ_BYTES ? readFileSync(file.path) : await readFile(file.path));
    } catch (error) {
      return failed({
        ok: false,
        status: 'malformed',
        message: `The file cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
    const hash = sha256(bytes);
    if (archive) {
      const expanded = expandArchive(bytes, rel, limits);
      if (expanded.kind === 'failed') return failed(expanded.failure, hash);
      if (expanded.kind === 'archive') {
        const items = await Promise.all(
          expanded.members.map(async (member): Promise<ScreenedItem> => {
            if (!member.bytes) {
              return { file: member.file, sha256: null, extraction: member.failure!, cached: false };
            }
            const memberHash = sha256(member.bytes);
            if (options.archiveDir) {
              // Named by content hash and a known extension only: the member's name never becomes a path.
              const ext = formatFromExtension(basename(member.file)) ?? 'bin';
              await writeFileAtomic(join(options.archiveDir, `${memberHash}.${ext}`), member.bytes);
            }
            const read = await extract(memberHash, member.file, member.bytes);
            return { file: member.file, sha256: memberHash, ...read };
          }),
        );
        return { sha256: hash, items };
      }
    }
    const read = await extract(hash, rel, bytes);
    return { sha256: hash, items: [{ file: rel, sha256: hash, ...read }] };
  }

  return {
    screenFile,
    score: (name, extraction, specs) =>
      extractLimit(() => startPool().score(basename(name), extraction, specs)),
    stats,
    close: async () => {
      await pool?.close();
    },
  };
}
