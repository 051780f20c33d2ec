// A mutation fuzz of the whole run: damaged and hostile variants of the sample CVs, through the
// built CLI, checked the way a recruiter would check a batch.
//
//   npm run fuzz -- [N] [--seed <n>] [--timeout <s>] [--blind] [--keep]
//   npm run fuzz -- [N] --watch [--seed <n>] [--timeout <s>] [--keep]
//
// Writes N variants of the files in samples/applicants into a temporary folder (default 300, seed 1):
// bytes flipped, cut, inserted, repeated or zeroed; PDF content streams inflated, their operators
// and numbers changed, and deflated again; the XML parts of Word and OpenDocument files changed
// (paragraphs repeated, tags dropped, control and bidi characters, runs of 100,000 characters, the
// part cut short) and zipped again; text files given long runs of letters, figures, dates and
// markup. Then runs `node dist/cli.js run <dir> --no-cache --timeout <s> --timings` on them (with
// `--blind` too when given; build first: `npm run build`) and checks:
//   - the run ends with exit 0;
//   - every file has exactly one outcome (a candidate, a duplicate of one, or a failure row; in blind
//     mode, which names no file, as many outcomes as files);
//   - no failure message shows a library's internals (TypeError, "Cannot read properties", ...);
// and prints the outcomes by status, the run's wall time, and the slowest files (time in the worker
// reading the file, then reading and scoring its text). Exits 1 when a check fails.
//
// With --watch, the same variants arrive in a folder that `watch` keeps current, the way a mailbox or
// an applicant-tracking system delivers them: in bursts, some written slowly in two halves, some
// saved under a hidden name and then renamed, some replaced by another file under the same name,
// some taken out again. Once they stop arriving, it waits for the outputs to settle and checks:
//   - the watcher is still running, and every file in the folder has exactly one outcome, for the
//     bytes the file holds now (a replaced file's outcome is its new content's); files taken out
//     have none, and there are as many recruiter and feedback reports as candidates;
//   - Ctrl-C (SIGINT) ends it with exit 0;
//   - `run --no-cache` over the final folder gives the same outcomes, scores, tiers and ranks.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import { listZipEntries, readZipEntry } from '../src/extract/zip.js';
import { makeZip } from '../test/fixtures/zip.js';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
const SAMPLES = join(ROOT, 'samples/applicants');
const CLI = join(ROOT, 'dist/cli.js');

// ------------------------------------------------------------------ a seeded random source

let state = 1;
function random(): number {
  // mulberry32: small, and the same sequence for the same seed on every machine
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const below = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[below(list.length)]!;
const between = (lo: number, hi: number) => lo + below(hi - lo + 1);

// ------------------------------------------------------------------ mutations

function mutateBytes(input: Buffer): Buffer {
  if (input.length === 0) return input;
  const b = Buffer.from(input);
  const at = below(b.length);
  switch (pick(['flip', 'cut', 'insert', 'repeat', 'zero'] as const)) {
    case 'flip':
      for (let i = between(1, 30); i > 0; i--) b[below(b.length)] = below(256);
      return b;
    case 'cut':
      return b.subarray(0, at);
    case 'insert':
      return Buffer.concat([b.subarray(0, at), randomBytes(between(1, 200)), b.subarray(at)]);
    case 'repeat': {
      const chunk = b.subarray(at, Math.min(b.length, at + between(1, 5000)));
      return Buffer.concat([b.subarray(0, at), ...Array<Buffer>(between(2, 20)).fill(chunk), b.subarray(at)]);
    }
    case 'zero':
      b.fill(0, at, Math.min(b.length, at + between(1, 2000)));
      return b;
  }
}

function randomBytes(n: number): Buffer {
  return Buffer.from(Array.from({ length: n }, () => below(256)));
}

const NUMBERS = ['0', '-1', '1e9', '-1e9', '99999999999999999999', '0.0000001', '-0', '3.4e38', '.', '-.'];
const OPERATORS = [
  'q',
  'Q',
  'BT',
  'ET',
  '0 0 0 rg',
  '1 1 1 rg',
  '0.99 0.99 0.99 rg',
  '0.1 Tf',
  '/F1 0 Tf',
  '/F9 12 Tf',
  '1000 Tz',
  '-5 Tc',
  '3 Tr',
  '7 Tr',
  '0 0 0 0 0 0 cm',
  '1e30 0 0 1e30 0 0 cm',
  '(x) Tj',
  '[(a) -99999 (b)] TJ',
  '/Im1 Do',
  'BI /W 1 /H 1 ID x EI',
  'q '.repeat(300),
  '(\\000\\001\\033) Tj',
  '<feff202e0041> Tj',
  '0 -1e9 Td',
  'T*',
  '1 0 0 -1 0 0 Tm',
  '/GS1 gs',
  '1e9 TL',
  'W n',
  'endstream',
];

/** A PDF content stream's tokens, changed a few times over. */
function mutateContent(content: string): string {
  const tokens = content.split(/\s+/).filter(Boolean);
  for (let i = between(1, 12); i > 0 && tokens.length > 0; i--) {
    const at = below(tokens.length);
    const roll = random();
    if (roll < 0.35 && /^-?[\d.]+$/.test(tokens[at]!)) tokens[at] = pick(NUMBERS);
    else if (roll < 0.6) tokens.splice(at, 0, pick(OPERATORS));
    else if (roll < 0.75) tokens.splice(at, 1);
    else if (roll < 0.85) {
      const run = tokens.slice(at, at + between(1, 40));
      tokens.splice(at, 0, ...Array.from({ length: between(2, 50) }, () => run).flat());
    } else tokens[at] = tokens[below(tokens.length)]!;
  }
  return tokens.join(' ');
}

/** Each Flate stream of a PDF that draws text or shapes, changed at random, with its /Length fixed. */
function mutatePdf(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const stream = /(<<(?:(?!>>\s*stream)[\s\S])*?\/FlateDecode(?:(?!>>\s*stream)[\s\S])*?>>)\s*stream\r?\n/g;
  let out = '';
  let from = 0;
  let changed = false;
  for (let m = stream.exec(text); m; m = stream.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let raw: string;
    try {
      raw = inflateSync(Buffer.from(text.slice(start, end).replace(/\r?\n$/, ''), 'latin1')).toString(
        'latin1',
      );
    } catch {
      continue;
    }
    if (random() < 0.5 && /T[jJ]|\bre\b/.test(raw)) {
      raw = mutateContent(raw);
      changed = true;
    }
    const packed = deflateSync(Buffer.from(raw, 'latin1')).toString('latin1');
    const dict = m[1]!.replace(/\/Length\s+\d+(?!\s+\d+\s+R)/, `/Length ${packed.length}`);
    out += `${text.slice(from, m.index)}${dict}\nstream\n${packed}\n`;
    from = end;
  }
  out += text.slice(from);
  return changed ? Buffer.from(out, 'latin1') : mutateBytes(pdf);
}

const XML_INSERTS = [
  '&#x202E;&#x200F;',
  '&#1;&#27;',
  '&#xD800;',
  '\u202e',
  '&amp;&lt;script&gt;',
  'x'.repeat(100_000),
  '&#xFFFE;',
  '\uffff',
  `${'a'.repeat(50_000)}@${'a'.repeat(50_000)}`,
  '1.'.repeat(50_000),
];

/** An XML part, changed a few times over. */
function mutateXml(xml: string): string {
  let s = xml;
  for (let i = between(1, 6); i > 0; i--) {
    const roll = random();
    if (roll < 0.2) {
      const paragraphs = [...s.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)];
      if (paragraphs.length) {
        const p = pick(paragraphs);
        const end = p.index + p[0].length;
        s = s.slice(0, end) + p[0].repeat(between(2, 300)) + s.slice(end);
      }
    } else if (roll < 0.35) {
      const at = s.indexOf('<w:t');
      if (at > 0) s = s.slice(0, at) + '<w:r>'.repeat(3000) + s.slice(at);
    } else if (roll < 0.5) {
      const texts = [...s.matchAll(/<w:t[ >]|<text:p[ >]/g)];
      if (texts.length) {
        const at = s.indexOf('>', pick(texts).index) + 1;
        s = s.slice(0, at) + pick(XML_INSERTS) + s.slice(at);
      }
    } else if (roll < 0.65) {
      s = s.replace(/w:val="\d+"/g, (v) => pick(['w:val="-1"', 'w:val="99999999999"', 'w:val="x"', v]));
    } else if (roll < 0.75) {
      s = s.slice(0, below(s.length));
    } else if (roll < 0.85) {
      const tags = [...s.matchAll(/<[^>]+>/g)];
      if (tags.length) {
        const t = pick(tags);
        s = s.slice(0, t.index) + s.slice(t.index + t[0].length);
      }
    } else {
      s = mutateBytes(Buffer.from(s, 'utf8')).toString('utf8');
    }
  }
  return s;
}

/** A Word or OpenDocument file with one or two of its XML parts changed, zipped again. */
function mutateZip(file: Buffer): Buffer {
  const limits = { maxEntries: 10_000, maxUncompressedBytes: 1e9, maxRatio: Infinity };
  let parts: { name: string; data: Buffer }[];
  try {
    parts = listZipEntries(file, limits).map((e) => ({ name: e.name, data: readZipEntry(file, e, 1e9) }));
  } catch {
    return mutateBytes(file);
  }
  const xml = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
  const chosen = new Set(Array.from({ length: between(1, 2) }, () => pick(xml)?.name));
  return makeZip(
    parts
      .filter(() => random() >= 0.03) // now and then a part goes missing
      .map((p) =>
        chosen.has(p.name) || (/^(word\/document|content)\.xml$/.test(p.name) && random() < 0.7)
          ? { name: p.name, data: Buffer.from(mutateXml(p.data.toString('utf8')), 'utf8') }
          : p,
      ),
  );
}

const TEXT_INSERTS = [
  '\u0000',
  '\u001b[31m',
  '\u202e\u2066',
  '\ufffe',
  'a'.repeat(200_000),
  '\r'.repeat(500),
  '<script>alert(1)</script>',
  `{\\rtf1${'{'.repeat(5000)}`,
  '\n'.repeat(50_000),
  '@'.repeat(3000),
  '2019 - 2024 '.repeat(2000),
  '1.'.repeat(50_000),
  'latency '.repeat(10_000),
  '!['.repeat(20_000),
  '[a](b'.repeat(20_000),
  '<a '.repeat(20_000),
  '.'.repeat(100_000) + 'x',
  '-'.repeat(100_000) + 'x',
  '1 '.repeat(75_000),
  '(1) '.repeat(40_000),
];

function mutateText(file: Buffer): Buffer {
  let s = file.toString('utf8');
  for (let i = between(1, 5); i > 0; i--) {
    const at = below(s.length + 1);
    s = s.slice(0, at) + pick(TEXT_INSERTS) + s.slice(at);
  }
  return random() < 0.7 ? Buffer.from(s, 'utf8') : mutateBytes(Buffer.from(s, 'utf8'));
}

function mutate(file: Buffer, ext: string): Buffer {
  if (random() < 0.25) return mutateBytes(file);
  if (ext === '.pdf') return mutatePdf(file);
  if (ext === '.docx' || ext === '.odt') return mutateZip(file);
  return mutateText(file);
}

// ------------------------------------------------------------------ the run and its checks

interface Results {
  candidates: {
    file: string;
    sha256: string;
    duplicates?: string[];
    score: number;
    tier: string;
    rank: number;
    reports: { recruiter: string; feedback: string };
  }[];
  failures: { file: string; sha256: string | null; status: string; message: string }[];
}
interface Timings {
  files: { file: string; readMs: number | null; scoreMs: number }[];
}

const INTERNALS =
  /TypeError|RangeError|ReferenceError|Cannot read propert|is not a function|undefined \(reading|xmldom|@#\[line/;

/** Writes `count` variants of the samples into `folder`: f00000.pdf, f00001.docx, ... */
function writeVariants(folder: string, count: number): void {
  const seeds = readdirSync(SAMPLES)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(SAMPLES, name)) }))
    .filter((s) => s.bytes.length > 0);
  for (let i = 0; i < count; i++) {
    const seed = pick(seeds);
    const ext = extname(seed.name).toLowerCase();
    writeFileSync(join(folder, `f${String(i).padStart(5, '0')}${ext}`), mutate(seed.bytes, ext));
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 300);
  state = option('--seed', 1);
  const timeout = option('--timeout', 10);
  if (args.includes('--watch')) {
    void fuzzWatch(count, option('--seed', 1), timeout, args.includes('--keep'));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-fuzz-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  writeVariants(input, count);
  const out = join(dir, 'out');
  const timings = join(dir, 'timings.json');
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      CLI,
      'run',
      input,
      '--out',
      out,
      '--no-cache',
      '--timeout',
      String(timeout),
      '--timings',
      timings,
      ...(args.includes('--blind') ? ['--blind'] : []),
    ],
    { encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const wall = (Date.now() - started) / 1000;
  const problems: string[] = [];
  if (run.status !== 0) problems.push(`the run ended with exit ${run.status}: ${run.stderr.slice(-500)}`);
  let results: Results = { candidates: [], failures: [] };
  let times: Timings = { files: [] };
  try {
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    times = JSON.parse(readFileSync(timings, 'utf8')) as Timings;
  } catch (error) {
    problems.push(`no results: ${(error as Error).message}`);
  }
  const seen = new Map<string, number>();
  const note = (file: string) => seen.set(file, (seen.get(file) ?? 0) + 1);
  for (const c of results.candidates) [c.file, ...(c.duplicates ?? [])].forEach(note);
  for (const f of results.failures) note(f.file);
  const files = readdirSync(input);
  if (args.includes('--blind')) {
    // Blind outputs name no file (each candidate and failure is labelled by an id): count them.
    const outcomes = [...seen.values()].reduce((a, b) => a + b, 0);
    if (outcomes !== files.length) problems.push(`${outcomes} outcomes for ${files.length} files`);
  } else {
    for (const file of files) {
      const n = seen.get(file) ?? 0;
      if (n !== 1) problems.push(`${file}: ${n} outcomes`);
    }
  }
  for (const f of results.failures) {
    if (INTERNALS.test(f.message)) problems.push(`${f.file}: a library's internals shown: ${f.message}`);
  }
  console.log(`${count} variants of the samples (seed ${option('--seed', 1)}), run in ${wall.toFixed(1)} s`);
  console.log(`outcomes: ${outcomeCounts(results)}`);
  console.log('slowest files (ms in the worker reading the file, then reading and scoring its text):');
  for (const t of [...times.files].sort((a, b) => total(b) - total(a)).slice(0, 5)) {
    console.log(`  ${t.file}  ${t.readMs === null ? '-' : t.readMs.toFixed(0)} + ${t.scoreMs.toFixed(0)}`);
  }
  finish(
    dir,
    args.includes('--keep'),
    problems,
    "every file has one outcome; no message shows a library's internals",
  );
}

/** "candidate 170, malformed 96, ...": how many files ended in each outcome. */
function outcomeCounts(results: Results): string {
  const byStatus = new Map<string, number>([['candidate', results.candidates.length]]);
  for (const f of results.failures) byStatus.set(f.status, (byStatus.get(f.status) ?? 0) + 1);
  return [...byStatus].map(([k, v]) => `${k} ${v}`).join(', ');
}

/** Keeps or removes the fuzz's folder, then prints the problems (exit 1) or that there were none. */
function finish(dir: string, keep: boolean, problems: string[], allWell: string): void {
  if (keep) console.log(`files, outputs and logs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  if (problems.length) {
    console.log(`\n${problems.length} problem(s):`);
    for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
    process.exitCode = 1;
  } else {
    console.log(allWell);
  }
}

function total(t: Timings['files'][number]): number {
  return (t.readMs ?? 0) + t.scoreMs;
}

// ------------------------------------------------------------------ watch: files arriving over time

const AS_OF = '2026-11-22';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The files a recruiter sees in the folder (not hidden ones), with the SHA-256 of what each holds. */
function folderState(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    if (!name.startsWith('.')) files.set(name, sha256(readFileSync(join(folder, name))));
  }
  return files;
}

/** Where the outputs disagree with the folder: none once every file has one outcome, for its bytes. */
function mismatches(results: Results, files: Map<string, string>, out: string): string[] {
  const outcomes = new Map<string, (string | null)[]>();
  const note = (file: string, sha: string | null) => outcomes.set(file, [...(outcomes.get(file) ?? []), sha]);
  for (const c of results.candidates) [c.file, ...(c.duplicates ?? [])].forEach((f) => note(f, c.sha256));
  for (const f of results.failures) note(f.file, f.sha256);
  const problems: string[] = [];
  for (const [file, sha] of files) {
    const got = outcomes.get(file) ?? [];
    if (got.length !== 1) problems.push(`${file}: ${got.length} outcomes`);
    else if (got[0] !== null && got[0] !== sha)
      problems.push(`${file}: its outcome is for content it no longer holds`);
  }
  for (const file of outcomes.keys()) {
    if (!files.has(file)) problems.push(`${file}: an outcome for a file no longer in the folder`);
  }
  for (const kind of ['recruiter', 'feedback'] as const) {
    const folder = join(out, kind === 'recruiter' ? 'candidates' : 'feedback');
    const pages = existsSync(folder) ? readdirSync(folder).length : 0;
    if (pages !== results.candidates.length) {
      problems.push(`${pages} ${kind} reports for ${results.candidates.length} candidates`);
    }
    const missing = results.candidates.filter((c) => !existsSync(join(out, c.reports[kind])));
    if (missing.length) problems.push(`${missing.length} ${kind} reports missing, e.g. ${missing[0]!.file}`);
  }
  return problems;
}

function readResults(out: string): Results | null {
  try {
    return JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  } catch {
    return null;
  }
}

/** Each file's outcome as one line, to compare two runs' results. */
function outcomeLines(results: Results): string[] {
  return [
    ...results.candidates.flatMap((c) => [
      `${c.file} ${c.sha256} score ${c.score} ${c.tier} rank ${c.rank}`,
      ...(c.duplicates ?? []).map((d) => `${d} ${c.sha256} a duplicate of ${c.file}`),
    ]),
    ...results.failures.map((f) => `${f.file} ${f.sha256 ?? '-'} ${f.status}`),
  ].sort();
}

async function fuzzWatch(count: number, seed: number, timeout: number, keep: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-fuzz-watch-'));
  const stage = join(dir, 'variants');
  const input = join(dir, 'in');
  const out = join(dir, 'out');
  mkdirSync(stage);
  mkdirSync(input);
  writeVariants(stage, count);
  const names = readdirSync(stage).sort();
  const bytesOf = (name: string) => readFileSync(join(stage, name));
  // A quarter is there when the watcher starts; the rest arrive while it runs.
  const first = Math.floor(count / 4);
  for (const name of names.slice(0, first)) writeFileSync(join(input, name), bytesOf(name));
  const log = join(dir, 'watch.log');
  writeFileSync(log, '');
  const start = () => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'watch',
        input,
        '--out',
        out,
        '--as-of',
        AS_OF,
        '--timeout',
        String(timeout),
        '--debounce',
        '300',
        '--settle',
        '500',
        '--poll',
        '5',
        '--verbose',
      ],
      { env: { ...process.env, CI: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr.on('data', (chunk: Buffer) => appendFileSync(log, chunk));
    const watching = { child, exit: undefined as number | null | undefined, exited: Promise.resolve() };
    watching.exited = new Promise<void>((resolve) =>
      child.on('exit', (code, signal) => {
        watching.exit = code ?? (signal ? -1 : null);
        resolve();
      }),
    );
    return watching;
  };
  let watcher = start();
  // Once, part way through, the watcher is killed outright (kill -9, a crash, a reboot) and started
  // again: the files it had in hand, and those that arrived meanwhile, must still each get an outcome.
  const killAt = first + Math.floor((count - first) * (0.3 + 0.4 * random()));
  const problems: string[] = [];
  const started = Date.now();
  const present = names.slice(0, first);
  const tally = { copied: 0, slow: 0, renamed: 0, replaced: 0, removed: 0 };
  let burst = between(1, 25);
  for (const [i, name] of names.entries()) {
    if (i < first) continue;
    if (i === killAt) {
      watcher.child.kill('SIGKILL');
      await watcher.exited;
      appendFileSync(log, '--- killed (SIGKILL) and started again\n');
      writeFileSync(join(input, name), bytesOf(name)); // arrives while no watcher runs
      present.push(name);
      watcher = start();
      continue;
    }
    const bytes = bytesOf(name);
    const target = join(input, name);
    const roll = random();
    if (roll < 0.2) {
      // Written in two halves with a pause between: read once whole, never half.
      const half = Math.floor(bytes.length / 2);
      writeFileSync(target, bytes.subarray(0, half));
      await sleep(between(100, 700));
      appendFileSync(target, bytes.subarray(half));
      tally.slow++;
    } else if (roll < 0.3) {
      // Saved under a hidden name, then renamed, as browsers and mail clients do.
      writeFileSync(join(input, `.${name}.part`), bytes);
      renameSync(join(input, `.${name}.part`), target);
      tally.renamed++;
    } else {
      writeFileSync(target, bytes);
      tally.copied++;
    }
    present.push(name);
    if (random() < 0.08) {
      // Another file's content under a name already read (the same type, or now and then not).
      const other = names[below(names.length)]!;
      writeFileSync(join(input, pick(present)), bytesOf(other));
      tally.replaced++;
    }
    if (random() < 0.06 && present.length > 1) {
      const gone = present.splice(below(present.length), 1)[0]!;
      rmSync(join(input, gone), { force: true });
      tally.removed++;
    }
    if (--burst === 0) {
      await sleep(between(0, 1500));
      burst = between(1, 25);
    }
    if (watcher.exit !== undefined) break;
  }
  const fed = (Date.now() - started) / 1000;
  // Once nothing more arrives, the outputs must come to agree with the folder.
  const files = folderState(input);
  const deadline = Date.now() + 60_000 + count * 500;
  let last: string[] = ['no results.json yet'];
  while (watcher.exit === undefined && Date.now() < deadline) {
    const results = readResults(out);
    last = results ? mismatches(results, files, out) : ['no results.json yet'];
    if (last.length === 0) break;
    await sleep(1000);
  }
  const settled = (Date.now() - started) / 1000;
  if (watcher.exit !== undefined) problems.push(`the watcher stopped by itself (exit ${watcher.exit})`);
  else if (last.length) problems.push(...last.map((p) => `after ${settled.toFixed(0)} s: ${p}`));
  const watched = readResults(out);
  // Ctrl-C: finishes what it has in hand, writes the outputs and exits 0.
  const stopping = Date.now();
  if (watcher.exit === undefined) {
    watcher.child.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([watcher.exited, new Promise((resolve) => (timer = setTimeout(resolve, 60_000)))]);
    clearTimeout(timer);
    if (watcher.exit === undefined) {
      watcher.child.kill('SIGKILL');
      problems.push('Ctrl-C did not stop the watcher within 60 s');
    } else if (watcher.exit !== 0) problems.push(`Ctrl-C: the watcher exited ${watcher.exit}`);
  }
  const stopped = (Date.now() - stopping) / 1000;
  const internals = readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => INTERNALS.test(line));
  for (const line of internals.slice(0, 10)) problems.push(`the log shows a library's internals: ${line}`);
  // A batch run over the final folder must agree with what the watcher kept current.
  const batchOut = join(dir, 'batch');
  const batchStart = Date.now();
  const batch = spawnSync(
    process.execPath,
    [CLI, 'run', input, '--out', batchOut, '--no-cache', '--as-of', AS_OF, '--timeout', String(timeout)],
    { encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const batchTime = (Date.now() - batchStart) / 1000;
  const batchResults = readResults(batchOut);
  if (batch.status !== 0 || !batchResults) problems.push(`run over the final folder: exit ${batch.status}`);
  else if (watched) {
    const a = new Set(outcomeLines(watched));
    const b = new Set(outcomeLines(batchResults));
    const onlyWatch = [...a].filter((l) => !b.has(l));
    const onlyRun = [...b].filter((l) => !a.has(l));
    for (const l of onlyWatch.slice(0, 10)) problems.push(`watch, not run: ${l}`);
    for (const l of onlyRun.slice(0, 10)) problems.push(`run, not watch: ${l}`);
  }
  console.log(
    `${count} variants of the samples (seed ${seed}) into a watched folder: ${first} there at the start, ` +
      `the rest over ${fed.toFixed(1)} s, the watcher killed and started again at file ${killAt} ` +
      `(${Object.entries(tally)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}); outputs agreed with the folder after ${settled.toFixed(1)} s`,
  );
  console.log(`outcomes: ${watched ? outcomeCounts(watched) : 'no results'}`);
  console.log(
    `Ctrl-C to exit: ${stopped.toFixed(1)} s; run over the final folder: ${batchTime.toFixed(1)} s`,
  );
  finish(
    dir,
    keep,
    problems,
    'every file in the folder has one outcome, for what it holds now; Ctrl-C exited 0; ' +
      '`run` over the same folder gives the same outcomes, scores and ranks',
  );
}

main();
