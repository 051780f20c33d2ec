import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'file-format',
  title: 'Sent as PDF',
  failureTitle: 'Not sent as PDF',
  description: 'PDF unless the job asked for Word: it keeps its layout everywhere.',
  category: 'quality',
  defaultWeight: 1,
  advice: 'Send your CV as a PDF unless the application asks for Word: it looks the same on every screen.',
  options: z
    .object({
      accepted: z.array(z.enum(['pdf', 'docx', 'doc', 'odt', 'rtf', 'html', 'txt', 'md'])).default(['pdf']),
    })
    .strict(),
  evaluate(cv, _ctx, options) {
    const accepted = options.accepted.includes(cv.format);
    return {
      score: accepted ? 1 : 0.5,
      evidence: [
        {
          message: `Sent as ${cv.format.toUpperCase()}${accepted ? '' : ` (${options.accepted.map((f) => f.toUpperCase()).join(' or ')} expected)`}`,
        },
      ],
    };
  },
});
