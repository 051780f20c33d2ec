import type {
  Assessment,
  CriterionResult,
  Evidence,
  Flag,
  JobSpec,
  ParsedCv,
  Requirement,
  RoleProfile,
  Tier,
  YearMonth,
} from '../model.js';
import type { WordLists } from '../parse/facts.js';
import type { Background } from './terms.js';
import { criterionOptions } from '../profile/load.js';
import { quoteLine, requirementOptions, type ScoringContext } from './criterion.js';

export { requirementOptions };
import { CRITERIA, CRITERIA_BY_ID } from './registry.js';

export interface ScoringInput {
  profile: RoleProfile;
  job: JobSpec;
  asOf: YearMonth;
  words: WordLists;
  /** For the relevance criterion; without it that criterion does not apply. */
  background?: Background | undefined;
}

/** The skills the role asks for: the job's, then the profile's, each named once, required first. */
export function roleSkills(profile: RoleProfile, job: JobSpec): { required: string[]; preferred: string[] } {
  const taken = new Set<string>();
  const add = (list: string[], into: string[]) => {
    for (const req of list) {
      const options = requirementOptions(req).map((o) => o.toLowerCase());
      if (options.some((o) => taken.has(o))) continue;
      options.forEach((o) => taken.add(o));
      into.push(req);
    }
  };
  const required: string[] = [];
  const preferred: string[] = [];
  add(job.required, required);
  add(profile.skills.required, required);
  add(job.preferred, preferred);
  add(profile.skills.preferred, preferred);
  return { required, preferred };
}

/** Each required and preferred skill, met or not, with the line that shows it (a role's line first). */
export function matchRequirements(cv: ParsedCv, profile: RoleProfile, job: JobSpec): Requirement[] {
  const { required, preferred } = roleSkills(profile, job);
  const byName = new Map(cv.skills.map((s) => [s.name.toLowerCase(), s]));
  const one = (skill: string, kind: 'required' | 'preferred'): Requirement => {
    const options = requirementOptions(skill)
      .map((o) => byName.get(o.toLowerCase()))
      .filter((s) => s !== undefined);
    // Of several options, the one shown in a role wins over one only listed.
    const found = options.find((s) => s.mentions.some((m) => m.position !== null)) ?? options[0];
    if (!found) return { skill, kind, met: false, evidence: [{ message: `${skill} not found in the CV` }] };
    const best = found.mentions.find((m) => m.position !== null) ?? found.mentions[0]!;
    const where = best.position !== null ? 'used in a role' : `listed in ${best.section}`;
    const evidence: Evidence[] = [
      quoteLine(
        cv,
        best.line,
        `${found.name}: ${where} (${found.mentions.length} mention${found.mentions.length === 1 ? '' : 's'})`,
      ),
    ];
    // Depth of the evidence: shown in a role, stated in the summary or a project, or only listed.
    const shown =
      best.position !== null
        ? 'role'
        : ['summary', 'projects', 'certifications'].includes(best.section)
          ? 'stated'
          : 'listed';
    return { skill, kind, met: true, shown, evidence };
  };
  return [...required.map((s) => one(s, 'required')), ...preferred.map((s) => one(s, 'preferred'))];
}

/**
 * Runs every criterion the profile leaves on. A criterion that throws becomes a null score with the
 * error as evidence, never a crashed batch; a not-applicable criterion weighs nothing.
 */
export function assess(cv: ParsedCv, input: ScoringInput): Assessment {
  const requirements = matchRequirements(cv, input.profile, input.job);
  const ctx: ScoringContext = { ...input, requirements };
  const results: CriterionResult[] = [];
  for (const criterion of CRITERIA) {
    const setting = input.profile.criteria[criterion.id] ?? {};
    if (setting.mode === 'off') continue;
    let score: number | null = null;
    let evidence: Evidence[];
    let example: CriterionResult['example'];
    try {
      const outcome = criterion.evaluate(cv, ctx, optionsOf(input.profile, criterion.id));
      if ('notApplicable' in outcome) evidence = [{ message: `Not applicable: ${outcome.notApplicable}` }];
      else {
        score = Math.round(Math.max(0, Math.min(1, outcome.score)) * 1000) / 1000;
        evidence = outcome.evidence;
        example = outcome.example;
      }
    } catch (error) {
      evidence = [{ message: `Could not be evaluated: ${(error as Error).message}` }];
    }
    results.push(criterionResult(criterion, setting, { id: criterion.id, score, evidence, example }));
  }
  const fit = weightedMean(results.filter((r) => r.category === 'fit'));
  const quality = weightedMean(results.filter((r) => r.category === 'quality'));
  const score = Math.round(combine(fit, quality, input.profile.scoring.quality) * 1000) / 10;
  const gatesFailed = results.filter((r) => r.passed === false).map((r) => r.id);
  return {
    criteria: results,
    requirements,
    gatesFailed,
    score,
    fit: fit === null ? null : Math.round(fit * 1000) / 10,
    quality: quality === null ? null : Math.round(quality * 1000) / 10,
    tier: tierFor(score, gatesFailed.length > 0, input.profile),
    flags: flagsFor(cv),
  };
}

// A criterion's options, validated once per profile rather than once per CV (a schema parse per
// criterion per CV was a sixth of scoring). Read again if the profile's setting object changes.
const optionsCache = new WeakMap<
  RoleProfile,
  Map<string, { source: unknown; options: Record<string, unknown> }>
>();
function optionsOf(profile: RoleProfile, id: string): Record<string, unknown> {
  let byId = optionsCache.get(profile);
  if (!byId) optionsCache.set(profile, (byId = new Map()));
  const source = profile.criteria[id]?.options;
  const cached = byId.get(id);
  if (cached && cached.source === source) return cached.options;
  const options = criterionOptions(profile, id);
  byId.set(id, { source, options });
  return options;
}

/** The weighted average of the criteria that apply (a not-applicable criterion weighs nothing). */
function weightedMean(results: CriterionResult[]): number | null {
  const scored = results.filter((r) => r.score !== null && r.weight > 0);
  const weight = scored.reduce((s, r) => s + r.weight, 0);
  return weight ? scored.reduce((s, r) => s + r.weight * r.score!, 0) / weight : null;
}

/**
 * The total: fit to the role, adjusted by the quality of the CV. A polished CV of another profession
 * stays low however well it is written, and a weak CV of the right profession is not buried under
 * one of the wrong profession: score = fit × (1 − q + q × quality), q the profile's quality share.
 * With nothing to judge fit against (no job, no role skills), the score is the quality alone.
 */
export function combine(fit: number | null, quality: number | null, qualityShare: number): number {
  if (fit === null) return quality ?? 0;
  if (quality === null) return fit;
  return fit * (1 - qualityShare + qualityShare * quality);
}

export function tierFor(score: number, failedGate: boolean, profile: RoleProfile): Tier {
  if (failedGate) return 'reject';
  if (score >= profile.tiers.shortlist) return 'shortlist';
  if (score >= profile.tiers.consider) return 'consider';
  return 'reject';
}

function flagsFor(cv: ParsedCv): Flag[] {
  const flags: Flag[] = [];
  if (!cv.contact.name) flags.push({ id: 'no-name', message: 'No candidate name could be read' });
  if (cv.contact.emails.length === 0 && cv.contact.phones.length === 0) {
    flags.push({ id: 'no-contact', message: 'No email or phone number could be read' });
  }
  if (cv.positions.length === 0)
    flags.push({ id: 'no-positions', message: 'No dated roles could be read: check the CV by hand' });
  if (cv.facts.gaps.length) {
    flags.push({
      id: 'gap',
      message: `Gap of ${cv.facts.gaps[0]!.months} months (${cv.facts.gaps[0]!.from} to ${cv.facts.gaps[0]!.to})`,
    });
  }
  if (cv.language !== 'en' && cv.language !== 'und') {
    flags.push({ id: 'language', message: `CV written in "${cv.language}"` });
  }
  if (cv.facts.hiddenText.length) {
    const sample = cv.facts.hiddenText
      .slice(0, 3)
      .map((t) => `"${t.length > 40 ? t.slice(0, 37) + '...' : t}"`);
    flags.push({
      id: 'hidden-text',
      message: `Text a reader cannot see (white or tiny) was found and ignored: ${sample.join(', ')}${cv.facts.hiddenText.length > 3 ? '…' : ''}`,
    });
  }
  if (cv.confidence.document < 0.6) {
    const weak = Object.entries(cv.confidence)
      .filter(([k, v]) => k !== 'document' && v < 0.6)
      .map(([k]) => k);
    flags.push({
      id: 'low-confidence',
      message: `The CV could not be read with confidence (${Math.round(cv.confidence.document * 100)}%; unsure of ${weak.join(', ')}): check it by hand`,
    });
  }
  return flags;
}

/** What a criterion's result holds that neither the criterion nor the profile gives: see packAssessment. */
export interface StoredCriterion {
  id: string;
  score: number | null;
  evidence: Evidence[];
  example?: CriterionResult['example'];
}

type Setting = RoleProfile['criteria'][string];

/**
 * A criterion's result from its outcome: its titles, description, category and advice come from the
 * criterion, its mode, weight and gate from the profile. assess builds every result so, and
 * unpackAssessment rebuilds stored ones so, field for field in the same order.
 */
function criterionResult(
  criterion: (typeof CRITERIA)[number],
  setting: Setting,
  { id, score, evidence, example }: StoredCriterion,
): CriterionResult {
  const mode = setting.mode ?? 'score';
  const result: CriterionResult = {
    id,
    title: criterion.title,
    headline: score !== null && score < 0.7 ? criterion.failureTitle : criterion.title,
    description: criterion.description,
    category: criterion.category,
    mode,
    weight: setting.weight ?? criterion.defaultWeight,
    score,
    evidence,
  };
  if (mode === 'gate') result.passed = score === null || score >= (setting.gateAt ?? 0.5);
  if (score !== null && score < 1) result.advice = criterion.advice;
  if (example && score !== null && score < 1) result.example = example;
  return result;
}

/** An assessment as the cache and the spill file keep it: see packAssessment. */
export type StoredAssessment = Omit<Assessment, 'criteria'> & { criteria: StoredCriterion[] };

/**
 * An assessment without what its profile gives again: each criterion's titles, description,
 * category, mode, weight, gate and advice, the same for every CV (about 44% of a stored reading and
 * assessment, 9.6 KB against 17.2 KB on average over 300 of the bench's CVs). unpackAssessment,
 * with the same profile, gives back the same assessment.
 */
export function packAssessment(assessment: Assessment): StoredAssessment {
  return {
    ...assessment,
    criteria: assessment.criteria.map(({ id, score, evidence, example }) =>
      example ? { id, score, evidence, example } : { id, score, evidence },
    ),
  };
}

/**
 * The assessment packAssessment kept, under the profile it was made with (a run's caches and spill
 * file are by profile, job, month and code). A full assessment comes back as it was.
 */
export function unpackAssessment(stored: StoredAssessment | Assessment, profile: RoleProfile): Assessment {
  return {
    ...stored,
    criteria: stored.criteria.map((c) => {
      const criterion = CRITERIA_BY_ID.get(c.id);
      if (!criterion) throw new Error(`Unknown criterion in a stored assessment: ${c.id}`);
      return criterionResult(criterion, profile.criteria[c.id] ?? {}, c);
    }),
  };
}
