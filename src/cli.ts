#!/usr/bin/env node
import { main } from './cli/program.js';
import { tuneV8 } from './cli/v8-flags.js';

// Before any work, in every thread: see cli/v8-flags.ts.
tuneV8();

// Output piped into a program that stops reading (`shortlist run ... | head`): stop quietly, as
// other command-line tools do, instead of a stack trace. The outputs are written before the summary.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
