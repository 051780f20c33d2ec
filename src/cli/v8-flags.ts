// How the command-line tool sets up V8, the JavaScript engine, for its own process: what a run
// spends compiling its code is a good part of what it spends at all, and one flag cuts it.
import { setFlagsFromString } from 'node:v8';

/**
 * Set for the whole process, every thread included, before any work: V8's optimizing compiler
 * (TurboFan) compiles each hot function alone, without copying the functions it calls into it.
 *
 * Each thread compiles its own code (two reading workers, the screening thread, a report writer),
 * and a run over a few thousand CVs ends before that work pays off: inlining makes the compiler's
 * graphs many times larger, and it took a fifth of a run's CPU time (Linux `perf` samples, 2,000
 * CVs). Runs alternated with and without the flag, `run --no-cache --concurrency 2` on 2 cores,
 * medians of user CPU time and wall time (see docs/performance.md): 400 CVs 5.87 s
 * against 6.59 s and 3.80 s against 4.18 s (six runs each); 2,000 CVs 15.87 s against 17.24 s and
 * 9.96 s against 10.99 s (five runs each); 10,000 CVs the same within noise (six runs each), with
 * a peak 5-10 MB lower. Results are the same either way: the flag only changes how V8 compiles, not
 * what the code does.
 */
export const V8_FLAGS: readonly string[] = ['--no-turbo-inlining'];

/** The V8 the flags were measured on, major.minor (every Node 20's). Other Nodes keep V8's own. */
export const TUNED_V8 = '11.3';

/** Leaves V8's defaults when set to 1 (to compare, or to rule the flags out). */
export const DEFAULTS_ENV = 'SHORTLIST_V8_DEFAULTS';

/**
 * Sets V8_FLAGS when V8 is the measured one and the environment does not ask for the defaults;
 * returns the flags set. A flag V8 does not know would print an error on every run, so a V8 of
 * another version, where it may be gone or mean something else, is left alone.
 */
export function tuneV8(
  v8Version: string = process.versions.v8,
  env: NodeJS.ProcessEnv = process.env,
  set: (flags: string) => void = setFlagsFromString,
): string[] {
  if (env[DEFAULTS_ENV] === '1') return [];
  if (v8Version.split('.').slice(0, 2).join('.') !== TUNED_V8) return [];
  for (const flag of V8_FLAGS) set(flag);
  return [...V8_FLAGS];
}
