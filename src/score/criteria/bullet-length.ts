import { z } from 'zod';
import { wordCount } from '../../parse/facts.js';
import { defineCriterion, ramp } from '../criterion.js';
import { allBullets, bulletEvidence } from './bullets.js';

export default defineCriterion({
  id: 'bullet-length',
  title: 'Bullets are concise',
  failureTitle: 'Bullets are too long or too short',
  description:
    'Share of bullets of 12-20 words: long enough to give context and result, short enough to scan.',
  category: 'quality',
  defaultWeight: 3,
  advice: 'Aim for bullets of 12 to 20 words: what you did, how, and what changed.',
  options: z
    .object({
      minWords: z.number().int().min(1).default(12),
      maxWords: z.number().int().min(1).default(20),
      target: z.number().min(0.05).max(1).default(0.6),
    })
    .strict(),
  evaluate(cv, _ctx, options) {
    const bullets = allBullets(cv);
    if (bullets.length === 0) return { notApplicable: 'no experience bullets found' };
    const sized = bullets.filter(
      (b) => wordCount(b.text) >= options.minWords && wordCount(b.text) <= options.maxWords,
    );
    const off = bullets.filter((b) => !sized.includes(b));
    return {
      score: ramp(sized.length / bullets.length, 0, options.target),
      evidence: [
        {
          message: `${sized.length} of ${bullets.length} bullets have ${options.minWords}-${options.maxWords} words`,
        },
        ...off.slice(0, 3).map((b) => bulletEvidence(cv, b, `${wordCount(b.text)} words`)),
      ],
    };
  },
});
