import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'date-format',
  title: 'Dates written one way',
  failureTitle: 'Dates written in mixed styles',
  description: 'One consistent date style across the CV, e.g. "Mar 2022 – Present" everywhere.',
  category: 'quality',
  defaultWeight: 2,
  advice: 'Write every date the same way, for example "Mar 2022 – Present".',
  options: z.object({}).strict(),
  evaluate(cv) {
    const dated = cv.positions.filter((p) => p.dates);
    if (dated.length < 2) return { notApplicable: 'fewer than two dated roles' };
    const styles = cv.facts.dateStyles;
    const examples = styles.map((style) => dated.find((p) => p.dates!.style === style)!);
    return {
      score: styles.length <= 1 ? 1 : styles.length === 2 ? 0.5 : 0,
      evidence: examples.map((p) => ({
        message: `Style "${p.dates!.style}"`,
        quote: p.dates!.raw,
        location: { section: 'experience', line: p.line },
      })),
      ...(styles.length > 1
        ? {
            example: {
              before: examples.map((p) => p.dates!.raw).join(' / '),
              after: 'Mar 2019 – Jun 2021 / Jul 2021 – Present',
            },
          }
        : {}),
    };
  },
});
