import { join } from 'node:path';
import type { Candidate, Ranking } from '../model.js';
import { writeFileAtomic } from './atomic.js';
import { recruiterRanking } from './blind.js';

export const RESULTS_SCHEMA_VERSION = 1;

/**
 * The results.json contract other programs read. Field names here are frozen: add, never rename or drop.
 * Candidates come in rank order; the same input gives the same bytes apart from run.id and run.startedAt.
 * With run.blind, the recruiter's view (see blind.ts): contact null/[], file names as labels.
 */
export function toResultsJson(original: Ranking): unknown {
  // Blind mode keeps every field: identity becomes null or [], file names become neutral labels.
  const ranking = recruiterRanking(original);
  const { run } = ranking;
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    run: {
      id: run.id,
      startedAt: run.startedAt,
      asOf: run.asOf,
      tool: run.tool,
      input: run.input,
      profile: run.profile,
      job: run.job,
      ...(run.jobs ? { jobs: run.jobs } : {}),
      weights: run.weights,
      feedbackMessage: run.feedbackMessage ?? null,
      blind: run.blind === true,
    },
    candidates: ranking.candidates.map(candidateJson),
    // Several jobs (--jd <folder>): each job's candidates in its own rank order; report paths lead
    // into that job's folder. `candidates` above holds each candidate's best fit.
    ...(ranking.jobs
      ? {
          jobs: ranking.jobs.map((job) => ({
            title: job.title,
            file: job.file,
            sha256: job.sha256,
            folder: job.folder,
            candidates: recruiterRanking(job.ranking).candidates.map((c) =>
              candidateJson({
                ...c,
                reports: {
                  recruiter: `${job.folder}/${c.reports.recruiter}`,
                  feedback: `${job.folder}/${c.reports.feedback}`,
                },
              }),
            ),
          })),
        }
      : {}),
    failures: ranking.failures.map((f) => ({
      file: f.file,
      status: f.status,
      message: f.message,
      sha256: f.sha256,
    })),
  };
}

function candidateJson(c: Candidate): unknown {
  const { cv, assessment } = c;
  return {
    id: c.id,
    file: c.file,
    sha256: c.sha256,
    format: c.format,
    rank: c.rank,
    score: assessment.score,
    fit: assessment.fit ?? null,
    quality: assessment.quality ?? null,
    tier: assessment.tier,
    gatesFailed: assessment.gatesFailed,
    contact: {
      name: cv.contact.name,
      emails: cv.contact.emails,
      phones: cv.contact.phones,
      links: cv.contact.links,
      location: cv.contact.location,
    },
    experience: cv.positions.map((p) => ({
      title: p.title,
      organization: p.organization,
      location: p.location,
      start: p.dates?.start ?? null,
      end: p.dates?.end ?? null,
      current: p.dates?.current ?? false,
    })),
    totalExperienceMonths: cv.facts.totalExperienceMonths,
    education: cv.education.map((e) => ({ institution: e.institution, degree: e.degree, end: e.end })),
    skills: cv.skills.map((s) => ({ name: s.name, category: s.category, mentions: s.mentions.length })),
    requirements: assessment.requirements.map((r) => ({
      skill: r.skill,
      kind: r.kind,
      met: r.met,
      ...(r.shown ? { shown: r.shown } : {}),
      evidence: r.evidence,
    })),
    criteria: assessment.criteria.map((r) => ({
      id: r.id,
      title: r.title,
      headline: r.headline,
      category: r.category,
      mode: r.mode,
      weight: r.weight,
      score: r.score,
      ...(r.passed === undefined ? {} : { passed: r.passed }),
      evidence: r.evidence,
    })),
    flags: assessment.flags,
    duplicates: c.duplicates ?? [],
    language: cv.language,
    certifications: cv.certifications,
    languagesSpoken: cv.languagesSpoken,
    confidence: cv.confidence,
    facts: cv.facts,
    reports: c.reports,
    ...(c.bestFit ? { bestFit: c.bestFit } : {}),
  };
}

export async function writeResultsJson(ranking: Ranking, outDir: string): Promise<string> {
  const path = join(outDir, 'results.json');
  await writeFileAtomic(path, JSON.stringify(toResultsJson(ranking), null, 2) + '\n');
  return path;
}
