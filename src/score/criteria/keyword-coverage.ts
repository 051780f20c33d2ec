import { z } from 'zod';
import { normalisePhrase } from '../../parse/skills.js';
import { defineCriterion, ramp } from '../criterion.js';

export default defineCriterion({
  id: 'keyword-coverage',
  title: "Uses the job's language",
  failureTitle: "Few of the job's key terms appear",
  description:
    "Share of the job description's important terms present in the CV (what an ATS measures). Repeating a term earns nothing extra.",
  category: 'fit',
  defaultWeight: 6,
  advice: 'Mirror the wording of the job description where it truly describes your experience.',
  options: z.object({ target: z.number().min(0.05).max(1).default(0.6) }).strict(),
  evaluate(cv, ctx, options) {
    if (ctx.job.keywords.length === 0) return { notApplicable: 'no job description' };
    const text = ` ${normalisePhrase(cv.lines.map((l) => l.text).join(' '))} `;
    const skillNames = new Set(cv.skills.map((s) => s.name.toLowerCase()));
    const present = ctx.job.keywords.filter(
      (k) => skillNames.has(k.toLowerCase()) || text.includes(` ${normalisedKeyword(k)} `),
    );
    const found = new Set(present);
    const missing = ctx.job.keywords.filter((k) => !found.has(k));
    const coverage = present.length / ctx.job.keywords.length;
    return {
      score: ramp(coverage, 0, options.target),
      evidence: [
        {
          message: `${present.length} of ${ctx.job.keywords.length} key terms of the job found (${Math.round(coverage * 100)}%)`,
        },
        ...(missing.length ? [{ message: `Not found: ${missing.slice(0, 12).join(', ')}` }] : []),
      ],
    };
  },
});

// The job's keywords are the same for every CV: each normalised once, in a store that stays small.
const normalised = new Map<string, string>();
function normalisedKeyword(keyword: string): string {
  let key = normalised.get(keyword);
  if (key === undefined) {
    if (normalised.size >= 10_000) normalised.clear();
    normalised.set(keyword, (key = normalisePhrase(keyword)));
  }
  return key;
}
