import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'key-skills',
  title: 'Has a focused skills section',
  failureTitle: 'Skills section missing or unfocused',
  description: 'A skills section of roughly 8-10 specific skills.',
  category: 'quality',
  defaultWeight: 3,
  advice:
    'Add a short key-skills section with the 8 to 10 skills that matter most for this job, in its own words.',
  options: z.object({ min: z.number().int().default(6), max: z.number().int().default(16) }).strict(),
  evaluate(cv, _ctx, options) {
    const section = cv.sections.find((s) => s.kind === 'skills');
    if (!section) return { score: 0, evidence: [{ message: 'No skills section found' }] };
    const listed = cv.skills.filter((s) => s.mentions.some((m) => m.section === 'skills'));
    const n = listed.length;
    const score =
      n >= options.min && n <= options.max
        ? 1
        : n === 0
          ? 0.2
          : n < options.min
            ? 0.5 + (0.5 * n) / options.min
            : 0.6;
    return {
      score,
      evidence: [
        {
          message: `Skills section "${section.heading}" names ${n} recognised skills (${options.min}-${options.max} reads well)`,
        },
        ...(n
          ? [
              {
                message: listed
                  .slice(0, 16)
                  .map((s) => s.name)
                  .join(', '),
              },
            ]
          : []),
      ],
    };
  },
});
