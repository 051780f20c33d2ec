import { z } from 'zod';
import { defineCriterion, quoteLine } from '../criterion.js';

export default defineCriterion({
  id: 'generic-skills',
  title: 'Skills are specific',
  failureTitle: 'Skills padded with generic terms',
  description:
    'Skills lists padded with generic terms ("problem-solving", "team player") instead of specific skills.',
  category: 'quality',
  defaultWeight: 3,
  advice:
    'Drop generic terms like "team player" or "problem-solving" and show them instead: name a specific problem you solved.',
  options: z.object({ allowed: z.number().int().min(0).default(0) }).strict(),
  evaluate(cv, ctx, options) {
    const matcher = termsMatcher(ctx.words.genericSkillTerms);
    const hits: { term: string; line: number }[] = [];
    for (const line of cv.lines) {
      for (const term of findTerms(line.text.toLowerCase(), matcher)) hits.push({ term, line: line.number });
    }
    const distinct = [...new Set(hits.map((h) => h.term))];
    const over = Math.max(0, distinct.length - options.allowed);
    return {
      score: Math.max(0, 1 - over * 0.34),
      evidence: distinct.length
        ? [
            {
              message: `${distinct.length} generic term${distinct.length === 1 ? '' : 's'}: ${distinct.join(', ')}`,
            },
            ...hits.slice(0, 3).map((h) => quoteLine(cv, h.line, `"${h.term}"`)),
          ]
        : [{ message: 'No generic padding terms found' }],
    };
  },
});

// One pattern for the whole list, compiled once per list: a regex per term per line was a quarter of
// a run's time. Longest terms first, so "problem-solving skills" wins over "problem-solving".
// Trying a hundred alternatives at every character was still most of this criterion: a term can only
// start where the text has its first character, so each first character gets the pattern of its own
// terms (in the same order), tried only there.
interface TermsMatcher {
  /** The whole list in one pattern, global. */
  pattern: RegExp;
  /** First character's code -> a sticky pattern of the terms starting with it; null to scan with `pattern`. */
  byFirst: Map<number, RegExp> | null;
}

const matchers = new WeakMap<readonly string[], TermsMatcher>();
function termsMatcher(terms: readonly string[]): TermsMatcher {
  let matcher = matchers.get(terms);
  if (!matcher) {
    const sorted = [...terms].sort((a, b) => b.length - a.length);
    const compile = (list: string[], flags: string) =>
      new RegExp(`(?<![\\p{L}])(${list.map(escape).join('|')})(?![\\p{L}])`, flags);
    // An empty list or term (they match everywhere), or a term opening with half a surrogate pair,
    // is left to the plain scan.
    const plainOnly =
      sorted.length === 0 || sorted.some((t) => t.length === 0 || /[\uD800-\uDFFF]/.test(t[0]!));
    let byFirst: Map<number, RegExp> | null = null;
    if (!plainOnly) {
      const groups = new Map<number, string[]>();
      for (const t of sorted) groups.set(t.charCodeAt(0), [...(groups.get(t.charCodeAt(0)) ?? []), t]);
      byFirst = new Map([...groups].map(([first, list]) => [first, compile(list, 'uy')]));
    }
    matcher = { pattern: compile(sorted, 'gu'), byFirst };
    matchers.set(terms, matcher);
  }
  return matcher;
}

/** The terms in `text`, in order, exactly as `text.matchAll(pattern)` finds them. */
function findTerms(text: string, matcher: TermsMatcher): string[] {
  if (!matcher.byFirst) return [...text.matchAll(matcher.pattern)].map((m) => m[1]!);
  const found: string[] = [];
  for (let i = 0; i < text.length;) {
    // After an ASCII letter the pattern's (?<![\p{L}]) fails: no need to try it.
    const before = i > 0 ? text.charCodeAt(i - 1) | 0x20 : 0;
    const sticky = before >= 0x61 && before <= 0x7a ? undefined : matcher.byFirst.get(text.charCodeAt(i));
    if (sticky) {
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m) {
        found.push(m[1]!);
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
