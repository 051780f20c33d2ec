import { z } from 'zod';
import { addMonths } from '../../parse/dates.js';
import { defineCriterion, quoteLine, requirementOptions } from '../criterion.js';

export default defineCriterion({
  id: 'skill-depth',
  title: 'Skills used in recent roles',
  failureTitle: 'Skills are listed rather than shown in roles',
  description:
    "The job's skills credited by depth: used in a role counts more than only listed, and recent use more than old use.",
  category: 'fit',
  defaultWeight: 10,
  advice:
    'Show your key skills at work: name the technology inside the bullet where you used it, not only in the skills list.',
  options: z.object({ recentYears: z.number().min(0).default(3) }).strict(),
  evaluate(cv, ctx, options) {
    const wanted = ctx.requirements.filter((r) => r.met);
    if (ctx.requirements.length === 0) return { notApplicable: 'the job names no skills' };
    if (wanted.length === 0)
      return { score: 0, evidence: [{ message: "None of the job's skills appear in the CV" }] };
    const recentFrom = addMonths(ctx.asOf, -12 * options.recentYears);
    const evidence = [];
    let total = 0;
    for (const req of wanted) {
      const options = new Set(requirementOptions(req.skill).map((o) => o.toLowerCase()));
      const inRoles = cv.skills
        .filter((s) => options.has(s.name.toLowerCase()))
        .flatMap((s) => s.mentions.filter((m) => m.position !== null));
      const recent = inRoles.find((m) => (cv.positions[m.position!]?.dates?.end ?? '') >= recentFrom);
      const credit = recent ? 1 : inRoles.length ? 0.6 : 0.3;
      total += credit;
      const where = recent ?? inRoles[0];
      evidence.push(
        where
          ? quoteLine(cv, where.line, `${req.skill}: used in a ${recent ? 'recent' : 'past'} role`)
          : { message: `${req.skill}: listed, not shown in a role` },
      );
    }
    const possible = ctx.requirements.length;
    return {
      score: total / possible,
      evidence: [{ message: `Depth credit ${total.toFixed(1)} of ${possible} skills` }, ...evidence],
    };
  },
});
