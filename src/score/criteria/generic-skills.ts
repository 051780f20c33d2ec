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
    const terms = ctx.words.genericSkillTerms;
    const hits: { term: string; line: number }[] = [];
    for (const line of cv.lines) {
      const text = line.text.toLowerCase();
      for (const term of terms)
        if (new RegExp(`(^|[^\\p{L}])${escape(term)}([^\\p{L}]|$)`, 'u').test(text))
          hits.push({ term, line: line.number });
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
