import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadWordLists } from '../data.js';
import { extractDocument } from '../extract/index.js';
import type { Assessment, CriterionResult } from '../model.js';
import { parseCv } from '../parse/index.js';
import { prepareRun, RunError } from '../pipeline/run.js';
import { assess } from '../score/evaluate.js';

export interface ExplainOptions {
  jd?: string | undefined;
  profile?: string | undefined;
  asOf?: string | undefined;
}

/**
 * One CV scored against the role, as text for a terminal: the total and tier, then each criterion with
 * its weight, its score, what it contributed and its evidence, biggest contributions first.
 */
export async function explainFile(path: string, options: ExplainOptions): Promise<string> {
  const ctx = await prepareRun({ jd: options.jd, profile: options.profile, asOf: options.asOf });
  const bytes = await readFile(path).catch(() => {
    throw new RunError(`File ${path} cannot be read: check the path`);
  });
  const extraction = await extractDocument(basename(path), bytes);
  if (!extraction.ok) return `${basename(path)}: not scored (${extraction.status}: ${extraction.message})\n`;
  const asOf = ctx.asOf.slice(0, 7);
  const words = loadWordLists();
  const cv = parseCv(extraction, { asOf, skills: ctx.matcher, words });
  if (cv.kind !== 'cv') return `${basename(path)}: not scored (not a CV: ${cv.kindReason})\n`;
  const assessment = assess(cv, {
    profile: ctx.profile,
    job: ctx.job,
    asOf,
    words,
    background: ctx.background,
  });
  return formatExplanation(
    basename(path),
    cv.contact.name,
    ctx.job.title ?? ctx.profile.title,
    assessment,
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
