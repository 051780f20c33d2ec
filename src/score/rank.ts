import type { Candidate } from '../model.js';
import { derive } from '../lazy.js';

/**
 * Rank order: score, then fewer failed gates, then file path, so ties always break the same way.
 * Returns new candidates with `rank` set from 1. Each candidate's assessment is read once (it may be
 * loaded from disk when read: see pipeline/spill.ts).
 */
export function rankCandidates(candidates: Omit<Candidate, 'rank'>[]): Candidate[] {
  return candidates
    .map((c) => {
      const { gatesFailed, score } = c.assessment;
      return { c, gated: Number(gatesFailed.length > 0), score };
    })
    .sort(
      (a, b) =>
        a.gated - b.gated || b.score - a.score || (a.c.file < b.c.file ? -1 : a.c.file > b.c.file ? 1 : 0),
    )
    .map(({ c }, i) => derive(c as Candidate, { rank: i + 1 }));
}
