// What the code that turns text into scores looks like right now, as one hash: the key of every cache
// that holds readings or assessments. Any change to the parser, the criteria, the job reader, the
// profile loader or the shipped data gives a new hash, so nothing worked out by older code is reused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders beside this module's folder (src/ or dist/) whose code decides a reading or a score. */
const CODE_DIRS = ['parse', 'score', 'job', 'profile', 'extract'];
/** Files beside this module's folder that do too. */
const CODE_FILES = ['data.ts', 'data.js', 'model.ts', 'model.js'];

let memo: string | null = null;

/**
 * A sha256 over the scoring code's files (their names and bytes) and data/*.json. Computed once per
 * process, from whichever tree is running (dist/ for the CLI, src/ under tsx): ~80 small files, a
 * few milliseconds.
 */
export function codeVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../', import.meta.url));
  const add = (path: string, label: string) => {
    hash.update(`${label}\0`);
    hash.update(readFileSync(path));
    hash.update('\0');
  };
  const walk = (dir: string, label: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${label}/${name}`);
      else if (/\.(?:[cm]?js|ts|json|ya?ml)$/.test(name) && !/\.d\.ts$|\.map$/.test(name))
        add(path, `${label}/${name}`);
    }
  };
  for (const dir of CODE_DIRS) walk(join(root, dir), dir);
  for (const name of CODE_FILES) {
    try {
      add(join(root, name), name);
    } catch {
      // the other tree's file name (.ts under dist/, .js under src/)
    }
  }
  walk(fileURLToPath(new URL('../../data/', import.meta.url)), 'data');
  walk(fileURLToPath(new URL('../../profiles/', import.meta.url)), 'profiles');
  memo = hash.digest('hex');
  return memo;
}

let outputMemo: string | null = null;

/**
 * A sha256 over the code that writes the outputs (output/, pipeline/ and the lazy-field helpers):
 * part of a run's fingerprint, not of the caches' keys, so that a run after an update to the writers
 * writes the outputs again even when no reading or score changed.
 */
export function outputCodeVersion(): string {
  if (outputMemo) return outputMemo;
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../', import.meta.url));
  for (const dir of ['output', 'pipeline', 'cli']) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(?:[cm]?js|ts)$/.test(name) || /\.d\.ts$/.test(name)) continue;
      hash.update(`${dir}/${name}\0`);
      hash.update(readFileSync(join(root, dir, name)));
      hash.update('\0');
    }
  }
  for (const name of ['lazy.ts', 'lazy.js']) {
    try {
      hash.update(readFileSync(join(root, name)));
    } catch {
      // the other tree's file name
    }
  }
  outputMemo = hash.digest('hex');
  return outputMemo;
}
