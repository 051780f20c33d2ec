import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'reverse-chronological',
  title: 'Newest role first',
  failureTitle: 'Roles are not in reverse chronological order',
  description: 'Positions ordered newest first, so the most recent and senior role is read first.',
  category: 'quality',
  defaultWeight: 3,
  advice: 'List your roles newest first, starting with your current or most recent job.',
  options: z.object({}).strict(),
  evaluate(cv) {
    const dated = cv.positions.filter((p) => p.dates?.start);
    if (dated.length < 2) return { notApplicable: 'fewer than two dated roles' };
    const outOfOrder = dated.findIndex((p, i) => i > 0 && p.dates!.start! > dated[i - 1]!.dates!.start!);
    if (outOfOrder < 0) {
      return {
        score: 1,
        evidence: [
          {
            message: `${dated.length} roles, newest first`,
            quote: dated[0]!.dates!.raw,
            location: { section: 'experience', line: dated[0]!.line },
          },
        ],
      };
    }
    const p = dated[outOfOrder]!;
    const prev = dated[outOfOrder - 1]!;
    return {
      score: 0,
      evidence: [
        {
          message: `"${p.title}" (${p.dates!.raw}) is listed after an older role "${prev.title}" (${prev.dates!.raw})`,
          quote: p.dates!.raw,
          location: { section: 'experience', line: p.line },
        },
      ],
    };
  },
});
