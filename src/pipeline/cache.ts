// The extraction cache: what a file's bytes turned into, kept on disk by content hash, so a second run
// over the same folder, a restart of `watch` or a change of profile never reads a CV twice.
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { formatFromExtension } from '../extract/sniff.js';
import type { Extraction, ParsedCv } from '../model.js';
import type { StoredAssessment } from '../score/evaluate.js';
import { makeFolders, writeFileAtomicSync } from '../output/atomic.js';

/** The state folder inside the output folder: cache, journal, expanded archives. Delete it to clear. */
export function stateDirOf(outDir: string): string {
  return join(outDir, '.shortlist');
}

export async function ensureStateDir(stateDir: string): Promise<void> {
  // CV text is personal data: the state folder is readable by its owner only (the output folder
  // above it keeps the usual permissions).
  await makeFolders(dirname(stateDir));
  await makeFolders(stateDir, 0o700);
}

export interface ExtractionCache {
  /** The cached extraction of these bytes read under this name, or null. */
  get(sha256: string, name: string): Promise<Extraction | null>;
  /**
   * Keeps an extraction. Timeouts and `too-large` are not kept: they depend on the machine's load or
   * on the limits of the run (--timeout, --max-pages, --max-memory, ...), not on the bytes alone.
   */
  put(sha256: string, name: string, extraction: Extraction): Promise<void>;
}

/** Whether an extraction depends on the bytes alone, and so may be kept (see ExtractionCache.put). */
export function isCacheable(extraction: Extraction): boolean {
  return extraction.ok || (extraction.status !== 'timeout' && extraction.status !== 'too-large');
}

/**
 * A cache entry as stored; null when it is missing or damaged (a miss: the next put replaces it).
 * Synchronous, like the writes (see writeFileAtomicSync).
 */
function readEntry<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** A cache that keeps nothing (`run --no-cache`). */
export const NO_CACHE: ExtractionCache = {
  get: async () => null,
  put: async () => undefined,
};

const SHA256 = /^[0-9a-f]{64}$/;
const VERSION_DIR = `extract-v${EXTRACTOR_VERSION}`;

/**
 * The key is the content hash, the extractor version and the format the name suggests: the same
 * bytes read as `.txt` and as `.md` give different extractions, and text named `.pdf` is a failure.
 */
export function keyHint(name: string): string {
  return formatFromExtension(basename(name)) ?? 'other';
}

interface CacheRecord {
  extractorVersion: number;
  sha256: string;
  hint: string;
  extraction: Extraction;
}

/**
 * Opens `<stateDir>/cache`, one JSON file per entry under `extract-v<EXTRACTOR_VERSION>/`. Folders of
 * other extractor versions can never be hit again and are removed.
 */
export async function openExtractionCache(stateDir: string): Promise<ExtractionCache> {
  const root = join(stateDir, 'cache');
  await ensureStateDir(stateDir);
  await mkdir(join(root, VERSION_DIR), { recursive: true, mode: 0o700 });
  for (const entry of await readdir(root)) {
    if (/^extract-v\d+$/.test(entry) && entry !== VERSION_DIR) {
      await rm(join(root, entry), { recursive: true, force: true });
    }
  }
  const pathOf = (sha256: string, hint: string): string =>
    join(root, VERSION_DIR, sha256.slice(0, 2), `${sha256}.${hint}.json`);

  return {
    async get(sha256, name) {
      if (!SHA256.test(sha256)) return null;
      const hint = keyHint(name);
      const record = readEntry<CacheRecord>(pathOf(sha256, hint));
      return record &&
        record.extractorVersion === EXTRACTOR_VERSION &&
        record.sha256 === sha256 &&
        record.hint === hint &&
        typeof record.extraction?.ok === 'boolean'
        ? record.extraction
        : null;
    },
    async put(sha256, name, extraction) {
      if (!SHA256.test(sha256)) return;
      if (!isCacheable(extraction)) return;
      const hint = keyHint(name);
      const record: CacheRecord = { extractorVersion: EXTRACTOR_VERSION, sha256, hint, extraction };
      writeFileAtomicSync(pathOf(sha256, hint), JSON.stringify(record));
    },
  };
}

/**
 * What a CV's text turned into under one context: the reading, and the assessment when it is a CV,
 * packed (packAssessment: without what the profile gives again; unpackAssessment restores it).
 */
export interface AssessedRecord {
  cv: ParsedCv;
  assessment?: StoredAssessment | undefined;
}

/**
 * Readings and assessments kept on disk, so that a re-run (or a restart of `watch`) with the same
 * profile, job, month and code scores no CV twice. `contextKey` names all of those at once (see
 * run.ts); entries are found by content hash and the format the name suggests, like extractions.
 */
export interface AssessmentCache {
  get(contextKey: string, sha256: string, name: string): Promise<AssessedRecord | null>;
  put(contextKey: string, sha256: string, name: string, record: AssessedRecord): Promise<void>;
  /**
   * The same for a record given as its JSON (`JSON.stringify(record)`), as text or as UTF-8 bytes,
   * written as it is.
   */
  putText(contextKey: string, sha256: string, name: string, json: string | Uint8Array): Promise<void>;
}

export const NO_ASSESSMENT_CACHE: AssessmentCache = {
  get: async () => null,
  put: async () => undefined,
  putText: async () => undefined,
};

/** Contexts (profile, job, month, code) whose assessments are kept; older ones are removed. */
const KEPT_CONTEXTS = 4;
const CONTEXT_KEY = /^[0-9a-f]{64}$/;

const CLOSE = Buffer.from('}', 'utf8');

interface AssessedCacheRecord {
  contextKey: string;
  sha256: string;
  hint: string;
  record: AssessedRecord;
}

/**
 * Opens `<stateDir>/cache/assess/<contextKey prefix>/`. The folders of the KEPT_CONTEXTS contexts used
 * most recently stay; the rest are removed when a new one is opened.
 */
export async function openAssessmentCache(stateDir: string): Promise<AssessmentCache> {
  const root = join(stateDir, 'cache', 'assess');
  await ensureStateDir(stateDir);
  await mkdir(root, { recursive: true, mode: 0o700 });
  const opened = new Set<string>();
  const dirOf = (contextKey: string) => join(root, contextKey.slice(0, 24));

  async function open(contextKey: string): Promise<void> {
    if (opened.has(contextKey)) return;
    opened.add(contextKey);
    const dir = dirOf(contextKey);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const now = new Date();
    await utimes(dir, now, now).catch(() => undefined);
    const others = await Promise.all(
      (await readdir(root)).map(async (name) => ({
        name,
        time: (await stat(join(root, name)).catch(() => null))?.mtimeMs ?? 0,
      })),
    );
    others.sort((a, b) => b.time - a.time);
    for (const old of others.slice(KEPT_CONTEXTS)) {
      if (join(root, old.name) !== dir) await rm(join(root, old.name), { recursive: true, force: true });
    }
  }

  const pathOf = (contextKey: string, sha256: string, hint: string): string =>
    join(dirOf(contextKey), sha256.slice(0, 2), `${sha256}.${hint}.json`);

  return {
    async get(contextKey, sha256, name) {
      if (!SHA256.test(sha256) || !CONTEXT_KEY.test(contextKey)) return null;
      await open(contextKey);
      const hint = keyHint(name);
      const entry = readEntry<AssessedCacheRecord>(pathOf(contextKey, sha256, hint));
      return entry &&
        entry.contextKey === contextKey &&
        entry.sha256 === sha256 &&
        entry.hint === hint &&
        typeof entry.record?.cv?.kind === 'string'
        ? entry.record
        : null;
    },
    async put(contextKey, sha256, name, record) {
      await putText(contextKey, sha256, name, JSON.stringify(record));
    },
    putText,
  };

  async function putText(
    contextKey: string,
    sha256: string,
    name: string,
    json: string | Uint8Array,
  ): Promise<void> {
    if (!SHA256.test(sha256) || !CONTEXT_KEY.test(contextKey)) return;
    await open(contextKey);
    const hint = keyHint(name);
    // JSON.stringify of an AssessedCacheRecord, with the record's own JSON spliced in.
    const head = JSON.stringify({ contextKey, sha256, hint } satisfies Omit<AssessedCacheRecord, 'record'>);
    const record = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
    const before = Buffer.from(`${head.slice(0, -1)},"record":`, 'utf8');
    writeFileAtomicSync(pathOf(contextKey, sha256, hint), Buffer.concat([before, record, CLOSE]));
  }
}
