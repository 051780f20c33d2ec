// The extraction cache: what a file's bytes turned into, kept on disk by content hash, so a second run
// over the same folder, a restart of `watch` or a change of profile never reads a CV twice.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { formatFromExtension } from '../extract/sniff.js';
import type { Extraction } from '../model.js';
import { writeFileAtomic } from '../output/atomic.js';

/** The state folder inside the output folder: cache, journal, expanded archives. Delete it to clear. */
export function stateDirOf(outDir: string): string {
  return join(outDir, '.shortlist');
}

export async function ensureStateDir(stateDir: string): Promise<void> {
  // CV text is personal data: the state folder is readable by its owner only (the output folder
  // above it keeps the usual permissions).
  await mkdir(dirname(stateDir), { recursive: true });
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
}

export interface ExtractionCache {
  /** The cached extraction of these bytes read under this name, or null. */
  get(sha256: string, name: string): Promise<Extraction | null>;
  /** Keeps an extraction; timeouts are not kept (they depend on the machine's load, not the bytes). */
  put(sha256: string, name: string, extraction: Extraction): Promise<void>;
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
      const text = await readFile(pathOf(sha256, hint), 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        const record = JSON.parse(text) as CacheRecord;
        if (
          record.extractorVersion !== EXTRACTOR_VERSION ||
          record.sha256 !== sha256 ||
          record.hint !== hint ||
          typeof record.extraction?.ok !== 'boolean'
        ) {
          return null;
        }
        return record.extraction;
      } catch {
        return null; // a damaged entry is a miss; the next put replaces it
      }
    },
    async put(sha256, name, extraction) {
      if (!SHA256.test(sha256)) return;
      if (!extraction.ok && extraction.status === 'timeout') return;
      const hint = keyHint(name);
      const record: CacheRecord = { extractorVersion: EXTRACTOR_VERSION, sha256, hint, extraction };
      await writeFileAtomic(pathOf(sha256, hint), JSON.stringify(record));
    },
  };
}
