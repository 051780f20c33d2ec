import { z } from 'zod';
import { defineCriterion } from '../criterion.js';
import { signalOutcome, type Signal } from './signals.js';

const SIGNALS: Signal[] = [
  {
    label: 'Request or message throughput',
    pattern:
      /\b\d[\d.,]*\s*[kmb]?\+?\s*(?:daily |per day |a day )?(requests|req\/s|rps|qps|messages|msg\/s(ec)?|events|transactions|calls)\b/iu,
  },
  {
    label: 'Number of users or customers',
    pattern:
      /\b\d[\d.,]*\s*(k|m|million|thousand|bn|billion)?\+?\s*(users|customers|merchants|accounts|subscribers)\b/iu,
  },
  {
    label: 'Data volume',
    pattern:
      /\b\d[\d.,]*\s*(tb|pb|gb|terabytes?|petabytes?)\b|\b(millions|billions) of (rows|records|events)\b/iu,
  },
  {
    label: 'Latency or availability figures',
    pattern: /\b(p9\d|p50|latency|uptime|availability)\b.*\d|\b\d+(\.\d+)?\s*ms\b|99\.9+%/iu,
  },
];

export default defineCriterion({
  id: 'scale-signals',
  title: 'States the scale worked at',
  failureTitle: 'The scale of the work is not stated',
  description: 'Stated scale: requests per second or per day, users, messages, data volume, latency.',
  category: 'fit',
  defaultWeight: 5,
  advice: 'Say how big the systems were: requests per day, users, data volume or latency figures.',
  options: z.object({ target: z.number().int().min(1).max(SIGNALS.length).default(2) }).strict(),
  evaluate: (cv, _ctx, options) => signalOutcome(cv, SIGNALS, options.target, 'scale figure'),
});
