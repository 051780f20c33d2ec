import { z } from 'zod';
import { bm25, idf, terms, type Background } from '../terms.js';
import { defineCriterion, ramp } from '../criterion.js';

const typicalLength = 450;

interface JobQuery {
  stop: ReadonlySet<string>;
  /** The job's distinctive terms: frequent in the posting, rare in general text. */
  query: string[];
  /** The posting's own score against its query: what a CV's score is a share of. */
  self: number;
}

// The same for every CV of a run: worked out once per job text, stopword list, background and size.
const queries = new WeakMap<Background, WeakMap<readonly string[], Map<string, JobQuery>>>();
function jobQuery(
  text: string,
  stopwords: readonly string[],
  background: Background,
  queryTerms: number,
): JobQuery {
  let byStopwords = queries.get(background);
  if (!byStopwords) queries.set(background, (byStopwords = new WeakMap()));
  let byText = byStopwords.get(stopwords);
  if (!byText) byStopwords.set(stopwords, (byText = new Map()));
  const key = `${queryTerms}\u0000${text}`;
  const cached = byText.get(key);
  if (cached) return cached;
  const stop = new Set(stopwords);
  const jobTerms = terms(text, stop);
  const tf = new Map<string, number>();
  for (const t of jobTerms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const query = [...tf.entries()]
    .map(([t, n]) => ({ t, w: Math.log(1 + n) * idf(t, background) }))
    .sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : 1))
    .slice(0, queryTerms)
    .map((q) => q.t);
  const self = bm25(query, jobTerms, background, typicalLength);
  // A run scores against a posting or a few: a handful kept, never a growing store.
  if (byText.size >= 16) byText.clear();
  const result = { stop, query, self };
  byText.set(key, result);
  return result;
}

export default defineCriterion({
  id: 'relevance',
  title: 'Talks about the same work as the job',
  failureTitle: 'Says little about the work the job describes',
  description:
    "Statistical relevance (BM25) of what the CV says about the work (all but the skills list) to the job description, weighting the job's distinctive terms against a general background corpus, so a CV that says the job in other words still scores, and repeating or pasting terms earns little.",
  category: 'fit',
  defaultWeight: 8,
  advice:
    "Describe your experience of the work the posting describes, in your own words and in the posting's.",
  options: z
    .object({
      /** Share of the job's own score (the posting against itself) that earns full marks. */
      target: z.number().min(0.05).max(1).default(0.4),
      queryTerms: z.number().int().min(5).max(200).default(40),
    })
    .strict(),
  evaluate(cv, ctx, options) {
    if (!ctx.job.text) return { notApplicable: 'no job description' };
    if (!ctx.background?.documents) return { notApplicable: 'no background corpus (data/background.json)' };
    const background = ctx.background;
    const { stop, query, self } = jobQuery(ctx.job.text, ctx.words.stopwords, background, options.queryTerms);
    // What the candidate says about their work: everything but the skills list (a pasted list of the
    // posting's keywords says nothing about the work), and never hidden text (it never reached the lines).
    const listed = new Set(
      cv.sections.filter((sec) => sec.kind === 'skills').flatMap((sec) => sec.lines.map((l) => l.number)),
    );
    const cvTerms = terms(
      cv.lines
        .filter((l) => !listed.has(l.number))
        .map((l) => l.text)
        .join('\n'),
      stop,
    );
    const mine = bm25(query, cvTerms, background, typicalLength);
    const ratio = self > 0 ? mine / self : 0;
    const present = new Set(cvTerms);
    const matched = query.filter((q) => present.has(q));
    const missing = query.filter((q) => !present.has(q));
    return {
      score: ramp(ratio, 0, options.target),
      evidence: [
        {
          message: `Relevance ${Math.round(ratio * 100)}% of the posting's own (full marks at ${Math.round(options.target * 100)}%)`,
        },
        { message: `Distinctive terms shared: ${matched.slice(0, 15).join(', ') || 'none'}` },
        ...(missing.length ? [{ message: `Not mentioned: ${missing.slice(0, 12).join(', ')}` }] : []),
      ],
    };
  },
});
