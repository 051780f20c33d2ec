// Words as a search engine counts them, for relevance between a CV and a job: lower case, accents
// folded, stopwords out, and a light English stem so "scaling", "scaled" and "scales" meet.

const STEM_RULES: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/(ss)es$/, '$1'],
  [/([^aeiou])ing$/, '$1'],
  [/([^aeiou])ed$/, '$1'],
  [/([^su])s$/, '$1'],
];

export function stem(word: string): string {
  if (word.length <= 4) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= 50_000) stems.clear();
    stems.set(word, (stemmed = stemOf(word)));
  }
  return stemmed;
}

// Words repeat across CVs: each stemmed once, in a store that stays bounded.
const stems = new Map<string, string>();

function stemOf(word: string): string {
  for (const [re, to] of STEM_RULES) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** The content terms of a text, in order, with repeats. */
export function terms(text: string, stopwords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const folded = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  // A match never ends with a dot (both alternatives end on a letter, digit, + or #).
  for (const word of folded.match(/[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z]/g) ?? []) {
    if (word.length < 2 || stopwords.has(word) || /^\d+$/.test(word)) continue;
    out.push(stem(word));
  }
  return out;
}

export interface Background {
  /** Number of documents the frequencies were counted over. */
  documents: number;
  /** term -> number of documents containing it. */
  df: Record<string, number>;
}

/** Inverse document frequency (BM25 form, never negative). */
export function idf(term: string, background: Background): number {
  const n = background.df[term] ?? 0;
  return Math.log(1 + (background.documents - n + 0.5) / (n + 0.5));
}

/**
 * Okapi BM25 of a document for a query. `k1` saturates repeats: the tenth "Kubernetes" adds almost
 * nothing, so stuffing a term earns little. `b` normalises by length against `avgLength`.
 */
export function bm25(
  queryTerms: string[],
  docTerms: string[],
  background: Background,
  avgLength: number,
  k1 = 1.2,
  b = 0.75,
): number {
  const tf = new Map<string, number>();
  for (const t of docTerms) tf.set(t, (tf.get(t) ?? 0) + 1);
  let score = 0;
  for (const q of new Set(queryTerms)) {
    const f = tf.get(q) ?? 0;
    if (!f) continue;
    score +=
      idf(q, background) *
      ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * docTerms.length) / Math.max(1, avgLength))));
  }
  return score;
}
