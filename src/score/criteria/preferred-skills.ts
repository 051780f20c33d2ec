import { z } from 'zod';
import { defineCriterion } from '../criterion.js';
import { requirementOutcome } from './requirement-outcome.js';

export default defineCriterion({
  id: 'preferred-skills',
  title: 'Has the nice-to-have skills',
  failureTitle: 'Few nice-to-have skills',
  description: 'Share of the preferred (nice-to-have) skills of the job or profile found in the CV.',
  category: 'fit',
  defaultWeight: 8,
  advice:
    'If you have worked with any of the nice-to-have technologies in the posting, name them where you used them.',
  options: z.object({}).strict(),
  evaluate: (_cv, ctx) =>
    requirementOutcome(
      ctx.requirements.filter((r) => r.kind === 'preferred'),
      'preferred',
    ),
});
