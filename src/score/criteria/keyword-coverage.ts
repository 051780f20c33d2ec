import { z } from 'zod';
import { normalisePhrase, tokenize } from '../../parse/skills.js';
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
    // normalisePhrase of the whole text, keeping its words: a keyword found in the text is made of
    // whole words of it, so one with a word the CV never uses needs no search of the text.
    const words = tokenize(cv.lines.map((l) => l.text).join(' ')).map((t) => t.norm);
    const text = ` ${words.join(' ')} `;
    const used = new Set(words);
    const skillNames = new Set(cv.skills.map((s) => s.name.toLowerCase()));
    const present = ctx.job.keywords.filter((k) => {
      if (skillNames.has(k.toLowerCase())) return true;
      const key = normalisedKeyword(k);
      return (key.length === 0 || key.split(' ').every((w) => used.has(w))) && text.includes(` ${key} `);
    });
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
