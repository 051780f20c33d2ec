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

/** This module's tree (src/ or dist/). */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * A sha256 over files (each name and its bytes), in the order given: every code or data file under
 * a folder, or a single file of this tree where it exists (a .ts name under src/, .js under dist/).
 */
type Part = { folder: string; label: string } | { file: string };
function hashFiles(parts: Part[]): string {
  const hash = createHash('sha256');
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
  for (const part of parts) {
    if ('folder' in part) {
      walk(part.folder, part.label);
      continue;
    }
    try {
      add(join(ROOT, part.file), part.file);
    } catch {
      // the other tree's file name (.ts under dist/, .js under src/)
    }
  }
  return hash.digest('hex');
}

/**
 * A sha256 over the scoring code's files (their names and bytes) and data/*.json. Computed once per
 * process, from whichever tree is running (dist/ for the CLI, src/ under tsx): ~80 small files, a
 * few milliseconds.
 */
export function codeVersion(): string {
  memo ??= hashFiles([
    ...CODE_DIRS.map((dir) => ({ folder: join(ROOT, dir), label: dir })),
    ...CODE_FILES.map((file) => ({ file })),
    { folder: fileURLToPath(new URL('../../data/', import.meta.url)), label: 'data' },
    { folder: fileURLToPath(new URL('../../profiles/', import.meta.url)), label: 'profiles' },
  ]);
  return memo;
}

let outputMemo: string | null = null;

/**
 * A sha256 over the code that writes the outputs (output/, pipeline/, cli/ and the lazy-field
 * helpers): part of a run's fingerprint, not of the caches' keys, so that a run after an update to
 * the writers writes the outputs again even when no reading or score changed.
 */
export function outputCodeVersion(): string {
  outputMemo ??= hashFiles([
    ...['output', 'pipeline', 'cli'].map((dir) => ({ folder: join(ROOT, dir), label: dir })),
    { file: 'lazy.ts' },
    { file: 'lazy.js' },
  ]);
  return outputMemo;
}
