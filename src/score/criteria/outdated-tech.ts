import { z } from 'zod';
import { defineCriterion, quoteLine } from '../criterion.js';

export default defineCriterion({
  id: 'outdated-tech',
  title: 'Technologies are current',
  failureTitle: 'Lists outdated technologies',
  description: 'Technologies obsolete for the role (a list the profile sets), unless the job asks for them.',
  category: 'quality',
  defaultWeight: 2,
  advice:
    'Leave out technologies that are no longer used for this kind of role, unless the job asks for them.',
  options: z
    .object({
      list: z
        .array(z.string())
        .default([
          'Visual Basic 6',
          'ColdFusion',
          'Adobe Flash',
          'ActionScript',
          'Silverlight',
          'Perl CGI',
          'CVS',
          'Internet Explorer',
          'FrontPage',
          'Classic ASP',
        ]),
    })
    .strict(),
  evaluate(cv, ctx, options) {
    const wanted = new Set([...ctx.job.required, ...ctx.job.preferred].map((s) => s.toLowerCase()));
    const outdated = new Set(options.list.map((s) => s.toLowerCase()));
    const found = cv.skills.filter(
      (s) => outdated.has(s.name.toLowerCase()) && !wanted.has(s.name.toLowerCase()),
    );
    return {
      score: Math.max(0, 1 - found.length * 0.34),
      evidence: found.length
        ? found.map((s) => quoteLine(cv, s.mentions[0]!.line, `${s.name} is outdated for this role`))
        : [{ message: 'No outdated technologies found' }],
    };
  },
});
