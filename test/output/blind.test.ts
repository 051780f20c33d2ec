import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN, blindRanking, recruiterRanking, shareRecruiterRanking } from '../../src/output/blind.js';
import { defaultTemplatesDir, writeOutputs } from '../../src/output/index.js';
import { makeRanking } from '../fixtures/ranking.js';
import { unzip } from './unzip.js';

// Blind mode: the recruiter outputs (workbook, CSV, results.json, index and recruiter pages) carry
// no name, email, phone, link, address, personal detail or file name of any candidate; the
// feedback reports keep the name; scores do not change.

/** Every file under `dir` (relative paths, forward slashes), skipping the given top-level folders. */
async function filesUnder(dir: string, skip: string[] = []): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (!skip.some((s) => path === s || path.startsWith(`${s}/`))) out.push(path);
  }
  return out.sort();
}

/** A file's text as a reader of it could see it: an .xlsx as every XML part inside it. */
async function textOf(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (!path.endsWith('.xlsx')) return bytes.toString('utf8');
  return [...unzip(bytes)].map(([name, data]) => `\n=== ${name}\n${data.toString('utf8')}`).join('');
}

/** Which of `needles` occur in `text`, case-insensitively (HTML and XML entities decoded first). */
function found(text: string, needles: string[]): string[] {
  const plain = text
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&#x3D;/g, '=')
    .replace(/&#x40;|&#64;/g, '@')
    .toLocaleLowerCase();
  return needles.filter((n) => plain.includes(n.toLocaleLowerCase()));
}

describe('blindRanking', () => {
  const original = makeRanking();
  original.run.blind = true;
  const before = structuredClone(original);
  const blind = blindRanking(original);

  it('leaves the ranking it is given untouched', () => {
    expect(original).toEqual(before);
    expect(recruiterRanking({ ...original, run: { ...original.run, blind: false } }).candidates[0]).toBe(
      original.candidates[0],
    );
  });

  it('keeps every score, tier, rank and criterion result', () => {
    for (const [i, c] of blind.candidates.entries()) {
      const o = original.candidates[i]!;
      expect([c.id, c.rank, c.assessment.score, c.assessment.tier]).toEqual([
        o.id,
        o.rank,
        o.assessment.score,
        o.assessment.tier,
      ]);
      expect(c.assessment.criteria.map((r) => [r.id, r.score, r.weight, r.passed])).toEqual(
        o.assessment.criteria.map((r) => [r.id, r.score, r.weight, r.passed]),
      );
      expect(c.assessment.requirements.map((r) => [r.skill, r.met])).toEqual(
        o.assessment.requirements.map((r) => [r.skill, r.met]),
      );
    }
  });

  it('empties the contact details and personal details, and labels files by id', () => {
    for (const c of blind.candidates) {
      expect(c.cv.contact).toEqual({ name: null, emails: [], phones: [], links: [], location: null });
      expect(c.cv.facts.personalDetails).toEqual([]);
      expect(c.file).toBe(c.id);
    }
    expect(blind.failures.map((f) => f.file)).toEqual(['file-aaaaaaaaaa', 'file-bbbbbbbbbb']);
  });

  it('blanks a quote that names the candidate and hides identity inside other text', () => {
    const priya = structuredClone(makeRanking());
    const c = priya.candidates[0]!;
    c.assessment.criteria[0]!.evidence.push(
      { message: 'Contact line', quote: 'London · priya.natarajan@example.com · +44 7700 900123' },
      { message: 'Phone as written', quote: 'Call 07700 900123 any time' },
      { message: 'Header', quote: 'PRIYA NATARAJAN' },
      { message: 'Profile github.com/priyan is linked' },
    );
    c.cv.positions[0]!.organization = 'Natarajan Consulting';
    c.assessment.flags.push({
      id: 'duplicate',
      message: 'Same file content as applications/Tom Becker CV.docx',
    });
    const b = blindRanking(priya).candidates[0]!;
    const evidence = b.assessment.criteria[0]!.evidence;
    expect(evidence.slice(-4).map((e) => e.quote)).toEqual(['', '', '', undefined]);
    expect(evidence.at(-1)!.message).toBe(`Profile ${HIDDEN} is linked`);
    expect(b.cv.positions[0]!.organization).toBe(`${HIDDEN} Consulting`);
    // Another candidate's file name becomes that candidate's id.
    expect(b.assessment.flags.at(-1)!.message).toBe('Same file content as c-6f7a8b9c0d');
    // Lines without identity are still quoted.
    expect(evidence[0]!.quote).toContain('Built a Node.js routing service');
  });

  it('names no part of a name written in lower case ("will" is not Will)', () => {
    const r = structuredClone(makeRanking());
    const c = r.candidates[1]!;
    c.cv.contact.name = 'Will van Dijk';
    c.assessment.criteria[0]!.evidence.push({ message: 'm', quote: 'Services that will scale' });
    c.assessment.criteria[0]!.evidence.push({ message: 'm', quote: 'Led by WILL VAN DIJK' });
    const evidence = blindRanking(r).candidates[1]!.assessment.criteria[0]!.evidence;
    expect(evidence.slice(-2).map((e) => e.quote)).toEqual(['Services that will scale', '']);
  });

  it('hides a name and a link written with punctuation around them', () => {
    const r = structuredClone(makeRanking());
    const c = r.candidates[1]!;
    c.cv.contact.name = '“Tomasz” Becker-Ward.';
    c.cv.contact.links = ['https://www.gitlab.com/tbw///'];
    c.assessment.criteria[0]!.evidence.push(
      { message: 'm', quote: 'Reviewed by TOMASZ' },
      { message: 'm', quote: 'Mentored by Becker-Ward' },
      { message: 'Code at gitlab.com/tbw' },
    );
    const evidence = blindRanking(r).candidates[1]!.assessment.criteria[0]!.evidence;
    expect(evidence.slice(-3).map((e) => e.quote)).toEqual(['', '', undefined]);
    expect(evidence.at(-1)!.message).toBe(`Code at ${HIDDEN}`);
  });

  it('hides a name and links written with runs of 30,000 dashes or slashes inside them', () => {
    // Trimmed in time growing with the square of a run's length, these took some 14 s to blind.
    const r = structuredClone(makeRanking());
    const c = r.candidates[1]!;
    c.cv.contact.name = `Tomasz B${'-'.repeat(30_000)}X`;
    const runs = Array.from({ length: 12 }, (_, i) => `gitlab.com/tbw${i}${'/'.repeat(30_000)}x`);
    c.cv.contact.links = ['gitlab.com/tbw', ...runs];
    for (const result of [...c.assessment.criteria, ...c.assessment.requirements]) result.evidence = [];
    c.assessment.criteria[0]!.evidence.push(
      { message: 'm', quote: 'Reviewed by Tomasz' },
      { message: 'Code at gitlab.com/tbw' },
    );
    const evidence = blindRanking(r).candidates[1]!.assessment.criteria[0]!.evidence;
    expect(evidence.map((e) => e.quote)).toEqual(['', undefined]);
    expect(evidence.at(-1)!.message).toBe(`Code at ${HIDDEN}`);
  }, 5_000); // well under a second here: the limit tells a hang from a pass

  it('hides a name part and a link of 40,000 characters, which no pattern can hold', () => {
    // As patterns they were over V8's size limit: the whole run stopped with a SyntaxError.
    const r = structuredClone(makeRanking());
    const c = r.candidates[1]!;
    const part = `Tomasz${'x'.repeat(40_000)}`;
    const link = `https://gitlab.com/${'t'.repeat(40_000)}`;
    c.cv.contact.name = `${part} Becker`;
    c.cv.contact.links = [link];
    for (const result of [...c.assessment.criteria, ...c.assessment.requirements]) result.evidence = [];
    c.assessment.criteria[0]!.evidence.push(
      { message: 'm', quote: `Reviewed by ${part}` },
      { message: `Code at ${link} and ${link.toUpperCase()}` },
      { message: 'Mentored by BECKER' },
    );
    const evidence = blindRanking(r).candidates[1]!.assessment.criteria[0]!.evidence;
    expect(evidence[0]!.quote).toBe('');
    // Found as written: a long piece in other capitals is not (a name part in capitals is, below).
    expect(evidence[1]!.message).toBe(`Code at ${HIDDEN} and ${link.toUpperCase()}`);
    expect(evidence[2]!.message).toBe(`Mentored by ${HIDDEN}`);
  });

  it('blinds a ranking once for all the outputs while they are written, afresh otherwise', async () => {
    const ranking = makeRanking();
    ranking.run.blind = true;
    expect(recruiterRanking(ranking)).not.toBe(recruiterRanking(ranking));
    await shareRecruiterRanking(async () => {
      const first = recruiterRanking(ranking);
      expect(recruiterRanking(ranking)).toBe(first);
      expect(first).toEqual(blindRanking(ranking));
    });
    expect(recruiterRanking(ranking)).not.toBe(recruiterRanking(ranking));
  });

  it('replaces file names inside texts as one pass per name, longest first, whatever their number', () => {
    const ranking = makeRanking();
    ranking.run.blind = true;
    const [a, b, c] = ranking.candidates;
    a!.file = 'cv.pdf';
    b!.file = 'old/cv.pdf';
    c!.file = 'x.doc';
    c!.duplicates = ['cv.pdf.bak'];
    ranking.failures[0]!.file = 'c-1';
    // Many more files, as in a large run, none of them named in the texts.
    for (let i = 0; i < 500; i++)
      ranking.failures.push({ ...ranking.failures[1]!, file: `batch/${i}-cv.pdf` });
    const message = 'Sent old/cv.pdf, then cv.pdf and cv.pdf.bak; x.doc too (c-1)';
    a!.assessment.flags = [{ id: 'files', message }];
    // What blindRanking did when it searched every text for every file name, in order.
    const files = [
      ...ranking.candidates.flatMap((x) => [
        [x.file, x.id],
        ...(x.duplicates ?? []).map((d, i) => [d, `${x.id}-copy-${i + 1}`]),
      ]),
      ...ranking.failures.map((f, i) => [
        f.file,
        f.sha256 ? `file-${f.sha256.slice(0, 10)}` : `file-${i + 1}`,
      ]),
    ].sort((x, y) => y[0]!.length - x[0]!.length);
    const expected = files.reduce(
      (out, [file, label]) => (out.includes(file!) ? out.split(file!).join(label!) : out),
      message,
    );
    expect(blindRanking(ranking).candidates[0]!.assessment.flags[0]!.message).toBe(expected);
    expect(expected).not.toContain('cv.pdf');
  });
});

describe('blind outputs from the writers', () => {
  let out: string;
  const identity = [
    'Priya Natarajan',
    'Natarajan',
    'priya.natarajan@example.com',
    '7700 900123',
    'github.com/priyan',
    'linkedin.com/in/priya-natarajan',
    'Tom Becker',
    'tom.becker@example.org',
    '07700 900456',
    'Manchester',
    'priya-natarajan-cv.pdf',
    'jane-doe-scan',
  ];

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'shortlist-blind-'));
    const ranking = makeRanking();
    ranking.run.blind = true;
    await writeOutputs(ranking, { outDir: out, templatesDir: defaultTemplatesDir() });
  });

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('writes no identity into any recruiter output', async () => {
    const files = await filesUnder(out, ['feedback']);
    expect(files).toEqual(
      expect.arrayContaining(['results.json', 'ranking.xlsx', 'ranking.csv', 'index.html']),
    );
    for (const file of files) expect(found(await textOf(join(out, file)), identity), file).toEqual([]);
  });

  it('keeps the name in the feedback reports, and does not link them from the recruiter pages', async () => {
    expect(await readFile(join(out, 'feedback/c-1a2b3c4d5e.html'), 'utf8')).toContain(
      'Dear Priya Natarajan,',
    );
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).not.toContain('href="feedback/');
    expect(index).toContain('<strong>Blind mode.</strong>');
    const report = await readFile(join(out, 'candidates/c-1a2b3c4d5e.html'), 'utf8');
    expect(report).not.toContain('feedback/');
    expect(report).toContain('<h1>c-1a2b3c4d5e</h1>');
  });

  it('keeps every results.json field, with identity null or empty', async () => {
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as {
      run: { blind: boolean };
      candidates: { id: string; file: string; contact: unknown; score: number }[];
    };
    expect(results.run.blind).toBe(true);
    expect(results.candidates.map((c) => [c.id, c.file, c.score])).toEqual([
      ['c-1a2b3c4d5e', 'c-1a2b3c4d5e', 84.6],
      ['c-6f7a8b9c0d', 'c-6f7a8b9c0d', 61.3],
      ['c-e1e2e3e4e5', 'c-e1e2e3e4e5', 27.9],
    ]);
    for (const c of results.candidates) {
      expect(c.contact).toEqual({ name: null, emails: [], phones: [], links: [], location: null });
    }
  });
});

// ---------------------------------------------------------------- end to end, through the built CLI

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const SAMPLES = join(import.meta.dirname, '../../samples/applicants');

/** A CV with identity nobody else has: every piece must be missing from the blind outputs. */
const PLANTED = {
  name: 'Quillon Vantreska',
  email: 'q.vantreska@example.net',
  phone: '07700 900418',
  link: 'github.com/qvantreska',
  address: '14 Larkspur Lane, Hebden Bridge',
  birth: 'Date of birth: 3 March 1990',
};
const PLANTED_CV = `${PLANTED.name}
${PLANTED.address} · ${PLANTED.email} · ${PLANTED.phone} · ${PLANTED.link}
${PLANTED.birth}

PROFILE
Backend engineer with 6 years building Node.js and PostgreSQL services at 2,000 requests/sec.

EXPERIENCE
Senior Backend Engineer, Vantreska Labs, Leeds (Mar 2021 – Present)
• Built a Node.js payments API on PostgreSQL handling 2,000 requests/sec with 99.9% uptime.
• Cut p95 latency from 600 ms to 150 ms by caching account lookups in Redis.
• Led a team of 4 engineers and ran the on-call rota for the ledger service.

Backend Developer, Parcelhub, Manchester (Feb 2018 – Feb 2021)
• Designed a Kafka pipeline for parcel events processing 2M messages a day.
• Automated CI/CD with GitHub Actions, taking releases from weekly to daily.

EDUCATION
BSc Computer Science, University of York, 2017

SKILLS
Node.js, TypeScript, PostgreSQL, Redis, Kafka, Docker, AWS, Terraform
`;
const SAMPLE_FILES = ['Amara_Okafor_CV.pdf', 'aisha-khan-cv.md', 'resume_bob_turner.txt'];

describe('shortlist run --blind (the built CLI)', () => {
  let input: string;
  let blindOut: string;
  let openOut: string;
  let stdout: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test builds first)`);
    input = await mkdtemp(join(tmpdir(), 'shortlist-blind-in-'));
    blindOut = await mkdtemp(join(tmpdir(), 'shortlist-blind-out-'));
    openOut = await mkdtemp(join(tmpdir(), 'shortlist-open-out-'));
    await writeFile(join(input, 'Quillon_Vantreska_CV.txt'), PLANTED_CV);
    for (const f of SAMPLE_FILES) await copyFile(join(SAMPLES, f), join(input, f));
    const args = ['run', input, '--as-of', '2026-06-30', '--profile', 'backend-developer', '--no-cache'];
    const blind = await run(process.execPath, [CLI, ...args, '--blind', '--out', blindOut]);
    stdout = blind.stdout;
    await run(process.execPath, [CLI, ...args, '--out', openOut]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([input, blindOut, openOut].map((d) => rm(d, { recursive: true, force: true })));
  });

  it('writes none of the planted name, email, phone, link, address, birth date or file name', async () => {
    const needles = [
      PLANTED.name,
      'Quillon',
      'Vantreska',
      PLANTED.email,
      PLANTED.phone,
      '7700 900418',
      '7700900418',
      'qvantreska',
      'Larkspur',
      'Hebden Bridge',
      '3 March 1990',
    ];
    const files = await filesUnder(blindOut, ['feedback']);
    expect(files.filter((f) => f.startsWith('candidates/'))).toHaveLength(4);
    for (const file of files) expect(found(await textOf(join(blindOut, file)), needles), file).toEqual([]);
    expect(found(stdout, needles), 'terminal summary').toEqual([]);
  });

  it("writes no other candidate's name, email, phone or file name either", async () => {
    const open = JSON.parse(await readFile(join(openOut, 'results.json'), 'utf8')) as {
      candidates: { file: string; contact: { name: string | null; emails: string[]; phones: string[] } }[];
    };
    const needles = open.candidates.flatMap((c) => [
      ...(c.contact.name ? [c.contact.name] : []),
      ...c.contact.emails,
      ...c.contact.phones.map((p) => p.replace(/^\+\d+\s*/, '')),
      c.file.replace(/\.[a-z]+$/, ''),
    ]);
    expect(needles.length).toBeGreaterThan(10);
    for (const file of await filesUnder(blindOut, ['feedback'])) {
      expect(found(await textOf(join(blindOut, file)), needles), file).toEqual([]);
    }
  });

  it('gives the same scores, tiers and order as a run without --blind', async () => {
    type Results = { candidates: { sha256: string; rank: number; score: number; tier: string }[] };
    const read = async (dir: string): Promise<unknown[]> =>
      (JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')) as Results).candidates.map((c) => [
        c.sha256,
        c.rank,
        c.score,
        c.tier,
      ]);
    expect(await read(blindOut)).toEqual(await read(openOut));
  });

  it('keeps the name in the feedback report', async () => {
    const pages = await filesUnder(join(blindOut, 'feedback'));
    const texts = await Promise.all(pages.map((p) => readFile(join(blindOut, 'feedback', p), 'utf8')));
    expect(texts.filter((t) => t.includes(`Dear ${PLANTED.name},`))).toHaveLength(1);
  });
});
