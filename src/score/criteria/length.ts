import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'length',
  title: 'Right length',
  failureTitle: 'Longer than it should be',
  description:
    'Pages: one for junior and mid-level roles, at most two for senior; more than two is a mistake.',
  category: 'quality',
  defaultWeight: 3,
  advice:
    'Keep the CV to two pages at most (one if you are early in your career): cut older roles to a line each.',
  options: z.object({ wordsPerPage: z.number().int().min(100).default(550) }).strict(),
  evaluate(cv, ctx, options) {
    const measured = cv.facts.pages !== null;
    const pages = cv.facts.pages ?? Math.max(1, Math.ceil(cv.facts.words / options.wordsPerPage));
    const senior =
      ctx.profile.seniority === 'senior' ||
      ctx.profile.seniority === 'staff' ||
      cv.facts.totalExperienceMonths >= 60;
    const limit = senior ? 2 : 1;
    const score = pages <= limit ? 1 : pages <= 2 ? 0.6 : pages === 3 ? 0.25 : 0;
    return {
      score,
      evidence: [
        {
          message: `${pages} page${pages === 1 ? '' : 's'}${measured ? '' : ` (estimated from ${cv.facts.words} words)`}; ${limit === 1 ? 'one page suits this level' : 'two pages at most for a senior CV'}`,
        },
      ],
    };
  },
});
