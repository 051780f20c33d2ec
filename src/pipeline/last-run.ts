// The record of the last complete run, kept in the state folder, so that running again over a folder
// where nothing changed (no file added, removed or touched; same profile, job, date, options and code)
// leaves the outputs as they are and says so, in well under a second.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../output/atomic.js';
import type { DiscoveredFile, SkippedFile } from './discover.js';

/** What the terminal shows after a run: counts, the top candidates and the first failures. */
export interface RunSummary {
  scored: number;
  failed: number;
  tiers: { shortlist: number; consider: number; reject: number };
  /** The first five candidates (blind mode: ids, no names or file names). */
  top: { rank: number; label: string; score: number; tier: string; file: string }[];
  /** The first ten failures. */
  failures: { file: string; status: string; message: string }[];
  /** Every output file written, the reports included. */
  outputs: number;
}

export interface LastRun {
  version: 1;
  fingerprint: string;
  runId: string;
  finishedAt: string;
  summary: RunSummary;
  /** Every output, relative to the output folder, as it was left: any change means a full run. */
  outputs: { path: string; size: number; mtimeMs: number }[];
}

const FILE = 'last-run.json';

/**
 * Everything a run's outputs depend on, as one hash: the settings (profile, job, date, options,
 * templates, code) and every input file's path, size, times and inode. Files are not re-read: a
 * file's content cannot change without changing its size, modification or status-change time.
 */
export function runFingerprint(settings: unknown, files: DiscoveredFile[], skipped: SkippedFile[]): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const f of files) {
    hash.update(`\n${f.relativePath}\0${f.size}\0${f.mtimeMs}\0${f.ctimeMs ?? ''}\0${f.ino ?? ''}`);
  }
  for (const s of skipped) hash.update(`\nskip:${s.relativePath}\0${s.reason}`);
  return hash.digest('hex');
}

/** A hash of every file under a folder (templates): names and bytes. */
export async function folderHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) {
        hash.update(`${relative(dir, path).split(sep).join('/')}\0`);
        hash.update(await readFile(path));
      }
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

export async function readLastRun(stateDir: string): Promise<LastRun | null> {
  try {
    const last = JSON.parse(await readFile(join(stateDir, FILE), 'utf8')) as LastRun;
    return last.version === 1 && typeof last.fingerprint === 'string' && Array.isArray(last.outputs)
      ? last
      : null;
  } catch {
    return null;
  }
}

/** Whether every output the last run left is still there, untouched (same size and time). */
export async function outputsIntact(outDir: string, last: LastRun): Promise<boolean> {
  const checks = await Promise.all(
    last.outputs.map(async (o) => {
      const info = await stat(join(outDir, o.path)).catch(() => null);
      return info !== null && info.isFile() && info.size === o.size && info.mtimeMs === o.mtimeMs;
    }),
  );
  return checks.every(Boolean);
}

/** Records a complete run: its fingerprint, summary and the state of every output it wrote. */
export async function writeLastRun(
  stateDir: string,
  outDir: string,
  record: Omit<LastRun, 'version' | 'outputs'>,
  written: string[],
): Promise<void> {
  const outputs = await Promise.all(
    written.map(async (path) => {
      const info = await stat(path);
      return { path: relative(outDir, path).split(sep).join('/'), size: info.size, mtimeMs: info.mtimeMs };
    }),
  );
  const last: LastRun = { version: 1, ...record, outputs };
  await writeFileAtomic(join(stateDir, FILE), JSON.stringify(last));
}
