import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isIgnoredName } from './discover.js';
import { formatFromExtension } from '../extract/sniff.js';
import type { Candidate, JobRanking, Ranking } from '../model.js';
import { derive } from '../lazy.js';
import { headlineOf, rankCandidates } from '../score/rank.js';

/** The job descriptions in a folder (not recursive), by name; an empty folder is an error upstream. */
export async function listJobFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder))
    .filter((n) => !isIgnoredName(n) && formatFromExtension(n) !== null)
    .sort();
  const files: string[] = [];
  for (const name of names) if ((await stat(join(folder, name))).isFile()) files.push(join(folder, name));
  return files;
}

/** A folder name for a job's outputs, from its file name: safe on every file system, unique. */
export function jobFolders(files: string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const base =
      (file.split(/[\\/]/).pop() ?? 'job')
        .replace(/\.[^.]+$/, '')
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 50) || 'job';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return `jobs/${slug}`;
  });
}

/**
 * Several jobs' rankings into one: each candidate appears once, with the assessment of the job it
 * fits best (ties to the first job by file name) and `bestFit` naming that job, ranked again. The
 * per-job rankings are kept in `jobs`, each with its own report folder.
 */
export function combineJobRankings(jobs: JobRanking[]): Ranking {
  const first = jobs[0]!.ranking;
  const best = new Map<string, { candidate: Candidate; job: JobRanking }>();
  for (const job of jobs) {
    for (const c of job.ranking.candidates) {
      const seen = best.get(c.id);
      if (!seen || headlineOf(c).score > headlineOf(seen.candidate).score)
        best.set(c.id, { candidate: c, job });
    }
  }
  const candidates = rankCandidates(
    [...best.values()].map(({ candidate, job }) => {
      // A copy without the rank (ranked again below) that keeps fields loaded on demand as they are.
      const rest: Omit<Candidate, 'rank'> & { rank?: number } = derive(candidate, {
        reports: {
          recruiter: `${job.folder}/${candidate.reports.recruiter}`,
          feedback: `${job.folder}/${candidate.reports.feedback}`,
        },
        bestFit: { title: job.title, file: job.file, score: headlineOf(candidate).score },
      });
      delete rest.rank;
      return rest;
    }),
  );
  return {
    run: {
      ...first.run,
      job: null,
      jobs: jobs.map((j) => ({ title: j.title, file: j.file, sha256: j.sha256 })),
    },
    candidates,
    failures: first.failures,
    jobs,
  };
}
