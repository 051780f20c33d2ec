// Ranking measures for the benchmark (scripts/eval-rank.ts). Pure functions over the relevance grades
// of a ranked list, so they can be checked by hand in test/eval/rank-metrics.test.ts.

/**
 * Discounted cumulative gain of the first `k` results: each result's grade (the gain: 2, 1 or 0)
 * divided by log2(position + 1), positions counted from 1.
 */
export function dcgAt(rankedGrades: readonly number[], k: number): number {
  let total = 0;
  rankedGrades.slice(0, k).forEach((gain, i) => {
    total += gain / Math.log2(i + 2);
  });
  return total;
}

/**
 * Normalised DCG at `k`: the ranking's DCG over the DCG of the best possible order of the same
 * grades. 1 means the k best CVs came first in the best order; 0 when nothing relevant exists.
 */
export function ndcgAt(rankedGrades: readonly number[], k: number): number {
  const ideal = dcgAt(
    [...rankedGrades].sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? 0 : dcgAt(rankedGrades, k) / ideal;
}

/** Share of the first `k` results whose grade is at least `relevant` (always out of k). */
export function precisionAt(rankedGrades: readonly number[], k: number, relevant = 2): number {
  return rankedGrades.slice(0, k).filter((g) => g >= relevant).length / k;
}

/**
 * Area under the ROC curve: the chance that a randomly chosen relevant CV scores above a randomly
 * chosen other one (Mann-Whitney U), a tie counting one half. NaN when either group is empty.
 */
export function rocAuc(scores: readonly number[], relevant: readonly boolean[]): number {
  if (scores.length !== relevant.length) throw new Error('scores and labels differ in length');
  const pos = scores.filter((_, i) => relevant[i]);
  const neg = scores.filter((_, i) => !relevant[i]);
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  // Rank-sum form: O(n log n), ties get their average rank.
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0));
  const ranks = new Array<number>(scores.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.s === order[start]!.s) end++;
    const average = (start + end) / 2 + 1;
    for (let j = start; j <= end; j++) ranks[order[j]!.i] = average;
    start = end + 1;
  }
  const rankSum = ranks.reduce((sum, rank, i) => (relevant[i] ? sum + rank : sum), 0);
  const u = rankSum - (pos.length * (pos.length + 1)) / 2;
  return u / (pos.length * neg.length);
}
