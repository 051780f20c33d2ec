import { basename } from 'node:path';
import type { Assessment, CriterionResult } from '../model.js';
import type { AssessedRecord } from '../pipeline/cache.js';
import { prepareRun, scoringFailure, specOf } from '../pipeline/run.js';
import { parseJson } from '../pipeline/spill.js';
import { unpackAssessment } from '../score/evaluate.js';
import { ONE_FILE_LIMITS, readOneFile } from './read-one.js';

export interface ExplainOptions {
  jd?: string | undefined;
  profile?: string | undefined;
  asOf?: string | undefined;
}

/**
 * One CV scored against the role, as text for a terminal: the total and tier, then each criterion with
 * its weight, its score, what it contributed and its evidence, biggest contributions first.
 */
export async function explainFile(
  path: string,
  options: ExplainOptions,
  limits = ONE_FILE_LIMITS,
): Promise<string> {
  const ctx = await prepareRun({ jd: options.jd, profile: options.profile, asOf: options.asOf });
  // Read and scored in a worker, as a run does (read-one.ts): the same limits, the same scores.
  const spec = specOf(ctx);
  const { read } = await readOneFile(path, { score: [spec] }, limits);
  const file = basename(path);
  if (!read.extraction.ok)
    return `${file}: not scored (${read.extraction.status}: ${read.extraction.message})\n`;
  const scored = read.scores?.[spec.key];
  if (!scored?.ok) {
    // What a run's failure row says of the same file.
    const failure = scoringFailure(scored?.error ?? 'the worker gave no score');
    return `${file}: not scored (${failure.status}: ${failure.message})\n`;
  }
  if (scored.kind.kind !== 'cv') return `${file}: not scored (not a CV: ${scored.kind.kindReason})\n`;
  const { cv, assessment } = parseJson(scored.record) as AssessedRecord;
  return formatExplanation(
    file,
    cv.contact.name,
    ctx.job.title ?? ctx.profile.title,
    unpackAssessment(assessment!, ctx.profile),
    ctx.profile.scoring.quality,
  );
}

export function formatExplanation(
  file: string,
  name: string | null,
  role: string,
  a: Assessment,
  qualityShare: number,
): string {
  const fit = a.fit ?? null;
  const quality = a.quality ?? null;
  const factor = quality === null ? 1 : 1 - qualityShare + (qualityShare * quality) / 100;
  const how =
    fit === null
      ? `Score = CV quality ${quality?.toFixed(1) ?? '—'} (nothing to judge fit against: no job and no role skills).`
      : quality === null
        ? `Score = fit ${fit.toFixed(1)}.`
        : `Score = fit ${fit.toFixed(1)} × quality factor ${factor.toFixed(2)} (CV quality ${quality.toFixed(1)}, which moves the score by up to ${Math.round(qualityShare * 100)}%).`;
  const out = [
    `${name ?? file} (${file}) for ${role}`,
    `Score ${a.score.toFixed(1)} of 100 · tier ${a.tier}${a.gatesFailed.length ? ` · failed gate${a.gatesFailed.length > 1 ? 's' : ''}: ${a.gatesFailed.join(', ')}` : ''}`,
    how,
  ];
  const groups: [CriterionResult['category'], string][] = [
    ['fit', 'Fit to the role'],
    ['quality', 'Quality of the CV'],
  ];
  for (const [category, label] of groups) {
    const criteria = a.criteria.filter((c) => c.category === category);
    const scored = criteria.filter((c) => c.score !== null && c.weight > 0);
    const weight = scored.reduce((s, c) => s + c.weight, 0);
    const points = (c: CriterionResult) => (weight ? (100 * c.weight * (c.score ?? 0)) / weight : 0);
    const possible = (c: CriterionResult) => (weight ? (100 * c.weight) / weight : 0);
    const groupScore = category === 'fit' ? fit : quality;
    out.push(
      '',
      `${label}: ${groupScore === null ? 'n/a' : groupScore.toFixed(1)} of 100, the weighted average of ${scored.length} criteria (points earned of the points each could earn, biggest losses first)`,
    );
    const ordered = [...criteria].sort(
      (x, y) => possible(y) - points(y) - (possible(x) - points(x)) || x.id.localeCompare(y.id),
    );
    for (const c of ordered) {
      const score = c.score === null ? '  n/a' : `${Math.round(c.score * 100)}%`.padStart(5);
      const earned = c.score === null ? '' : `  ${points(c).toFixed(1)} of ${possible(c).toFixed(1)} pts`;
      const gate = c.mode === 'gate' ? (c.passed ? '  [gate: passed]' : '  [gate: FAILED]') : '';
      out.push(`${score}  ${c.headline}  (${c.id}, weight ${c.weight})${earned}${gate}`);
      for (const e of c.evidence.slice(0, 6)) {
        out.push(
          `         - ${e.message}${e.quote ? `\n             "${e.quote}"${e.location ? ` (${e.location.section}, line ${e.location.line})` : ''}` : ''}`,
        );
      }
    }
  }
  if (a.flags.length) out.push('', 'Flags:', ...a.flags.map((f) => `  - ${f.message}`));
  return out.join('\n') + '\n';
}
