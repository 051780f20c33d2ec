// The journal of `watch`: each file's state, appended line by line to `<state>/journal.jsonl` so that a
// kill -9 loses at most the line being written. On open it is replayed and rewritten compactly.
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractionFailure } from '../model.js';
import { writeFileAtomic } from '../output/atomic.js';
import { ensureStateDir } from './cache.js';

export type FileStatus = 'queued' | 'extracting' | 'done' | 'failed';

/** One screened item of a file: the file itself, or each member of an archive. */
export interface ItemRef {
  /** What outputs show: the relative path, or `archive.zip/inner/path.pdf`. */
  file: string;
  sha256: string | null;
  /**
   * Set when the outcome is not in the extraction cache (no bytes read, a timeout, an archive entry
   * that could not be opened); otherwise the extraction is looked up by `sha256` and `file`.
   */
  failure?: ExtractionFailure;
}

export interface JournalEntry {
  /** Path relative to the watched folder, forward slashes. */
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string | null;
  status: FileStatus;
  /** For `done` and `failed`: what the file gave. */
  items?: ItemRef[];
}

const HEADER = { journal: 'shortlist', version: 1 };

export class Journal {
  private handle: FileHandle | null = null;
  private chain: Promise<void> = Promise.resolve();
  private appended = 0;

  private constructor(
    private readonly file: string,
    private readonly state: Map<string, JournalEntry>,
  ) {}

  /**
   * Replays the journal (a torn last line from a crash is skipped), then rewrites it as one line per
   * file. A journal of another format version is started afresh: the cache still saves the work.
   */
  static async open(stateDir: string): Promise<Journal> {
    await ensureStateDir(stateDir);
    const file = join(stateDir, 'journal.jsonl');
    const state = new Map<string, JournalEntry>();
    const text = await readFile(file, 'utf8').catch(() => '');
    const lines = text.split('\n');
    let header: unknown = null;
    try {
      header = JSON.parse(lines[0] ?? '');
    } catch {
      header = null;
    }
    const known =
      (header as typeof HEADER | null)?.journal === HEADER.journal &&
      (header as typeof HEADER).version === HEADER.version;
    if (known) {
      for (const line of lines.slice(1)) {
        if (!line.trim()) continue;
        let record: (JournalEntry & { removed?: boolean }) | null = null;
        try {
          record = JSON.parse(line) as JournalEntry & { removed?: boolean };
        } catch {
          continue;
        }
        if (typeof record?.path !== 'string') continue;
        if (record.removed) state.delete(record.path);
        else state.set(record.path, record);
      }
    }
    const journal = new Journal(file, state);
    await journal.compact();
    return journal;
  }

  get(path: string): JournalEntry | undefined {
    return this.state.get(path);
  }

  entries(): JournalEntry[] {
    return [...this.state.values()];
  }

  get size(): number {
    return this.state.size;
  }

  /** Records a file's new state (in memory at once, on disk in order). */
  set(entry: JournalEntry): Promise<void> {
    this.state.set(entry.path, entry);
    return this.append(JSON.stringify(entry));
  }

  remove(path: string): Promise<void> {
    if (!this.state.delete(path)) return Promise.resolve();
    return this.append(JSON.stringify({ path, removed: true }));
  }

  /** Rewrites the journal as its current state when the appended history has grown past it. */
  async compactIfLarge(): Promise<void> {
    if (this.appended > 2 * this.state.size + 200) await this.compact();
  }

  async close(): Promise<void> {
    await this.chain;
    await this.handle?.close();
    this.handle = null;
  }

  private append(line: string): Promise<void> {
    this.appended++;
    return this.enqueue(async () => {
      this.handle ??= await open(this.file, 'a', 0o600);
      await this.handle.write(line + '\n');
    });
  }

  /** Disk writes one after another, in order; a failed write fails its caller, not the ones after. */
  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.chain.then(step);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private compact(): Promise<void> {
    return this.enqueue(async () => {
      const body = [HEADER, ...this.state.values()].map((r) => JSON.stringify(r)).join('\n') + '\n';
      await writeFileAtomic(this.file, body);
      // The old handle points at the file the rename replaced.
      await this.handle?.close();
      this.handle = null;
      this.appended = 0;
    });
  }
}
