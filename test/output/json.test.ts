import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ranking } from '../../src/model.js';
import { toResultsJson, writeResultsJson } from '../../src/output/json.js';
import { makeRanking } from '../fixtures/ranking.js';

// results.json is written a candidate at a time; its bytes must stay those of the one-string form.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shortlist-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Several jobs (--jd <folder>): each job's own ranking, candidates carrying their best fit. */
function multiJob(): Ranking {
  const ranking = makeRanking();
  const jobs = ['backend', 'data'].map((name, i) => {
    const job = makeRanking();
    job.run.job = { title: `${name} role`, file: `jobs/${name}.md`, sha256: String(i).repeat(64) };
    job.candidates.reverse().forEach((c, rank) => {
      c.rank = rank + 1;
      c.assessment.score = 90 - 10 * rank - i;
    });
    job.failures = [];
    return {
      title: `${name} role`,
      file: `jobs/${name}.md`,
      sha256: String(i).repeat(64),
      folder: `jobs/${name}`,
      ranking: job,
    };
  });
  ranking.run.jobs = jobs.map(({ title, file, sha256 }) => ({ title, file, sha256 }));
  ranking.jobs = jobs;
  ranking.candidates.forEach(
    (c, i) => (c.bestFit = { title: `job ${i}`, file: null, score: c.assessment.score }),
  );
  return ranking;
}

const cases: [string, () => Ranking][] = [
  ['candidates and failures', makeRanking],
  [
    'blind mode',
    () => {
      const r = makeRanking();
      r.run.blind = true;
      r.run.feedbackMessage = 'Thank you\nfor applying';
      return r;
    },
  ],
  ['several jobs', multiJob],
  [
    'several jobs, blind',
    () => {
      const r = multiJob();
      r.run.blind = true;
      for (const job of r.jobs!) job.ranking.run.blind = true;
      return r;
    },
  ],
  [
    'no candidates, no failures',
    () => {
      const r = makeRanking();
      r.candidates = [];
      r.failures = [];
      return r;
    },
  ],
  [
    'several jobs, none with candidates',
    () => {
      const r = multiJob();
      r.candidates = [];
      for (const job of r.jobs!) job.ranking.candidates = [];
      return r;
    },
  ],
];

describe('writeResultsJson', () => {
  it.each(cases)('streams the same bytes as JSON.stringify: %s', async (name, make) => {
    const out = join(dir, name.replace(/\W+/g, '-'));
    const path = await writeResultsJson(make(), out);
    expect(path).toBe(join(out, 'results.json'));
    const expected = JSON.stringify(toResultsJson(make()), null, 2) + '\n';
    expect(await readFile(path, 'utf8')).toBe(expected);
    // Written under a temporary name, then renamed: nothing left behind.
    expect(await readdir(out)).toEqual(['results.json']);
  });

  it('keeps the fields of the contract, jobs included', () => {
    const json = toResultsJson(multiJob()) as Record<string, unknown> & {
      run: Record<string, unknown>;
      candidates: Record<string, unknown>[];
      jobs: { folder: string; candidates: { reports: { recruiter: string } }[] }[];
    };
    expect(Object.keys(json)).toEqual(['schemaVersion', 'run', 'candidates', 'jobs', 'failures']);
    expect(json.run.jobs).toHaveLength(2);
    expect(json.candidates[0]!.bestFit).toBeDefined();
    expect(json.jobs[1]!.candidates[0]!.reports.recruiter).toMatch(/^jobs\/data\/candidates\//);
  });

  it('replaces the file whole, even over an older, longer one', async () => {
    const out = join(dir, 'replace');
    const big = makeRanking();
    big.candidates = [...big.candidates, ...structuredClone(big.candidates)];
    await writeResultsJson(big, out);
    await writeResultsJson(makeRanking(), out);
    expect(await readFile(join(out, 'results.json'), 'utf8')).toBe(
      JSON.stringify(toResultsJson(makeRanking()), null, 2) + '\n',
    );
  });
});
