import { z } from 'zod';
import { defineCriterion } from '../criterion.js';
import { signalOutcome, type Signal } from './signals.js';

// Every repeat is bounded (a figure of at most 31 characters, a number at most 150 characters after
// the word): each place in a line is tried against a few hundred characters at most. Unbounded, a
// long run such as "1.1.1.1..." took time growing with the square of its length (16,000 characters:
// 1.9 s); a figure that long, or a number that far from "latency", is no figure of scale.
const SIGNALS: Signal[] = [
  {
    label: 'Request or message throughput',
    pattern:
      /\b\d[\d.,]{0,30}\s*[kmb]?\+?\s*(?:daily |per day |a day )?(requests|req\/s|rps|qps|messages|msg\/s(ec)?|events|transactions|calls)\b/iu,
  },
  {
    label: 'Number of users or customers',
    pattern:
      /\b\d[\d.,]{0,30}\s*(k|m|million|thousand|bn|billion)?\+?\s*(users|customers|merchants|accounts|subscribers)\b/iu,
  },
  {
    label: 'Data volume',
    pattern:
      /\b\d[\d.,]{0,30}\s*(tb|pb|gb|terabytes?|petabytes?)\b|\b(millions|billions) of (rows|records|events)\b/iu,
  },
  {
    label: 'Latency or availability figures',
    pattern: /\b(p9\d|p50|latency|uptime|availability)\b.{0,150}?\d|\b\d+(\.\d+)?\s*ms\b|99\.9+%/iu,
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
