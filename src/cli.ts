#!/usr/bin/env node
import { tuneV8 } from './cli/v8-flags.js';

// Before any other module is loaded, in every thread: see cli/v8-flags.ts. Loading the rest of the
// tool runs Node's own module loader hundreds of times, enough on some machines for V8 to compile
// parts of it with its defaults, so the rest is imported only after the flags are set.
tuneV8();

const { main } = await import('./cli/program.js');

// Output piped into a program that stops reading (`shortlist run ... | head`): stop quietly, as
// other command-line tools do, instead of a stack trace. The outputs are written before the summary.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
