// Scored candidates kept on disk, not in memory, until the outputs are written: a run over 10,000
// CVs would otherwise hold every reading and assessment (with all their evidence) at once. The
// first KEEP_IN_MEMORY are held; for the rest, the ranking holds small candidate objects whose `cv`
// and `assessment` are read back from the spill file when a writer asks for them, and are garbage
// again once it has moved on.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { remembered } from '../lazy.js';

/** Where one record lies in the spill file, or the record itself when it is kept in memory. */
export type SpillRef = { at: number; length: number } | { value: unknown };

/**
 * How many records a store keeps in memory before it writes the rest to disk. A record held costs
 * memory: held as objects, a reading and assessment with its evidence takes several times its JSON
 * (9-11 KB for the bench's CVs as the assessment cache keeps them, its assessment packed; 17-24 KB
 * for them and the demo applicants before it was); 2,000 CVs with 500 held peaked at 327-330 MB,
 * against 295-300 MB with none held (records of 17-24 KB then). A record on disk costs
 * time instead: it is written once and read back about three times (the workbook's survey,
 * results.json, the reports), about 0.13 ms each (755 ms for 2,000 CVs in a CPU profile). So a
 * folder of up to this many CVs, the usual size, is held whole; a larger one holds this many and no
 * more, and its peak stays close to that of a run holding none.
 */
export const KEEP_IN_MEMORY = 100;

export interface SpillStore {
  /** Keeps a record (plain JSON data): in memory while the store has room, else on disk. */
  put(value: unknown): SpillRef;
  /** The same for a record given as its JSON, text or UTF-8 bytes: written as it is, parsed if held. */
  putText(json: string | Uint8Array): SpillRef;
  /**
   * Reads a record back: the record itself when held in memory, else a new copy on every call. Either
   * way, the caller must not change it.
   */
  get<T>(ref: SpillRef): T;
  /** Bytes written to the spill file so far (records held in memory not counted). */
  size(): number;
  /** Closes (and deletes) the spill file; reading afterwards throws. Safe to call twice. */
  close(): void;
}

/**
 * A spill file in a private folder under `dir` (`<out>/.shortlist/work`: CV text is personal data, so
 * it stays beside the outputs that already hold it, readable by its owner only). The file is deleted
 * as soon as it is open, so nothing is left on disk whatever happens to the process; it lives on
 * until closed, or until the store (and every candidate reading from it) is no longer used. Where an
 * open file cannot be deleted (Windows), it is deleted then instead, and folders left by a run that
 * was killed (its process gone) are removed when the next one starts.
 */
export function openSpill(dir: string, options: { keepInMemory?: number } = {}): SpillStore {
  const keep = options.keepInMemory ?? KEEP_IN_MEMORY;
  let kept = 0;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeOrphans(dir);
  const folder = mkdtempSync(join(dir, `spill-${process.pid}-`));
  const file = join(folder, 'records');
  const fd = openSync(file, 'w+', 0o600);
  const held = { fd, folder, open: true };
  try {
    unlinkSync(file);
    rmdirSync(folder);
    held.folder = '';
  } catch {
    // Deleted when closed.
  }
  let size = 0;
  // One buffer for every record written and read, grown as needed, instead of a fresh one of some
  // 9-24 KB for each write and each read (a spilled candidate is read back about three times).
  let scratch = Buffer.allocUnsafeSlow(64 * 1024);
  const room = (bytes: number): Buffer =>
    scratch.length >= bytes
      ? scratch
      : (scratch = Buffer.allocUnsafeSlow(Math.max(bytes, scratch.length * 2)));
  const write = (json: string | Uint8Array): SpillRef => {
    let bytes: Uint8Array;
    let length: number;
    if (typeof json === 'string') {
      bytes = room(Buffer.byteLength(json, 'utf8'));
      length = (bytes as Buffer).write(json, 'utf8');
    } else {
      bytes = json;
      length = json.byteLength;
    }
    let written = 0;
    while (written < length) {
      written += writeSync(fd, bytes, written, length - written, size + written);
    }
    const ref = { at: size, length };
    size += length;
    return ref;
  };
  const hold = (value: unknown): SpillRef => {
    kept++;
    return { value };
  };
  const store: SpillStore = {
    put: (value) => (kept < keep ? hold(value) : write(JSON.stringify(value))),
    putText: (json) => (kept < keep ? hold(parseJson(json)) : write(json)),
    get<T>(ref: SpillRef): T {
      if ('value' in ref) return ref.value as T;
      if (!held.open) throw new Error('The run is over: its spilled candidates are gone');
      const bytes = room(ref.length);
      let read = 0;
      while (read < ref.length) {
        const n = readSync(fd, bytes, read, ref.length - read, ref.at + read);
        if (n === 0) throw new Error('The spill file is shorter than expected');
        read += n;
      }
      return JSON.parse(bytes.toString('utf8', 0, ref.length)) as T;
    },
    size: () => size,
    close() {
      unused.unregister(store);
      release(held);
    },
  };
  unused.register(store, held, store);
  return store;
}

/** Parses JSON given as text or as UTF-8 bytes. */
export function parseJson(json: string | Uint8Array): unknown {
  if (typeof json === 'string') return JSON.parse(json);
  return JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'));
}

/** Closes (and where it is still there, deletes) a spill file once its store is no longer used. */
const unused = new FinalizationRegistry<{ fd: number; folder: string; open: boolean }>(release);

function release(held: { fd: number; folder: string; open: boolean }): void {
  if (!held.open) return;
  held.open = false;
  closeSync(held.fd);
  if (held.folder) rmSync(held.folder, { recursive: true, force: true });
}

function removeOrphans(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = /^spill-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || processAlive(Number(pid))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Whether a process with this id runs (one we may not signal still runs). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---------------------------------------------------------------- values worked out once per candidate

const STORE = Symbol('spill store');

/** Marks `target` as held in `store` (a hidden field: no output shows it; derive copies it). */
export function attachSpill<T extends object>(target: T, store: SpillStore): T {
  return Object.defineProperty(target, STORE, { value: store, enumerable: false, configurable: true });
}

/**
 * A value derived from `owner` (blind mode's redacted reading, say) that is worked out on its first
 * read only. When the owner is held in a spill store, the value is written there and read back
 * afterwards, so nothing is held; otherwise it is kept in memory, as the owner is.
 */
export function computedOnce<T>(owner: object, compute: () => T): () => T {
  const store = (owner as { [STORE]?: SpillStore })[STORE];
  if (!store) {
    let value: { v: T } | undefined;
    return () => (value ??= { v: compute() }).v;
  }
  let ref: SpillRef | undefined;
  const slot = {};
  return () =>
    remembered(slot, () => {
      if (ref) return store.get<T>(ref);
      const value = compute();
      ref = store.put(value);
      return value;
    });
}
