import { z } from 'zod';
import { areLinesPlain, fastPattern } from '../../parse/fast-pattern.js';
import { defineCriterion, quoteLine } from '../criterion.js';

const OPEN_SOURCE = /\bopen[- ]source\b|\bcontribut(or|ed|ions?) to\b/iu;

export default defineCriterion({
  id: 'open-source',
  title: 'Shows public work',
  failureTitle: 'No public work linked',
  description: 'A GitHub or GitLab profile, open-source contributions or a technical blog.',
  category: 'fit',
  defaultWeight: 3,
  advice:
    'If you have public code, open-source contributions or a technical blog, add the link near your contact details.',
  options: z.object({}).strict(),
  evaluate(cv) {
    const repo = cv.contact.links.find((l) => /github\.com|gitlab\.com|bitbucket\.org/i.test(l));
    const mention = fastPattern(OPEN_SOURCE, areLinesPlain(cv.lines));
    const oss = cv.lines.find((l) => mention.test(l.text));
    const blog = cv.contact.links.find((l) => /medium\.com|dev\.to|substack|blog/i.test(l));
    const evidence = [
      ...(repo ? [{ message: 'Code profile linked', quote: repo }] : []),
      ...(oss ? [quoteLine(cv, oss.number, 'Open-source work mentioned')] : []),
      ...(blog ? [{ message: 'Technical writing linked', quote: blog }] : []),
    ];
    const score = repo || oss ? 1 : blog ? 0.6 : 0;
    return {
      score,
      evidence: evidence.length
        ? evidence
        : [{ message: 'No GitHub/GitLab link, open-source work or blog found' }],
    };
  },
});
