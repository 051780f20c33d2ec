import { z } from 'zod';
import { defineCriterion, ramp } from '../criterion.js';
import { allBullets, bulletEvidence, strongerBullet } from './bullets.js';

export default defineCriterion({
  id: 'vague-duties',
  title: 'Bullets describe results, not duties',
  failureTitle: 'Bullets list duties instead of results',
  description:
    'Bullets that list duties ("responsible for", "worked on", "maintained backend services") instead of outcomes.',
  category: 'quality',
  defaultWeight: 5,
  advice:
    'Replace duty lines ("Responsible for...", "Worked on...") with what you achieved and how it was measured.',
  options: z.object({ tolerance: z.number().min(0.01).max(1).default(0.5) }).strict(),
  evaluate(cv, ctx, options) {
    const bullets = allBullets(cv);
    if (bullets.length === 0) return { notApplicable: 'no experience bullets found' };
    const openers = ctx.words.weakOpeners;
    const vague = bullets.filter((b) => {
      const lower = b.text.toLowerCase();
      return openers.some((o) => lower.startsWith(o));
    });
    const example = vague[0];
    return {
      score: 1 - ramp(vague.length / bullets.length, 0, options.tolerance),
      evidence: [
        { message: `${vague.length} of ${bullets.length} bullets describe duties rather than results` },
        ...vague.slice(0, 4).map((b) => bulletEvidence(cv, b, 'Duty, not a result')),
      ],
      ...(example
        ? {
            example: {
              before: example.text,
              after: strongerBullet(example.text, '[what changed as a result, and by how much]'),
            },
          }
        : {}),
    };
  },
});
