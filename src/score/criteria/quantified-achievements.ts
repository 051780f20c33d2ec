import { z } from 'zod';
import { firstWord, isQuantified, wordSet } from '../../parse/facts.js';
import { defineCriterion, ramp } from '../criterion.js';
import { allBullets, bulletEvidence, strongerBullet } from './bullets.js';

export default defineCriterion({
  id: 'quantified-achievements',
  title: 'Achievements are quantified',
  failureTitle: 'Few achievements carry figures',
  description:
    'Share of experience bullets that state a number: %, ms, requests/sec, money, counts or multipliers.',
  category: 'quality',
  defaultWeight: 8,
  advice:
    'Add the result to your bullets: a percentage, a time saved, a number of users or requests. "Reduced latency by 40%" tells more than "optimised performance".',
  options: z.object({ target: z.number().min(0.05).max(1).default(0.5) }).strict(),
  evaluate(cv, ctx, options) {
    const bullets = allBullets(cv);
    if (bullets.length === 0) return { notApplicable: 'no experience bullets found' };
    const quantified = bullets.map((b) => isQuantified(b.text));
    const withFigures = bullets.filter((_b, i) => quantified[i]);
    const without = bullets.filter((_b, i) => !quantified[i]);
    // The example shows adding a figure, so it takes a bullet that is otherwise fine when there is one.
    const verbs = wordSet(ctx.words.actionVerbs);
    const example = without.find((b) => verbs.has(firstWord(b.text))) ?? without[without.length - 1];
    return {
      score: ramp(withFigures.length / bullets.length, 0, options.target),
      evidence: [
        {
          message: `${withFigures.length} of ${bullets.length} bullets state a figure (target ${Math.round(options.target * 100)}%)`,
        },
        ...withFigures.slice(0, 2).map((b) => bulletEvidence(cv, b, 'Quantified')),
        ...without.slice(0, 3).map((b) => bulletEvidence(cv, b, 'No figure')),
      ],
      ...(example
        ? {
            example: {
              before: example.text,
              after: strongerBullet(
                example.text,
                '[by how much: e.g. for 40,000 users, cutting response time by 30%]',
              ),
            },
          }
        : {}),
    };
  },
});
