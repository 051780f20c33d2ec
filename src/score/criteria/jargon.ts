import { z } from 'zod';
import { defineCriterion, quoteLine } from '../criterion.js';

// Upper-case acronyms a recruiter who is not an engineer may not know, unless spelled out nearby.
const KNOWN = new Set([
  'CV',
  'UK',
  'US',
  'USA',
  'EU',
  'IT',
  'HR',
  'CEO',
  'CTO',
  'CFO',
  'API',
  'APIS',
  'AWS',
  'GCP',
  'SQL',
  'HTML',
  'CSS',
  'PDF',
  'BSC',
  'MSC',
  'BA',
  'MA',
  'PHD',
  'MBA',
  'UI',
  'UX',
  'QA',
  'PHP',
  'JSON',
  'XML',
  'REST',
  'CI',
  'CD',
  'NHS',
  'GCSE',
  'GCSES',
  'ACCA',
  'ACA',
  'CIMA',
  'VAT',
  'KPI',
  'KPIS',
  'B2B',
  'B2C',
  'SAAS',
  'OK',
  'LTD',
  'PLC',
  'GMBH',
  'SME',
  'AI',
  'ML',
  'HTTP',
  'HTTPS',
  'IOS',
  'TV',
  'NYC',
  'SF',
  'NY',
]);

export default defineCriterion({
  id: 'jargon',
  title: 'Plain language',
  failureTitle: 'Many unexplained acronyms',
  description: 'Unexplained jargon and acronyms (a hint, not a verdict: recruiters may not be engineers).',
  category: 'quality',
  defaultWeight: 1,
  advice:
    'Spell out unusual acronyms the first time, or add a few words of context, for readers who are not specialists.',
  options: z.object({ allowed: z.number().int().min(0).default(6) }).strict(),
  evaluate(cv, _ctx, options) {
    const text = cv.lines.map((l) => l.text).join('\n');
    const found = new Map<string, number>();
    const spelledOut = new Set<string>();
    const listed = new Set(cv.sections.filter((s) => s.kind === 'skills').flatMap((s) => s.lines));
    for (const line of cv.lines) {
      if (listed.has(line)) continue;
      for (const m of line.text.matchAll(/\b[A-Z][A-Z0-9]{2,6}s?\b/g)) {
        const word = m[0];
        if (KNOWN.has(word.toUpperCase()) || found.has(word) || spelledOut.has(word)) continue;
        // Spelled out nearby: "Service Level Objectives (SLOs)".
        // (An acronym is letters and digits only: plain text searches, no pattern to compile.)
        if (text.includes(`(${word})`) || text.includes(`${word} (`)) {
          spelledOut.add(word);
          continue;
        }
        found.set(word, line.number);
      }
    }
    const over = Math.max(0, found.size - options.allowed);
    return {
      score: Math.max(0, 1 - over * 0.1),
      evidence: found.size
        ? [
            {
              message: `${found.size} acronyms without explanation (up to ${options.allowed} is fine): ${[...found.keys()].slice(0, 15).join(', ')}`,
            },
            ...[...found.values()].slice(0, 2).map((line) => quoteLine(cv, line, 'Acronym without context')),
          ]
        : [{ message: 'No unexplained acronyms outside the skills list' }],
    };
  },
});
