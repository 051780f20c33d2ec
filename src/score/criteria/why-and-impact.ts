import { z } from 'zod';
import { wordsRegex } from '../../parse/words.js';
import { defineCriterion, ramp } from '../criterion.js';
import { allBullets, bulletEvidence } from './bullets.js';

// Words that tie an action to its reason or its result: "by", "so that", "resulting in", "to cut".
const IMPACT = wordsRegex([
  'resulting in',
  'which (?:cut|reduced|increased|improved|saved|enabled|allowed)',
  'so that',
  'in order to',
  'enabling',
  'allowing',
  'leading to',
  'to (?:cut|reduce|improve|increase|speed up|remove|avoid|support|enable|lower|prevent)',
  'because',
  'reducing',
  'cutting',
  'improving',
  'increasing',
  'saving',
  'lowering',
  'achieving',
  'by (?:\\d|replacing|moving|introducing|rewriting|adding|caching|batching)',
]);

export default defineCriterion({
  id: 'why-and-impact',
  title: 'Explains why and with what result',
  failureTitle: 'Bullets say what, not why or with what result',
  description: 'Bullets that state the reason for a decision or its measured outcome, not only the activity.',
  category: 'quality',
  defaultWeight: 3,
  advice:
    'Say why you did it and what changed: "Moved reads to Redis to cut p99 latency by 40%" tells more than "Used Redis".',
  options: z.object({ target: z.number().min(0.05).max(1).default(0.5) }).strict(),
  evaluate(cv, _ctx, options) {
    const bullets = allBullets(cv);
    if (bullets.length === 0) return { notApplicable: 'no experience bullets found' };
    const impact = bullets.map((b) => IMPACT.test(b.text));
    const withImpact = bullets.filter((_b, i) => impact[i]);
    const without = bullets.filter((_b, i) => !impact[i]);
    return {
      score: ramp(withImpact.length / bullets.length, 0, options.target),
      evidence: [
        { message: `${withImpact.length} of ${bullets.length} bullets give a reason or a result` },
        ...withImpact.slice(0, 2).map((b) => bulletEvidence(cv, b, 'Reason or result given')),
        ...without.slice(0, 2).map((b) => bulletEvidence(cv, b, 'Activity only')),
      ],
    };
  },
});
