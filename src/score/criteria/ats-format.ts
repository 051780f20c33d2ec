import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'ats-format',
  title: 'Simple, parseable layout',
  failureTitle: 'Layout may hide text from screening systems',
  description:
    'Single column, no tables, text boxes or graphics that hide text from applicant-tracking systems; text is extractable.',
  category: 'quality',
  defaultWeight: 2,
  advice:
    'Use a clean single-column layout without tables, text boxes or sidebars: many screening systems lose text placed in them.',
  options: z.object({}).strict(),
  evaluate(cv) {
    const problems: string[] = [];
    if ((cv.facts.layout?.columns ?? 1) > 1) problems.push('two columns or a sidebar');
    if (cv.facts.tables > 0) problems.push(`${cv.facts.tables} table${cv.facts.tables === 1 ? '' : 's'}`);
    if ((cv.facts.layout?.images ?? 0) > 2) problems.push(`${cv.facts.layout!.images} images or graphics`);
    if (cv.confidence.sections < 0.5) problems.push('few recognisable section headings');
    return {
      score: Math.max(0, 1 - problems.length * 0.35),
      evidence: problems.length
        ? problems.map((p) => ({ message: `Layout: ${p}` }))
        : [{ message: 'Single column, no tables, clear headings' }],
    };
  },
});
