import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'breadth-over-depth',
  title: 'Focused set of languages',
  failureTitle: 'Claims too many programming languages',
  description:
    'Claiming expertise in too many programming languages (more than about 8) reads as breadth over depth.',
  category: 'quality',
  defaultWeight: 2,
  advice: 'Depth beats breadth: list the languages you could be interviewed on, and leave out the rest.',
  options: z.object({ maxLanguages: z.number().int().min(1).default(8) }).strict(),
  evaluate(cv, _ctx, options) {
    const languages = cv.skills.filter((s) => s.category === 'programming-language').map((s) => s.name);
    const over = Math.max(0, languages.length - options.maxLanguages);
    return {
      score: Math.max(0, 1 - over / options.maxLanguages),
      evidence: [
        {
          message: `${languages.length} programming languages named (up to ${options.maxLanguages} reads as focused)${languages.length ? ': ' + languages.join(', ') : ''}`,
        },
      ],
    };
  },
});
