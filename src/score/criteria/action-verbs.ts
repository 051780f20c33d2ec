import { z } from 'zod';
import { firstWord, wordSet } from '../../parse/facts.js';
import { defineCriterion, ramp } from '../criterion.js';
import { allBullets, bulletEvidence, strongerBullet } from './bullets.js';

export default defineCriterion({
  id: 'action-verbs',
  title: 'Bullets open with action verbs',
  failureTitle: 'Bullets do not open with action verbs',
  description:
    'Share of bullets that open with a strong action verb (Architected, Optimised, Designed, Built, Deployed).',
  category: 'quality',
  defaultWeight: 5,
  advice:
    'Start each bullet with a strong verb that says what you did: Built, Designed, Led, Reduced, Automated.',
  options: z.object({ target: z.number().min(0.05).max(1).default(0.7) }).strict(),
  evaluate(cv, ctx, options) {
    const bullets = allBullets(cv);
    if (bullets.length === 0) return { notApplicable: 'no experience bullets found' };
    const verbs = wordSet(ctx.words.actionVerbs);
    const isStrong = bullets.map((b) => verbs.has(firstWord(b.text)));
    const strong = bullets.filter((_b, i) => isStrong[i]);
    const weak = bullets.filter((_b, i) => !isStrong[i]);
    // A different line from the one the duties advice quotes, when there is one: not a "responsible for".
    const openers = ctx.words.weakOpeners;
    const example =
      weak.find((b) => {
        const lower = b.text.toLowerCase();
        return !openers.some((o) => lower.startsWith(o));
      }) ?? weak[0];
    return {
      score: ramp(strong.length / bullets.length, 0, options.target),
      evidence: [
        { message: `${strong.length} of ${bullets.length} bullets open with an action verb` },
        ...weak.slice(0, 3).map((b) => bulletEvidence(cv, b, `Opens with "${b.text.split(/\s+/)[0]}"`)),
      ],
      ...(example
        ? {
            example: {
              before: example.text,
              after: strongerBullet(example.text, undefined, verbs),
            },
          }
        : {}),
    };
  },
});
