// Throughput and memory of a whole run against bare text extraction of the same files.
//
//   npm run bench -- <N> [--workers <n>] [--rounds <r>] [--keep]
//   npm run bench -- <N> --generate-only      (only write the N CVs, into a kept folder)
//
// Generates N mixed CVs (one- and two-column PDF with pdfkit, DOCX with docx, TXT; every copy has its
// own name and email, so no two share a content hash) into a temporary folder, then measures, each as
// a child process under /usr/bin/time (wall time, peak RSS):
//   bare       pdf-parse getText / mammoth extractRawText / UTF-8 decode in a piscina pool, same workers
//   run c=1    node dist/cli.js run <dir> --no-cache --concurrency 1 (every output written)
//   run c=K    the same at K workers (the core count, at most 8, as the CLI's default)
//   run N/5    the same at K workers over the first fifth of the CVs: how peak memory grows with N
//   bare N/5   bare extraction at K workers over that fifth: how the libraries' own peak grows
//   cached     a first run with the cache, then a second run over the same folder (nothing changed:
//              the outputs are current), then a run after adding 1% new CVs (their reading is new;
//              every other reading and assessment comes from the caches; every output is rewritten)
// The four measurements at K workers (bare, run, bare N/5, run N/5) are taken --rounds times (3 by
// default), in turn, so that a slow minute of a shared machine falls on both sides of a comparison:
// the table shows their medians, and the targets read the median of each round's own comparison.
// Per-file p50/p95: for bare extraction, time inside the worker; for a run, what `--timings` reports:
// time inside the worker plus reading and scoring the text on the main thread.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx';
import PDFDocument from 'pdfkit';
import { tuneV8 } from '../src/cli/v8-flags.js';

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(SELF, '../..');
const CLI = join(ROOT, 'dist/cli.js');

// ------------------------------------------------------------------ the worker of the bare baseline

/**
 * Bare extraction of one file, what the same libraries do with no layout reading, parsing or scoring:
 * pdf-parse getText, mammoth extractRawText, a UTF-8 decode. Plain JavaScript written next to the
 * generated CVs (a worker thread cannot load TypeScript through tsx on Node 20).
 */
const BARE_WORKER = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Piscina } from ${JSON.stringify(import.meta.resolve('piscina'))};
import { PDFParse } from ${JSON.stringify(import.meta.resolve('pdf-parse'))};
import mammoth from ${JSON.stringify(import.meta.resolve('mammoth'))};
export default async function bare({ name, bytes }) {
  const start = performance.now();
  if (name.endsWith('.pdf')) {
    const parser = new PDFParse({ data: bytes });
    try { await parser.getText(); } finally { await parser.destroy(); }
  } else if (name.endsWith('.docx')) {
    await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  } else {
    new TextDecoder().decode(bytes);
  }
  return performance.now() - start;
}
// node bare-worker.mjs <dir> <workers>: every file through the pool, the in-worker times as JSON.
if (isMainThread && process.argv[2]) {
  const [dir, workers] = [process.argv[2], Number(process.argv[3])];
  const pool = new Piscina({ filename: import.meta.filename, minThreads: workers, maxThreads: workers });
  const files = readdirSync(dir).sort();
  const times = [];
  let next = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < files.length) {
      const name = files[next++];
      times.push(await pool.run({ name, bytes: readFileSync(join(dir, name)) }));
    }
  }));
  await pool.destroy();
  process.stdout.write(JSON.stringify(times));
}
`;

// ------------------------------------------------------------------ generating the CVs

const FIRST = [
  'Ada',
  'Bilal',
  'Carmen',
  'Dmitri',
  'Esi',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
];
const LAST = ['Akhtar', 'Bauer', 'Castro', 'Dubois', 'Eze', 'Fischer', 'Gupta', 'Holm', 'Ivanova', 'Jansen'];
const ROLES = ['Backend Developer', 'Data Analyst', 'Frontend Engineer', 'Accountant', 'Registered Nurse'];
const SKILLS = [
  ['Node.js', 'TypeScript', 'PostgreSQL', 'Docker', 'Kafka'],
  ['Python', 'SQL', 'Tableau', 'pandas', 'dbt'],
  ['React', 'TypeScript', 'CSS', 'Vite', 'Playwright'],
  ['IFRS', 'Xero', 'Excel', 'VAT returns', 'audit'],
  ['triage', 'IV therapy', 'patient assessment', 'EPIC', 'BLS'],
];

interface Cv {
  name: string;
  email: string;
  role: string;
  summary: string;
  jobs: { title: string; org: string; dates: string; bullets: string[] }[];
  education: string;
  skills: string[];
}

function cvOf(i: number): Cv {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const r = i % ROLES.length;
  const role = ROLES[r]!;
  const years = 2 + (i % 12);
  return {
    name: `${first} ${last}`,
    email: `${first}.${last}.${i}@example.com`.toLowerCase(),
    role,
    summary: `${role} with ${years} years of experience in teams of ${3 + (i % 20)} people, candidate number ${i}.`,
    jobs: [0, 1, 2].map((k) => ({
      title: k === 0 ? `Senior ${role}` : role,
      org: `${['Northwind', 'Contoso', 'Fabrikam', 'Initech'][(i + k) % 4]} Ltd`,
      dates: `${['Jan', 'Mar', 'Jun', 'Sep'][(i + k) % 4]} ${2024 - 3 * k - (i % 3)} – ${k === 0 ? 'Present' : `Dec ${2024 - 3 * (k - 1) - (i % 3) - 1}`}`,
      bullets: [
        `Led work with ${SKILLS[r]![k]} that cut costs by ${5 + ((i * 7 + k) % 40)}% for ${100 + i} clients.`,
        `Delivered ${2 + k} projects using ${SKILLS[r]![(k + 1) % 5]} and ${SKILLS[r]![(k + 2) % 5]}.`,
        `Mentored ${1 + ((i + k) % 6)} colleagues and wrote the team's onboarding guide.`,
      ],
    })),
    education: `BSc ${['Computer Science', 'Mathematics', 'Economics', 'Nursing'][i % 4]}, University of ${['Leeds', 'Lyon', 'Porto', 'Graz'][i % 4]}, ${2010 + (i % 10)}`,
    skills: SKILLS[r]!,
  };
}

function pdfOf(cv: Cv, twoColumn: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (twoColumn) {
      doc.rect(0, 0, 180, 842).fill('#1f3a5f').fillColor('#ffffff');
      doc.fontSize(16).text(cv.name, 20, 50, { width: 150 });
      doc.fontSize(9).text(cv.email, 20, 100, { width: 150 });
      doc.fontSize(11).text('SKILLS', 20, 140, { width: 150 });
      doc.fontSize(9).text(cv.skills.join('\n'), 20, 160, { width: 150 });
      doc.fillColor('#000000').fontSize(12).text(cv.role.toUpperCase(), 200, 50, { width: 340 });
    } else {
      doc.fontSize(20).text(cv.name).fontSize(12).text(cv.role).fontSize(10).text(cv.email).moveDown();
    }
    const x = twoColumn ? 200 : 50;
    const width = twoColumn ? 340 : 495;
    const line = (text: string, size: number) => doc.fontSize(size).text(text, x, undefined, { width });
    line('SUMMARY', 12);
    line(cv.summary, 10);
    line('EXPERIENCE', 12);
    for (const job of cv.jobs) {
      line(`${job.title} — ${job.org}`, 11);
      line(job.dates, 9);
      for (const b of job.bullets) line(`• ${b}`, 10);
    }
    line('EDUCATION', 12);
    line(cv.education, 10);
    if (!twoColumn) {
      line('SKILLS', 12);
      line(cv.skills.join(', '), 10);
    }
    doc.end();
  });
}

function docxOf(cv: Cv): Promise<Buffer> {
  const p = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ ...(heading ? { heading } : {}), children: [new TextRun(text)] });
  const doc = new Document({
    creator: 'bench',
    sections: [
      {
        children: [
          p(cv.name, HeadingLevel.TITLE),
          p(cv.role),
          p(cv.email),
          p('Summary', HeadingLevel.HEADING_1),
          p(cv.summary),
          p('Experience', HeadingLevel.HEADING_1),
          ...cv.jobs.flatMap((j) => [
            p(`${j.title}, ${j.org}`, HeadingLevel.HEADING_2),
            p(j.dates),
            ...j.bullets.map((b) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b)] })),
          ]),
          p('Education', HeadingLevel.HEADING_1),
          p(cv.education),
          p('Skills', HeadingLevel.HEADING_1),
          p(cv.skills.join(', ')),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function txtOf(cv: Cv): string {
  return [
    cv.name,
    cv.role,
    `Email: ${cv.email}`,
    '',
    'SUMMARY',
    cv.summary,
    '',
    'EXPERIENCE',
    ...cv.jobs.flatMap((j) => [`${j.title} — ${j.org}`, j.dates, ...j.bullets.map((b) => `- ${b}`), '']),
    'EDUCATION',
    cv.education,
    '',
    'SKILLS',
    cv.skills.join(', '),
    '',
  ].join('\n');
}

/** 35% one-column PDF, 20% two-column PDF, 30% DOCX, 15% TXT, in a fixed order; CVs from..n-1. */
async function generate(dir: string, n: number, from = 0): Promise<void> {
  const kinds =
    'pdf1 pdf2 docx pdf1 txt docx pdf1 pdf2 docx pdf1 txt docx pdf1 pdf2 docx pdf1 txt pdf1 pdf2 docx'.split(
      ' ',
    );
  const batch = 16;
  for (let start = from; start < n; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, n - start) }, async (_v, k) => {
        const i = start + k;
        const cv = cvOf(i);
        const kind = kinds[i % kinds.length]!;
        const base = join(dir, `cv-${String(i).padStart(5, '0')}`);
        if (kind === 'txt') writeFileSync(`${base}.txt`, txtOf(cv));
        else if (kind === 'docx') writeFileSync(`${base}.docx`, await docxOf(cv));
        else writeFileSync(`${base}.pdf`, await pdfOf(cv, kind === 'pdf2'));
      }),
    );
  }
}

// ------------------------------------------------------------------ measuring

interface Measure {
  label: string;
  wallMs: number;
  peakRssMb: number;
  /** User plus system CPU time of the process, all threads: the work done, whatever the machine's load. */
  cpuMs: number;
  perFile: number[] | null;
}

/** Runs a command under /usr/bin/time -v: wall time and the child's peak RSS (threads included). */
function timed(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { wallMs: number; peakRssMb: number; cpuMs: number; stdout: string; stderr: string } {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const seconds = (name: string) =>
    Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1]);
  const cpuMs = (seconds('User') + seconds('System')) * 1000;
  return { wallMs, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, cpuMs, stdout: r.stdout, stderr: r.stderr };
}

/** What the CLI does with V8's flags here (see src/cli/v8-flags.ts); bare extraction keeps V8's defaults. */
function v8Settings(): string {
  const flags = tuneV8(process.versions.v8, process.env, () => undefined);
  return flags.length ? `shortlist sets ${flags.join(' ')}` : "shortlist keeps V8's defaults";
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** One row for several rounds of the same measurement: the median of each figure, every file's time. */
function medianMeasure(ms: Measure[]): Measure {
  return {
    label: ms[0]!.label,
    wallMs: median(ms.map((m) => m.wallMs)),
    cpuMs: median(ms.map((m) => m.cpuMs)),
    peakRssMb: median(ms.map((m) => m.peakRssMb)),
    perFile: ms.every((m) => m.perFile) ? ms.flatMap((m) => m.perFile!) : null,
  };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 200);
  const wi = argv.indexOf('--workers');
  const workers = wi >= 0 ? Number(argv[wi + 1]) : Math.max(1, Math.min(cpus().length, 8));
  const ri = argv.indexOf('--rounds');
  const roundCount = ri >= 0 ? Math.max(1, Number(argv[ri + 1])) : 3;
  if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-bench-'));
  const input = join(dir, 'cvs');
  mkdirSync(input);
  writeFileSync(join(dir, 'bare-worker.mjs'), BARE_WORKER);
  let t = performance.now();
  await generate(input, n);
  process.stderr.write(`generated ${n} CVs in ${((performance.now() - t) / 1000).toFixed(1)} s (${input})\n`);
  if (argv.includes('--generate-only')) return; // the folder is kept, for runs by hand

  const results: Measure[] = [];
  const bareRun = (w: number, folder = input, label = `bare extraction, ${w} worker${w > 1 ? 's' : ''}`) => {
    const r = timed([join(dir, 'bare-worker.mjs'), folder, String(w)]);
    return {
      label,
      wallMs: r.wallMs,
      peakRssMb: r.peakRssMb,
      cpuMs: r.cpuMs,
      perFile: JSON.parse(r.stdout) as number[],
    };
  };
  let runs = 0;
  const cliRun = (label: string, out: string, extra: string[], folder = input): Measure => {
    const timings = join(dir, `timings-${++runs}.json`);
    const r = timed([
      CLI,
      'run',
      folder,
      '--out',
      out,
      '--as-of',
      '2026-11-22',
      '--timings',
      timings,
      ...extra,
    ]);
    const report = JSON.parse(readFileSync(timings, 'utf8')) as {
      files: { readMs: number | null; scoreMs: number }[];
    };
    const perFile = report.files.filter((f) => f.readMs !== null).map((f) => f.readMs! + f.scoreMs);
    return {
      label,
      wallMs: r.wallMs,
      peakRssMb: r.peakRssMb,
      cpuMs: r.cpuMs,
      perFile: perFile.length ? perFile : null,
    };
  };
  // The first fifth of the folder: "flat" memory means a run over it peaks about as high.
  const fifth = Math.max(1, Math.round(n / 5));
  const fifthInput = join(dir, 'cvs-fifth');
  mkdirSync(fifthInput);
  for (const name of readdirSync(input).sort().slice(0, fifth)) {
    copyFileSync(join(input, name), join(fifthInput, name));
  }
  const wk = `${workers} worker${workers > 1 ? 's' : ''}`;
  if (workers > 1) {
    t = performance.now();
    results.push(bareRun(1));
    results.push(cliRun('whole run, 1 worker', join(dir, 'out-1'), ['--no-cache', '--concurrency', '1']));
    process.stderr.write(`measured 1 worker in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const rounds: { bare: Measure; run: Measure; bareFifth: Measure; runFifth: Measure }[] = [];
  const runArgs = ['--no-cache', '--concurrency', String(workers)];
  for (let r = 0; r < roundCount; r++) {
    t = performance.now();
    rounds.push({
      bare: bareRun(workers),
      run: cliRun(`whole run, ${wk}`, join(dir, `out-${workers}`), runArgs),
      // Bare extraction over the same fifth: how much the libraries' own peak grows with N.
      bareFifth: bareRun(workers, fifthInput, `bare extraction, first ${fifth} CVs, ${wk}`),
      runFifth: cliRun(`whole run, first ${fifth} CVs, ${wk}`, join(dir, 'out-fifth'), runArgs, fifthInput),
    });
    rmSync(join(dir, `out-${workers}`), { recursive: true, force: true });
    rmSync(join(dir, 'out-fifth'), { recursive: true, force: true });
    process.stderr.write(
      `measured ${wk}, round ${r + 1} of ${roundCount}, in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
  }
  const bareK = medianMeasure(rounds.map((r) => r.bare));
  const runK = medianMeasure(rounds.map((r) => r.run));
  const bareFifth = medianMeasure(rounds.map((r) => r.bareFifth));
  const fifthRun = medianMeasure(rounds.map((r) => r.runFifth));
  results.push(bareK, runK, bareFifth, fifthRun);
  const cachedOut = join(dir, 'out-cached');
  results.push(
    cliRun(`first run with cache, ${workers} workers`, cachedOut, ['--concurrency', String(workers)]),
  );
  results.push(cliRun(`cached re-run, ${workers} workers`, cachedOut, ['--concurrency', String(workers)]));
  const added = Math.max(1, Math.round(n / 100));
  await generate(input, n + added, n);
  results.push(
    cliRun(`re-run after adding ${added} CVs, ${workers} workers`, cachedOut, [
      '--concurrency',
      String(workers),
    ]),
  );

  const filesOf = (r: Measure) =>
    r.label.startsWith('re-run after') ? n + added : r === fifthRun || r === bareFifth ? fifth : n;
  const rows = results.map((r) => [
    r.label,
    (r.wallMs / 1000).toFixed(1),
    (r.cpuMs / 1000).toFixed(1),
    (filesOf(r) / (r.wallMs / 1000)).toFixed(1),
    r.perFile ? quantile(r.perFile, 0.5).toFixed(0) : '-',
    r.perFile ? quantile(r.perFile, 0.95).toFixed(0) : '-',
    r.peakRssMb.toFixed(0),
  ]);
  const head = ['', 'wall s', 'CPU s', 'files/s', 'p50 ms', 'p95 ms', 'peak RSS MB'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join(' | ')} |`;
  const out = [
    `N = ${n} CVs (${cpus().length} cores, Node ${process.version}; ${v8Settings()})`,
    '',
    line(head),
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`,
    ...rows.map(line),
    '',
  ];
  const get = (label: string) => results.find((r) => r.label.startsWith(label))!;
  const each = (f: (r: (typeof rounds)[number]) => number) => rounds.map(f);
  const ratios = each((r) => r.run.wallMs / r.bare.wallMs);
  const cpuRatios = each((r) => r.run.cpuMs / r.bare.cpuMs);
  const growths = each((r) => r.run.peakRssMb / r.runFifth.peakRssMb - 1);
  const bareGrowths = each((r) => r.bare.peakRssMb / r.bareFifth.peakRssMb - 1);
  const ratio = median(ratios);
  const growth = median(growths);
  const speedup = get('first run with cache').wallMs / get('cached re-run').wallMs;
  const peak = Math.max(
    ...results.filter((r) => !r.label.startsWith('bare')).map((r) => r.peakRssMb),
    ...each((r) => Math.max(r.run.peakRssMb, r.runFifth.peakRssMb)),
  );
  const incremental = get('first run with cache').wallMs / get('re-run after').wallMs;
  const percent = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
  const times = (x: number) => `${x.toFixed(2)}x`;
  const byRound = <T>(xs: T[], f: (x: T) => string) =>
    rounds.length > 1 ? ` (rounds: ${xs.map(f).join(', ')})` : '';
  out.push(
    `rows at ${wk}: medians of ${rounds.length} round${rounds.length > 1 ? 's' : ''}, each bare extraction, the whole run, then the same over the first fifth`,
    `whole run / bare extraction at ${wk}: ${times(ratio)}${byRound(ratios, times)} (target <= 1.2x: ${ratio <= 1.2 ? 'met' : 'NOT met'})`,
    `CPU time (all threads), whole run / bare extraction at ${wk}: ${times(median(cpuRatios))}${byRound(cpuRatios, times)}`,
    `cached re-run speed-up: ${speedup.toFixed(1)}x (target >= 10x: ${speedup >= 10 ? 'met' : 'NOT met'})`,
    `re-run after adding ${added} CVs: ${incremental.toFixed(1)}x faster than the first run`,
    `peak RSS of a run: ${peak.toFixed(0)} MB (target < 1024 MB: ${peak < 1024 ? 'met' : 'NOT met'})`,
    `peak RSS from ${fifth} to ${n} CVs at ${wk}: ${fifthRun.peakRssMb.toFixed(0)} -> ${runK.peakRssMb.toFixed(0)} MB, ${percent(growth)}${byRound(growths, percent)} (target flat, read as within +10%: ${growth <= 0.1 ? 'met' : 'NOT met'})`,
    `bare extraction's peak RSS from ${fifth} to ${n} CVs, for comparison: ${bareFifth.peakRssMb.toFixed(0)} -> ${bareK.peakRssMb.toFixed(0)} MB, ${percent(median(bareGrowths))}${byRound(bareGrowths, percent)}`,
    '',
  );
  process.stdout.write(out.join('\n'));
  if (!argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else process.stderr.write(`kept ${dir}\n`);
}

await main();
