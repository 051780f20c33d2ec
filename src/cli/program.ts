import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { RunSummary } from '../pipeline/last-run.js';
import type { RunOptions } from '../pipeline/run.js';
// Only what every command needs is loaded here: `run` and `watch` load the pipeline in their own
// thread (run-thread.ts), the other commands when they start.
import { ProfileError, RunError } from '../errors.js';
import { TOOL } from '../tool.js';
import { writeFileAtomic } from '../output/atomic.js';
import { progressReporter } from './progress.js';
import { runInThread, watchInThread } from './run-thread.js';
import { watchStatusReporter } from './watch-status.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number above 0');
  return n;
}

function memoryMb(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 32)
    throw new InvalidArgumentError('expected a whole number of MB, at least 32');
  return n;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}

export function buildProgram(): Command {
  const program = new Command()
    .name('shortlist')
    .description('Screen a folder of CVs against a role profile and a job description, on your own machine.')
    .version(TOOL.version)
    .showHelpAfterError('(run "shortlist --help" for usage)');

  const run = program
    .command('run')
    .description('screen every CV in a folder and write the ranking and reports')
    .argument(
      '<folder>',
      'folder of CVs (.pdf, .docx, .doc, .odt, .rtf, .html, .txt, .md), read recursively',
    );
  screeningOptions(run)
    .option('--no-cache', 'read every file again and keep nothing in <out>/.shortlist/')
    .option('--timings <file>', 'write how long each file took (read, then scored) to this JSON file')
    .action(async (folder: string, opts: RunCliOptions) => {
      const progress = progressReporter();
      const result = await runInThread(
        { ...runOptions(folder, opts), cache: opts.cache },
        { onProgress: (p) => progress.update(p) },
      );
      progress.finish();
      if (opts.timings) {
        const { files, ...quantiles } = result.timings;
        await writeFileAtomic(opts.timings, JSON.stringify({ ...quantiles, files }, null, 2) + '\n');
      }
      if (result.unchanged) {
        process.stdout.write(
          `\nNothing has changed since the last run (${result.unchanged.since}): no file added, removed or ` +
            `edited, same profile, job and options. The outputs are current and were left as they were.\n`,
        );
      }
      process.stdout.write(formatSummary(result.summary, opts.out));
    });

  const watch = program
    .command('watch')
    .description(
      'screen a folder, then keep the ranking current as files arrive, change or leave (Ctrl-C stops)',
    )
    .argument('<folder>', 'folder of CVs to watch, read recursively');
  screeningOptions(watch)
    .option(
      '--debounce <ms>',
      'quiet time after the last change before outputs are rewritten',
      positiveInt,
      1000,
    )
    .option('--settle <ms>', 'how long a file must stop changing before it is read', positiveInt, 2000)
    .option(
      '--poll <seconds>',
      'full rescan interval, for changes a network drive never reports',
      positiveNumber,
      60,
    )
    .option('--verbose', 'a line for every file read, failed or removed')
    .action(async (folder: string, opts: WatchCliOptions) => {
      const status = watchStatusReporter(folder);
      const controller = new AbortController();
      let signals = 0;
      const stop = (signal: NodeJS.Signals) => {
        if (++signals > 1) {
          process.stderr.write(`\nshortlist: ${signal} again: stopping without writing the outputs\n`);
          process.exit(130);
        }
        status.note(`${signal}: finishing the files in hand and writing the outputs (again to stop at once)`);
        controller.abort();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      try {
        const last = await watchInThread(
          {
            ...runOptions(folder, opts),
            debounceMs: opts.debounce,
            settleMs: opts.settle,
            pollMs: opts.poll * 1000,
            verbose: opts.verbose,
          },
          {
            signal: controller.signal,
            onStatus: (s) => status.update(s),
            onNote: (message) => status.note(message),
          },
        );
        status.finish();
        if (last) process.stdout.write(formatSummary(last, opts.out));
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });

  program
    .command('inspect')
    .description('show how one CV is read: contact, sections, positions, education, skills, facts')
    .argument('<file>', 'a CV file')
    .option('--pretty', 'a readable summary instead of JSON')
    .option('--as-of <date>', 'date that "Present" means (YYYY-MM-DD); default today', isoDate)
    .option('--timeout <seconds>', 'time limit for reading the file', positiveNumber, 30)
    .option('--max-file-size <MB>', 'a larger file is reported, not read', positiveNumber, 20)
    .action(async (file: string, opts: { pretty?: boolean; asOf?: string } & OneFileOptions) => {
      const { formatInspection, inspectFile } = await import('./inspect.js');
      const inspection = await inspectFile(
        file,
        opts.asOf ?? new Date().toISOString().slice(0, 10),
        oneFileLimits(opts),
      );
      process.stdout.write(
        opts.pretty ? formatInspection(inspection) : JSON.stringify(inspection, null, 2) + '\n',
      );
    });

  const profile = program.command('profile').description('work with role profiles');
  profile
    .command('validate')
    .description('check a profile file and print what it resolves to')
    .argument('<file>', 'profile YAML file or bundled name')
    .action(async (file: string) => {
      const { loadProfile } = await import('../profile/load.js');
      const p = loadProfile(file);
      process.stdout.write(
        `${file}: valid profile "${p.id}" (${p.title}); ${Object.keys(p.criteria).length} criterion settings\n`,
      );
    });
  profile
    .command('init')
    .description('write a starting profile from a job description, to edit')
    .requiredOption('--from-jd <file>', 'job description (.md, .txt, .pdf, .docx)')
    .option(
      '--out <file>',
      'where to write the profile (default: <job file name>.yaml in the current folder)',
    )
    .option('--force', 'overwrite an existing file')
    .action(async (opts: { fromJd: string; out?: string; force?: boolean }) => {
      const { profileFromJob, profileId } = await import('../profile/init.js');
      const { prepareRun } = await import('../pipeline/run.js');
      const ctx = await prepareRun({ jd: opts.fromJd });
      const id = profileId(ctx.job.title ?? basename(opts.fromJd));
      const out = opts.out ?? `${profileId(basename(opts.fromJd))}.yaml`;
      if (!opts.force && existsSync(out))
        throw new RunError(`${out} already exists: choose another --out or add --force`);
      await writeFileAtomic(out, profileFromJob(ctx.job, id));
      process.stdout.write(
        `Wrote ${out}: ${ctx.job.required.length} required and ${ctx.job.preferred.length} preferred skills from ${basename(opts.fromJd)}. Edit it, then: shortlist profile validate ${out}\n`,
      );
    });

  program
    .command('explain')
    .description('print how one CV scores: each criterion, its weight, its score and its evidence')
    .argument('<cv>', 'a CV file')
    .option('--jd <file>', 'job description to score against')
    .option('--profile <file|name>', 'role profile: a YAML file or a bundled name', 'default')
    .option('--as-of <date>', 'date that "Present" means (YYYY-MM-DD); default today', isoDate)
    .option('--timeout <seconds>', 'time limit for reading and scoring the file', positiveNumber, 30)
    .option('--max-file-size <MB>', 'a larger file is reported, not read', positiveNumber, 20)
    .action(async (cv: string, opts: { jd?: string; profile: string; asOf?: string } & OneFileOptions) => {
      const { explainFile } = await import('./explain.js');
      process.stdout.write(await explainFile(cv, opts, oneFileLimits(opts)));
    });
  return program;
}

/** `--timeout` and `--max-file-size` of explain and inspect, which read one file as a run reads each. */
interface OneFileOptions {
  timeout: number;
  maxFileSize: number;
}

function oneFileLimits(opts: OneFileOptions): { timeoutMs: number; maxFileBytes: number } {
  return { timeoutMs: opts.timeout * 1000, maxFileBytes: opts.maxFileSize * 1024 * 1024 };
}

/** The options `run` and `watch` share: what CVs are judged against, how they are read, where outputs go. */
function screeningOptions(command: Command): Command {
  return command
    .option('--jd <file>', 'job description (.md, .txt, .pdf or .docx) to take requirements from')
    .option(
      '--profile <file|name>',
      'role profile: a YAML file or a bundled name (default, backend-developer)',
      'default',
    )
    .option('--out <dir>', 'folder for results.json, ranking.xlsx, ranking.csv and HTML reports', 'out')
    .option('--concurrency <n>', 'files read at once', positiveInt, Math.max(1, Math.min(cpus().length, 8)))
    .option('--timeout <seconds>', 'time limit for reading and scoring one file', positiveNumber, 30)
    .option('--max-file-size <MB>', 'files larger than this are reported, not read', positiveNumber, 20)
    .option(
      '--max-pages <n>',
      'PDFs with more pages than this are reported too-large, not read',
      positiveInt,
      50,
    )
    .option(
      '--max-memory <MB>',
      'heap cap of each reading worker; a file that needs more is reported too-large',
      memoryMb,
      512,
    )
    .option('--as-of <date>', 'date that "Present" means (YYYY-MM-DD); default today', isoDate)
    .option('--templates <dir>', 'folder of Handlebars templates replacing reports/')
    .option(
      '--message <text>',
      "a note from you at the top of every candidate's feedback report (overrides the profile's feedbackMessage)",
    )
    .option(
      '--blind',
      'hide names, contact and personal details and file names in the ranking and recruiter reports',
    );
}

interface ScreeningCliOptions {
  jd?: string;
  profile: string;
  out: string;
  concurrency: number;
  timeout: number;
  maxFileSize: number;
  maxMemory: number;
  maxPages: number;
  asOf?: string;
  templates?: string;
  message?: string;
  blind?: boolean;
}

interface RunCliOptions extends ScreeningCliOptions {
  cache: boolean;
  timings?: string;
}

interface WatchCliOptions extends ScreeningCliOptions {
  debounce: number;
  settle: number;
  poll: number;
  verbose?: boolean;
}

function runOptions(folder: string, opts: ScreeningCliOptions): RunOptions {
  return {
    input: folder,
    out: opts.out,
    jd: opts.jd,
    profile: opts.profile,
    concurrency: opts.concurrency,
    timeoutMs: opts.timeout * 1000,
    maxFileBytes: opts.maxFileSize * 1024 * 1024,
    maxMemoryMb: opts.maxMemory,
    maxPages: opts.maxPages,
    asOf: opts.asOf,
    templatesDir: opts.templates,
    feedbackMessage: opts.message,
    blind: opts.blind === true,
  };
}

export function formatSummary(s: RunSummary, out: string): string {
  const { tiers } = s;
  const lines = [
    '',
    `Screened ${s.scored + s.failed} files: ${s.scored} scored, ${s.failed} could not be read.`,
    `Tiers: ${tiers.shortlist} shortlist · ${tiers.consider} consider · ${tiers.reject} reject`,
    '',
    'Top candidates:',
    ...s.top.map(
      (c) =>
        `  ${String(c.rank).padStart(2)}. ${c.label.padEnd(28)} ${c.score.toFixed(1).padStart(5)}  ${c.tier.padEnd(9)} ${c.file}`,
    ),
    ...(s.failed
      ? ['', 'Could not be read:', ...s.failures.map((f) => `  ${f.file}: ${f.status} (${f.message})`)]
      : []),
    ...(s.failed > s.failures.length
      ? [`  ...and ${s.failed - s.failures.length} more (see the Failures sheet)`]
      : []),
    '',
    `Outputs (${s.outputs} files) in ${displayPath(out)}: ranking.xlsx, ranking.csv, results.json, index.html`,
    '',
  ];
  return lines.join('\n');
}

/** A path as the user would type it: relative below the current folder, absolute elsewhere. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel === '') return './';
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) + '/' : rel + '/';
}

/** Runs the CLI; returns the exit code: 0 when the run completed (even with failed files). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help')
      return 0;
    if (code?.startsWith('commander.')) return 2;
    if (error instanceof RunError || error instanceof ProfileError) {
      process.stderr.write(`shortlist: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`shortlist: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
