import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXTRACT_LIMITS } from '../../src/extract/index.js';
import { NO_CACHE } from '../../src/pipeline/cache.js';
import { createScreener, type Screener } from '../../src/pipeline/screen.js';

// Drives the built CLI (npm test builds dist/ first) as a child process, the way a person would.
export const CLI = join(import.meta.dirname, '../../dist/cli.js');

/** A screener of 2 workers with the run's default limits, no cache and archives kept in memory. */
export const plainScreener = (): Screener =>
  createScreener({
    concurrency: 2,
    timeoutMs: 30_000,
    maxFileBytes: 20_000_000,
    cache: NO_CACHE,
    archiveDir: null,
    extractLimits: DEFAULT_EXTRACT_LIMITS,
  });

export const tmp = (prefix = 'shortlist-watch-'): string => mkdtempSync(join(tmpdir(), prefix));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

const FIRST = ['Alice', 'Bruno', 'Chen', 'Dana', 'Emeka', 'Freya', 'Goran', 'Hana', 'Ivan', 'Jada'];
const LAST = [
  'Abbott', 'Baker', 'Carver', 'Dalton', 'Ellis', 'Fowler', 'Garner', 'Hughes', 'Irwin', 'Jensen',
  'Keller', 'Lowry', 'Mercer', 'Norris', 'Oakley', 'Porter', 'Quinn', 'Rowe', 'Sutton', 'Turner',
]; // prettier-ignore

/** A small, distinct text CV: a name, an email, a dated role, education and skills. */
export function cvText(i: number, variant = ''): string {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  return `${first} ${last}
Backend Developer
Email: ${first.toLowerCase()}.${last.toLowerCase()}${variant}@example.com
Location: Leeds, UK

SUMMARY
Backend developer with ${3 + (i % 7)} years building Node.js services for logistics companies.

EXPERIENCE
Backend Developer — Northwind ${last} Ltd, Leeds
Jan 2021 – Present
- Built Node.js APIs used by ${100 + i} customers and cut response times by ${10 + (i % 50)}%.
- Ran PostgreSQL migrations with no downtime across ${2 + (i % 9)} services${variant ? ` (${variant})` : ''}.

EDUCATION
BSc Computer Science, University of Leeds, 2016

SKILLS
Node.js, TypeScript, PostgreSQL, Docker
`;
}

export interface Watch {
  proc: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  log(): string;
  /** Resolves as soon as the output matches (checked on every chunk, not by polling). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** `shortlist watch` with short intervals: 100 ms debounce, 300 ms settle, 1 s rescan. */
export function startWatch(dir: string, out: string, extra: string[] = []): Watch {
  const proc = spawn(
    process.execPath,
    [
      CLI,
      'watch',
      dir,
      '--out',
      out,
      '--debounce',
      '100',
      '--settle',
      '300',
      '--poll',
      '1',
      '--verbose',
      '--as-of',
      '2026-11-22',
      ...extra,
    ],
    { env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(proc);
  let log = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (d: Buffer) => {
    log += d.toString();
    for (const w of [...waiters]) {
      if (w.pattern.test(log)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  const waitFor = (pattern: RegExp, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      if (pattern.test(log)) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${pattern}\n${log.slice(-3000)}`)),
        timeoutMs,
      );
      waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
    });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => {
      running.delete(proc);
      resolve({ code, signal });
    }),
  );
  return { proc, log: () => log, waitFor, exited };
}

/** Kills whatever a failed test left running. */
export function killAll(): void {
  for (const proc of running) proc.kill('SIGKILL');
}

/** Files the log says were read by a worker (not from the cache). */
export function readByWorker(log: string): string[] {
  return [...log.matchAll(/^read (.+?)$/gm)].map((m) => m[1]!).filter((f) => !f.endsWith(' (from cache)'));
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Results = any;

export function readResults(out: string): Results | null {
  try {
    return JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  } catch {
    return null;
  }
}

export async function until<T>(
  what: string,
  probe: () => T | null | undefined | false,
  timeoutMs = 20_000,
  context: () => string = () => '',
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${context().slice(-3000)}`);
    await sleep(100);
  }
}

export const candidateFiles = (r: Results): string[] => r.candidates.map((c: any) => c.file).sort();

/** Waits until results.json ranks exactly these files, each once, and returns it. */
export function untilRanked(
  out: string,
  files: string[],
  watch?: Watch,
  timeoutMs = 20_000,
): Promise<Results> {
  const want = JSON.stringify([...files].sort());
  return until(
    `results.json to rank exactly ${files.length} files`,
    () => {
      const r = readResults(out);
      return r && JSON.stringify(candidateFiles(r)) === want ? r : null;
    },
    timeoutMs,
    () => {
      const r = readResults(out);
      return `ranked: ${r ? JSON.stringify(candidateFiles(r)).slice(0, 1500) : 'no results.json'}\nlog:\n${watch?.log() ?? ''}`;
    },
  );
}
