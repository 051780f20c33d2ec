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
  return formatExplanation(basename(path), cv.contact.name, ctx.job.title ?? ctx.profile.title, assessment);
}

export function formatExplanation(file: string, name: string | null, role: string, a: Assessment): string {
  const scored = a.criteria.filter((c) => c.score !== null && c.weight > 0);
  const totalWeight = scored.reduce((s, c) => s + c.weight, 0);
  const points = (c: CriterionResult) => (totalWeight ? (100 * c.weight * (c.score ?? 0)) / totalWeight : 0);
  const lost = (c: CriterionResult) =>
    totalWeight ? (100 * c.weight * (1 - (c.score ?? 0))) / totalWeight : 0;
  const out = [
    `${name ?? file} (${file}) for ${role}`,
    `Score ${a.score.toFixed(1)} of 100 · tier ${a.tier}${a.gatesFailed.length ? ` · failed gate${a.gatesFailed.length > 1 ? 's' : ''}: ${a.gatesFailed.join(', ')}` : ''}`,
    '',
    `The score is the weighted average of ${scored.length} criteria (total weight ${totalWeight}); each line shows the points it earned of the points it could earn.`,
    '',
  ];
  const ordered = [...a.criteria].sort((x, y) => lost(y) - lost(x) || x.id.localeCompare(y.id));
  for (const c of ordered) {
    const score = c.score === null ? '  n/a' : `${Math.round(c.score * 100)}%`.padStart(5);
    const earned =
      c.score === null ? '' : `  ${points(c).toFixed(1)} of ${(points(c) + lost(c)).toFixed(1)} pts`;
    const gate = c.mode === 'gate' ? (c.passed ? '  [gate: passed]' : '  [gate: FAILED]') : '';
    out.push(`${score}  ${c.headline}  (${c.id}, weight ${c.weight})${earned}${gate}`);
    for (const e of c.evidence.slice(0, 6)) {
      out.push(
        `         - ${e.message}${e.quote ? `\n             "${e.quote}"${e.location ? ` (${e.location.section}, line ${e.location.line})` : ''}` : ''}`,
      );
    }
  }
  if (a.flags.length) out.push('', 'Flags:', ...a.flags.map((f) => `  - ${f.message}`));
  return out.join('\n') + '\n';
}
