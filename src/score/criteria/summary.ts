import { z } from 'zod';
import { wordCount } from '../../parse/facts.js';
import { defineCriterion, quoteLine } from '../criterion.js';

export default defineCriterion({
  id: 'summary',
  title: 'Opens with a clear summary',
  failureTitle: 'No professional summary',
  description: 'A 2-3 line professional summary naming years of experience, specialisms and scale.',
  category: 'quality',
  defaultWeight: 4,
  advice:
    'Open with two or three lines that say who you are: years of experience, your specialisms and the scale you have worked at.',
  options: z
    .object({ minWords: z.number().int().default(20), maxWords: z.number().int().default(90) })
    .strict(),
  evaluate(cv, _ctx, options) {
    const section = cv.sections.find((s) => s.kind === 'summary');
    if (!section || section.lines.length === 0) {
      return {
        score: 0,
        evidence: [{ message: 'No summary or profile section found' }],
        example: {
          before: '(no summary)',
          after:
            'Backend engineer with 6 years building payment APIs in Go and PostgreSQL, serving 2M users.',
        },
      };
    }
    const text = section.lines.map((l) => l.text).join(' ');
    const words = wordCount(text);
    const mentionsYears = /\b\d+\+?\s*(years|yrs)\b/iu.test(text);
    let score = 0.6;
    if (words >= options.minWords && words <= options.maxWords) score += 0.2;
    if (mentionsYears) score += 0.2;
    return {
      score,
      evidence: [
        quoteLine(
          cv,
          section.lines[0]!.number,
          `Summary of ${words} words${mentionsYears ? ', states years of experience' : ', without years of experience'}`,
        ),
      ],
    };
  },
});
