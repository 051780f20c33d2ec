import { z } from 'zod';
import { defineCriterion, quoteLine } from '../criterion.js';

export default defineCriterion({
  id: 'personal-details',
  title: 'No photo or personal details',
  failureTitle: 'Includes a photo or personal details',
  description:
    'No photo, date of birth, age or marital status (UK convention; a profile may switch this off).',
  category: 'quality',
  defaultWeight: 3,
  advice:
    'Remove the photo and personal details such as date of birth, age or marital status: UK employers do not expect them.',
  options: z.object({}).strict(),
  evaluate(cv) {
    const details = cv.facts.personalDetails;
    const lines = cv.lines.filter((l) => details.includes(l.text));
    const problems = (cv.facts.hasPhoto ? 1 : 0) + lines.length;
    return {
      score: Math.max(0, 1 - problems * 0.5),
      evidence: problems
        ? [
            ...(cv.facts.hasPhoto ? [{ message: 'A photo or image is included' }] : []),
            ...lines.map((l) => quoteLine(cv, l.number, 'Personal detail')),
          ]
        : [{ message: 'No photo or personal details found' }],
    };
  },
});
