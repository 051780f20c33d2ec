import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'education',
  title: 'Education is stated clearly',
  failureTitle: 'Education is missing or incomplete',
  description:
    'Highest qualification with institution and dates. Degrees, bootcamps and apprenticeships all count as routes in.',
  category: 'fit',
  defaultWeight: 3,
  advice: 'Give your highest qualification with the institution and the year you finished.',
  options: z.object({}).strict(),
  evaluate(cv) {
    if (cv.education.length === 0) return { score: 0, evidence: [{ message: 'No education entry found' }] };
    const best = [...cv.education].sort((a, b) => completeness(b) - completeness(a))[0]!;
    return {
      score: completeness(best) / 3,
      evidence: cv.education.slice(0, 3).map((e) => ({
        message: [
          e.degree ?? 'qualification not named',
          e.institution ?? 'institution not named',
          e.end ?? 'no year',
        ].join(' · '),
        location: { section: 'education', line: e.line },
      })),
    };
  },
});

function completeness(e: { institution: string | null; degree: string | null; end: string | null }): number {
  return (e.institution ? 1 : 0) + (e.degree ? 1 : 0) + (e.end ? 1 : 0);
}
