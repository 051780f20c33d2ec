// The errors the command line reports in one line (exit code 1), in a module of their own so that
// the main thread can tell them apart without loading the pipeline (see cli/run-thread.ts).

/** A problem that stops the run before it starts (no such folder, bad profile): exit non-zero. */
export class RunError extends Error {
  override name = 'RunError';
}

/** A profile that cannot be found, read or checked. */
export class ProfileError extends Error {
  override name = 'ProfileError';
}
