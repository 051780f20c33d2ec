import type { Requirement } from '../../model.js';
import type { Outcome } from '../criterion.js';

/** Shared by required-skills and preferred-skills: share met, with each requirement's evidence. */
export function requirementOutcome(requirements: Requirement[], kind: 'required' | 'preferred'): Outcome {
  if (requirements.length === 0) return { notApplicable: `the job names no ${kind} skills` };
  const met = requirements.filter((r) => r.met);
  const missing = requirements.filter((r) => !r.met);
  return {
    score: met.length / requirements.length,
    evidence: [
      { message: `${met.length} of ${requirements.length} ${kind} skills found` },
      ...met.flatMap((r) => r.evidence.slice(0, 1)),
      ...(missing.length ? [{ message: `Missing: ${missing.map((r) => r.skill).join(', ')}` }] : []),
    ],
  };
}
