import { z } from 'zod';
import { defineCriterion, quoteLine } from '../criterion.js';

export default defineCriterion({
  id: 'generic-skills',
  title: 'Skills are specific',
  failureTitle: 'Skills padded with generic terms',
  description:
    'Skills lists padded with generic terms ("problem-solving", "team player") instead of specific skills.',
  category: 'quality',
  defaultWeight: 3,
  advice:
    'Drop generic terms like "team player" or "problem-solving" and show them instead: name a specific problem you solved.',
  options: z.object({ allowed: z.number().int().min(0).default(0) }).strict(),
  evaluate(cv, ctx, options) {
    const pattern = termsPattern(ctx.words.genericSkillTerms);
    const hits: { term: string; line: number }[] = [];
    for (const line of cv.lines) {
      for (const m of line.text.toLowerCase().matchAll(pattern))
        hits.push({ term: m[1]!, line: line.number });
    }
    const distinct = [...new Set(hits.map((h) => h.term))];
    const over = Math.max(0, distinct.length - options.allowed);
    return {
      score: Math.max(0, 1 - over * 0.34),
      evidence: distinct.length
        ? [
            {
              message: `${distinct.length} generic term${distinct.length === 1 ? '' : 's'}: ${distinct.join(', ')}`,
            },
            ...hits.slice(0, 3).map((h) => quoteLine(cv, h.line, `"${h.term}"`)),
          ]
        : [{ message: 'No generic padding terms found' }],
    };
  },
});

// One pattern for the whole list, compiled once per list: a regex per term per line was a quarter of
// a run's time. Longest terms first, so "problem-solving skills" wins over "problem-solving".
const patterns = new WeakMap<readonly string[], RegExp>();
function termsPattern(terms: readonly string[]): RegExp {
  let pattern = patterns.get(terms);
  if (!pattern) {
    const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escape);
    pattern = new RegExp(`(?<![\\p{L}])(${alternatives.join('|')})(?![\\p{L}])`, 'gu');
    patterns.set(terms, pattern);
  }
  return pattern;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
