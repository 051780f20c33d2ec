import { z } from 'zod';
import type { ParsedCv, Position } from '../../model.js';
import { mergeTimeline } from '../../parse/dates.js';
import { defineCriterion, ramp, requirementOptions, type ScoringContext } from '../criterion.js';
import { GENERIC_ROLE_WORDS, titleWords } from './title-match.js';

/**
 * A role counts towards the role's years when it is the same kind of work: its title shares a word
 * with the job's title ("Backend Developer" ~ "Backend Engineer"), or the role's own lines use one of
 * the skills the job asks for. A chef's years do not count towards a backend post.
 */
export function relevantPositions(
  cv: ParsedCv,
  ctx: ScoringContext,
): { relevant: Position[]; other: Position[] } {
  const wanted = new Set(
    ctx.requirements.flatMap((r) => requirementOptions(r.skill)).map((s) => s.toLowerCase()),
  );
  // The job title's telling words ("backend", "nurse"), read as title-match reads them, without the
  // generic head nouns ("developer", "manager") that every profession shares.
  const jobWords = new Set(
    [...titleWords(ctx.job.title ?? ctx.profile.title)].filter((w) => !GENERIC_ROLE_WORDS.has(w)),
  );
  if (wanted.size === 0 && jobWords.size === 0) return { relevant: cv.positions, other: [] };
  const skillInRole = new Set(
    cv.skills
      .filter((s) => wanted.has(s.name.toLowerCase()))
      .flatMap((s) => s.mentions.map((m) => m.position).filter((p) => p !== null)),
  );
  const relevant: Position[] = [];
  const other: Position[] = [];
  cv.positions.forEach((p, i) => {
    const titleMatch = [...titleWords(p.title)].some((w) => jobWords.has(w));
    (titleMatch || skillInRole.has(i) ? relevant : other).push(p);
  });
  return { relevant, other };
}

export default defineCriterion({
  id: 'experience-years',
  title: 'Enough years of relevant experience',
  failureTitle: 'Fewer years of relevant experience than the role asks',
  description:
    "Years in relevant roles from the merged timeline (overlapping roles counted once) against the role's minimum and ideal. A role is relevant when its title matches the job's or it uses the job's skills.",
  category: 'fit',
  defaultWeight: 12,
  advice:
    'Give every role a start and end month, and name the skills you used in it, so your relevant experience is easy to see.',
  options: z
    .object({ minYears: z.number().min(0).optional(), idealYears: z.number().min(0).optional() })
    .strict(),
  evaluate(cv, ctx, options) {
    const min = options.minYears ?? ctx.job.minYears ?? ctx.profile.experience.minYears;
    if (min === null || min === undefined) return { notApplicable: 'the role sets no minimum years' };
    const ideal = Math.max(min, options.idealYears ?? ctx.profile.experience.idealYears ?? min + 3);
    const { relevant, other } = relevantPositions(cv, ctx);
    const dated = relevant.filter((p) => p.dates?.start && p.dates.end);
    const months = mergeTimeline(dated.map((p) => ({ start: p.dates!.start!, end: p.dates!.end! }))).months;
    const years = months / 12;
    // Below the minimum the score falls to 0 at half of it; from the minimum it climbs from 0.7 to 1.
    const score = years >= min ? 0.7 + 0.3 * ramp(years, min, ideal) : 0.7 * ramp(years, min / 2, min);
    const describe = (p: Position) => `${p.title || 'Role'}${p.organization ? ` at ${p.organization}` : ''}`;
    return {
      score,
      evidence: [
        {
          message: `${years.toFixed(1)} years in ${dated.length} relevant role${dated.length === 1 ? '' : 's'}; the role asks for ${min}+ (ideal ${ideal})`,
        },
        ...dated.slice(0, 4).map((p) => ({
          message: `Counted: ${describe(p)}`,
          quote: p.dates!.raw,
          location: { section: 'experience', line: p.line },
        })),
        ...other.slice(0, 3).map((p) => ({
          message: `Not counted (different kind of work): ${describe(p)}`,
          ...(p.dates ? { quote: p.dates.raw } : {}),
          location: { section: 'experience', line: p.line },
        })),
        ...(relevant.length > dated.length
          ? [
              {
                message: `${relevant.length - dated.length} relevant role(s) without readable dates were not counted`,
              },
            ]
          : []),
      ],
    };
  },
});
