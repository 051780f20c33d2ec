import { z } from 'zod';
import { defineCriterion } from '../criterion.js';
import { requirementOutcome } from './requirement-outcome.js';

export default defineCriterion({
  id: 'required-skills',
  title: 'Has the required skills',
  failureTitle: 'Required skills are missing',
  description: 'Each skill the job or profile requires, found in the CV; missing ones are named.',
  category: 'fit',
  defaultWeight: 25,
  advice:
    'Make sure every skill from the job description that you really have appears in your CV, in the words the posting uses, ideally inside a recent role.',
  options: z.object({}).strict(),
  evaluate: (_cv, ctx) =>
    requirementOutcome(
      ctx.requirements.filter((r) => r.kind === 'required'),
      'required',
    ),
});
