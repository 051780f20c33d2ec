import { z } from 'zod';
import { defineCriterion, ramp } from '../criterion.js';

export default defineCriterion({
  id: 'experience-years',
  title: 'Enough years of experience',
  failureTitle: 'Fewer years of experience than the role asks',
  description:
    "Years of employment from the merged timeline (overlapping roles counted once) against the role's minimum and ideal.",
  category: 'fit',
  defaultWeight: 12,
  advice: 'Give every role a start and end month so the length of your experience is easy to see.',
  options: z
    .object({ minYears: z.number().min(0).optional(), idealYears: z.number().min(0).optional() })
    .strict(),
  evaluate(cv, ctx, options) {
    const min = options.minYears ?? ctx.job.minYears ?? ctx.profile.experience.minYears;
    if (min === null || min === undefined) return { notApplicable: 'the role sets no minimum years' };
    const ideal = Math.max(min, options.idealYears ?? ctx.profile.experience.idealYears ?? min + 3);
    const years = cv.facts.totalExperienceMonths / 12;
    const dated = cv.positions.filter((p) => p.dates?.start);
    // Below the minimum the score falls to 0 at half of it; from the minimum it climbs from 0.7 to 1.
    const score = years >= min ? 0.7 + 0.3 * ramp(years, min, ideal) : 0.7 * ramp(years, min / 2, min);
    return {
      score,
      evidence: [
        {
          message: `${years.toFixed(1)} years of experience from ${dated.length} dated role${dated.length === 1 ? '' : 's'}; the role asks for ${min}+ (ideal ${ideal})`,
        },
        ...dated.slice(0, 4).map((p) => ({
          message: `${p.title || 'Role'}${p.organization ? ` at ${p.organization}` : ''}`,
          quote: p.dates!.raw,
          location: { section: 'experience', line: p.line },
        })),
        ...(cv.positions.length > dated.length
          ? [{ message: `${cv.positions.length - dated.length} role(s) without readable dates were not counted` }]
          : []),
      ],
    };
  },
});
