import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { CRITERIA } from '../../src/score/registry.js';

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
