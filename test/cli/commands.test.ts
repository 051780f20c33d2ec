import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { CRITERIA } from '../../src/score/registry.js';
import { HANG_MARKER, zipBombDocx } from '../fault/make-corpus.js';

// The inspect, explain and profile init commands, through the built CLI (npm test builds dist/ first).
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const cli = (...args: string[]) => run(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT });
const SAMPLE = join(ROOT, 'samples/applicants/Zoe_Orsted_CV.pdf');
const JOB = join(ROOT, 'samples/jobs/backend-developer.md');

describe('shortlist inspect', () => {
  it('prints the reading of a two-column PDF as a summary', async () => {
    const { stdout } = await cli('inspect', SAMPLE, '--pretty', '--as-of', '2026-11-22');
    expect(stdout).toContain('Zoë Ørsted');
    expect(stdout).toContain('2 column(s)');
    expect(stdout).toMatch(/2022-04 – present\s+Lead Backend Engineer · Krone Pay/);
  });

  it('prints JSON that parses, with the contract’s reading', async () => {
    const { stdout } = await cli('inspect', SAMPLE, '--as-of', '2026-11-22');
    const json = JSON.parse(stdout) as { cv: { contact: { emails: string[] }; positions: unknown[] } };
    expect(json.cv.contact.emails).toEqual(['zoe.orsted@example.com']);
    expect(json.cv.positions).toHaveLength(3);
  });
});

describe('shortlist explain', () => {
  it('prints every criterion with weight, score and evidence', async () => {
    const { stdout } = await cli(
      'explain',
      SAMPLE,
      '--jd',
      JOB,
      '--profile',
      'backend-developer',
      '--as-of',
      '2026-11-22',
    );
    expect(stdout).toMatch(/^Zoë Ørsted \(Zoe_Orsted_CV\.pdf\) for Senior Backend Developer/);
    expect(stdout).toMatch(/Score \d+\.\d of 100 · tier (shortlist|consider|reject)/);
    for (const c of CRITERIA) expect(stdout, c.id).toContain(`(${c.id}, weight `);
    expect(stdout).toContain('required skills found');
  });
});

describe('explain and inspect read the file as a run does, in a worker under its limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'one-file-'));
  const hostile = (name: string, bytes: Buffer | string) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };

  it('a zip bomb is reported too-large, not inflated', async () => {
    const bomb = hostile('bomb.docx', zipBombDocx());
    const { stdout } = await cli('explain', bomb);
    expect(stdout).toMatch(/^bomb\.docx: not scored \(too-large: /);
    const inspected = JSON.parse((await cli('inspect', bomb)).stdout) as {
      sha256: string;
      extraction: { ok: boolean; status: string };
      cv: unknown;
    };
    expect(inspected.extraction).toMatchObject({ ok: false, status: 'too-large' });
    expect(inspected.cv).toBeNull();
    expect(inspected.sha256).toBe(createHash('sha256').update(zipBombDocx()).digest('hex'));
  });

  it('a file over --max-file-size is reported unread, with its hash', async () => {
    const bytes = readFileSync(SAMPLE);
    const big = hostile('big.pdf', bytes);
    const limit = String(bytes.length / 2 / 1048576);
    const { stdout } = await cli('explain', big, '--max-file-size', limit);
    expect(stdout).toMatch(/^big\.pdf: not scored \(too-large: 0\.\d MB, over the 0 MB limit\)/);
    const inspected = JSON.parse((await cli('inspect', big, '--max-file-size', limit)).stdout) as {
      sha256: string;
      extraction: { status: string };
    };
    expect(inspected.extraction.status).toBe('too-large');
    expect(inspected.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('a CV whose reading never ends is stopped at --timeout', async () => {
    // SHORTLIST_TEST_FAULT makes reading a text that holds the marker hang (see score-text.ts).
    const hang = hostile(
      'hangs.txt',
      `${readFileSync(join(ROOT, 'samples/applicants/ahmed_hassan_cv.txt'), 'utf8')}\n${HANG_MARKER}\n`,
    );
    const start = Date.now();
    const { stdout } = await run(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'explain', hang, '--timeout', '2'],
      {
        cwd: ROOT,
        env: { ...process.env, SHORTLIST_TEST_FAULT: `hang:${HANG_MARKER}` },
      },
    );
    expect(stdout).toBe('hangs.txt: not scored (timeout: Reading the file took longer than 2 s)\n');
    expect(Date.now() - start).toBeLessThan(20_000);
    // inspect reads the text in the worker too.
    const inspected = await run(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'inspect', hang, '--pretty', '--timeout', '2'],
      { cwd: ROOT, env: { ...process.env, SHORTLIST_TEST_FAULT: `hang:${HANG_MARKER}` } },
    );
    expect(inspected.stdout).toMatch(
      /^hangs\.txt {2}\(sha256 [0-9a-f]{12}…\)\n {2}could not be read: timeout: Reading the file took longer than 2 s\n$/,
    );
  });

  it('a CV that shortlist fails to score gets the failure a run gives it', async () => {
    const text = hostile('throws.txt', 'Jane Doe\nBackend Developer\nExperience\nboom-marker\n');
    const { stdout } = await run(process.execPath, [join(ROOT, 'dist/cli.js'), 'explain', text], {
      cwd: ROOT,
      env: { ...process.env, SHORTLIST_TEST_FAULT: 'throw:boom-marker' },
    });
    expect(stdout).toMatch(
      /^throws\.txt: not scored \(malformed: The text was read but could not be scored, because of an error in shortlist \(.+\); please report it\)\n$/,
    );
  });

  it('explain gives the score a run gives the same CV', async () => {
    const out = mkdtempSync(join(tmpdir(), 'one-file-run-'));
    const input = mkdtempSync(join(tmpdir(), 'one-file-in-'));
    writeFileSync(join(input, 'zoe.pdf'), readFileSync(SAMPLE));
    const args = ['--jd', JOB, '--profile', 'backend-developer', '--as-of', '2026-11-22'];
    await cli('run', input, '--out', out, '--no-cache', ...args);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
      candidates: { score: number; tier: string }[];
    };
    const { score, tier } = results.candidates[0]!;
    const { stdout } = await cli('explain', join(input, 'zoe.pdf'), ...args);
    expect(stdout).toContain(`Score ${score.toFixed(1)} of 100 · tier ${tier}`);
  });
});

describe('shortlist profile init', () => {
  it('writes a profile from a job description that validates and loads', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'init-')), 'accountant.yaml');
    const { stdout } = await cli(
      'profile',
      'init',
      '--from-jd',
      join(ROOT, 'samples/jobs/accountant.md'),
      '--out',
      out,
    );
    expect(stdout).toContain(`Wrote ${out}`);
    const profile = loadProfile(out);
    expect(profile.title).toBe('Management Accountant');
    expect(profile.skills.required).toContain('ACCA or ACA or CIMA');
    expect(profile.experience.minYears).toBe(3);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Role profile made by/);
    await expect(
      cli('profile', 'init', '--from-jd', join(ROOT, 'samples/jobs/accountant.md'), '--out', out),
    ).rejects.toThrow(/already exists/);
  });
});
