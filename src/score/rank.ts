import type { Candidate, Tier } from '../model.js';
import { derive } from '../lazy.js';

/**
 * Rank order: score, then fewer failed gates, then file path, so ties always break the same way.
 * Returns new candidates with `rank` set from 1. Each candidate's assessment is read once (it may be
 * loaded from disk when read: see pipeline/spill.ts).
 */
export function rankCandidates(candidates: Omit<Candidate, 'rank'>[]): Candidate[] {
  return candidates
    .map((c) => {
      const { gated, score } = headlineOf(c);
      return { c, gated: Number(gated), score };
    })
    .sort(
      (a, b) =>
        a.gated - b.gated || b.score - a.score || (a.c.file < b.c.file ? -1 : a.c.file > b.c.file ? 1 : 0),
    )
    .map(({ c }, i) => derive(c as Candidate, { rank: i + 1 }));
}

/** What ranking, duplicate flags and tier counts read of a candidate: kept beside a spilled one. */
export interface Headline {
  score: number;
  tier: Tier;
  /** Whether any gate failed. */
  gated: boolean;
  /** "email:…" and "phone:…" of the candidate's contact details, each once. */
  contactKeys: string[];
}

const HEADLINE = Symbol('headline');

/** The headline of a reading and its assessment. */
export function headline(
  cv: Pick<Candidate['cv'], 'contact'>,
  assessment: Pick<Candidate['assessment'], 'score' | 'tier' | 'gatesFailed'>,
): Headline {
  const { emails, phones } = cv.contact;
  return {
    score: assessment.score,
    tier: assessment.tier,
    gated: assessment.gatesFailed.length > 0,
    contactKeys: [...new Set([...emails.map((e) => `email:${e}`), ...phones.map((p) => `phone:${p}`)])],
  };
}

/**
 * Keeps `value` on the candidate as a hidden field (not enumerable: no output shows it; derive copies
 * it), so that a candidate whose reading and assessment are on disk need not load them for it.
 * Blind mode and duplicate flags change neither the score, the tier, the gates nor the contact
 * details it reads. Returns the candidate.
 */
export function keepHeadline<T extends object>(candidate: T, value: Headline): T {
  return Object.defineProperty(candidate, HEADLINE, { value, enumerable: false, configurable: true });
}

/** The candidate's kept headline, else worked out from its reading and assessment. */
export function headlineOf(candidate: Pick<Candidate, 'cv' | 'assessment'>): Headline {
  return (candidate as { [HEADLINE]?: Headline })[HEADLINE] ?? headline(candidate.cv, candidate.assessment);
}
