import type { Candidate } from '../model.js';

/**
 * Rank order: score, then fewer failed gates, then file path, so ties always break the same way.
 * Returns new candidates with `rank` set from 1.
 */
export function rankCandidates(candidates: Omit<Candidate, 'rank'>[]): Candidate[] {
  return [...candidates]
    .sort(
      (a, b) =>
        Number(a.assessment.gatesFailed.length > 0) - Number(b.assessment.gatesFailed.length > 0) ||
        b.assessment.score - a.assessment.score ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    )
    .map((c, i) => ({ ...c, rank: i + 1 }));
}
