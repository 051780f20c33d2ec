import type { Requirement } from '../../model.js';
import type { Outcome } from '../criterion.js';

/**
 * Credit for a met skill by how it shows: a recruiter believes a skill used in a role, half-believes
 * one that is only listed. A pasted list of the posting's keywords earns half, not full, marks.
 */
export const CREDIT: Record<NonNullable<Requirement['shown']>, number> = {
  role: 1,
  stated: 0.8,
  listed: 0.5,
};

/** Shared by required-skills and preferred-skills: credit for each skill met, with its evidence. */
export function requirementOutcome(requirements: Requirement[], kind: 'required' | 'preferred'): Outcome {
  if (requirements.length === 0) return { notApplicable: `the job names no ${kind} skills` };
  const met = requirements.filter((r) => r.met);
  const missing = requirements.filter((r) => !r.met);
  const listedOnly = met.filter((r) => r.shown === 'listed');
  const credit = met.reduce((sum, r) => sum + CREDIT[r.shown ?? 'role'], 0);
  return {
    score: credit / requirements.length,
    evidence: [
      { message: `${met.length} of ${requirements.length} ${kind} skills found` },
      ...met.flatMap((r) => r.evidence.slice(0, 1)),
      ...(listedOnly.length
        ? [
            {
              message: `Only listed, not shown in a role (half credit): ${listedOnly.map((r) => r.skill).join(', ')}`,
            },
          ]
        : []),
      ...(missing.length ? [{ message: `Missing: ${missing.map((r) => r.skill).join(', ')}` }] : []),
    ],
  };
}
