import type { JobSpec } from '../model.js';
import { toLines } from '../parse/index.js';
import { findSkills, normalisePhrase, type SkillMatcher } from '../parse/skills.js';

const REQUIRED_HEADING =
  /^(requirements?|required|must[- ]haves?|essential|essentials|what you('| wi)ll need|what you need|you have|you('|’)ll have|about you|qualifications|minimum qualifications|skills (and|&) experience|who you are)\b/iu;
const PREFERRED_HEADING =
  /^(nice[- ]to[- ]haves?|bonus( points)?|preferred|desirable|desired|a plus|plus|extra credit|good to have|it would be great if)\b/iu;
const PREFERRED_INLINE =
  /\b(nice to have|bonus|a plus|preferred|desirable|ideally|is an advantage|would be great)\b/iu;
const GENERIC_CATEGORIES = new Set(['software-engineering', 'soft-skill', 'methodology']);
const YEARS_RE = /(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b/iu;

/**
 * A job description as text -> title, required and preferred skills, minimum years and keywords.
 * Skills under a "Requirements"/"Must have" heading are required, under "Nice to have"/"Bonus" (or on
 * a line that says "a plus") preferred; a posting with no such headings makes every skill required.
 */
export function parseJob(
  text: string,
  matcher: SkillMatcher,
  stopwords: string[],
  source: { file: string | null; sha256: string | null } = { file: null, sha256: null },
): JobSpec {
  const lines = toLines(text.replace(/^#+\s*/gm, '').replace(/^\s*[-*]\s+/gm, '• '));
  const title = lines[0]?.text.replace(/^(job title|role|position)\s*:\s*/iu, '').trim() ?? null;
  let mode: 'required' | 'preferred' | 'other' = 'other';
  const kindOf = new Map<number, 'required' | 'preferred' | 'other'>();
  let sawHeadings = false;
  let minYears: number | null = null;
  for (const line of lines) {
    const heading = line.text.replace(/[:*_]+$/g, '').trim();
    const short = heading.split(/\s+/).length <= 6;
    if (short && PREFERRED_HEADING.test(heading)) {
      mode = 'preferred';
      sawHeadings = true;
    } else if (short && REQUIRED_HEADING.test(heading)) {
      mode = 'required';
      sawHeadings = true;
    } else if (short && !line.text.startsWith('•') && /[:]$/.test(line.text)) {
      mode = 'other';
    }
    const kind = PREFERRED_INLINE.test(line.text) ? 'preferred' : mode;
    kindOf.set(line.number, kind);
    const years = YEARS_RE.exec(line.text);
    if (years && kind !== 'preferred' && minYears === null) minYears = Number(years[1]);
  }
  // Requirements come from each line's head: "AWS (ECS or EKS, RDS)" asks for AWS, the brackets give
  // examples; "PostgreSQL: schema design, migrations" asks for PostgreSQL, the rest is detail.
  // "Node.js or Go" on one line is one requirement with two ways to meet it.
  const required: string[] = [];
  const preferred: string[] = [];
  const seen = new Set<string>();
  // Required lines first, so a skill named in the duties and again under "Requirements" is required.
  const rank = { required: 0, preferred: 1, other: 2 } as const;
  const ordered = [...lines].sort(
    (a, b) =>
      rank[kindOf.get(a.number) ?? 'other'] - rank[kindOf.get(b.number) ?? 'other'] || a.number - b.number,
  );
  for (const line of ordered) {
    const head = requirementHead(line.text);
    const skills = findSkills(
      [{ number: line.number, text: head }],
      () => ({ section: 'other', position: null }),
      matcher,
    )
      .sort((a, b) => head.indexOf(a.mentions[0]!.matched) - head.indexOf(b.mentions[0]!.matched))
      // "5+ years of backend development experience" states the years the role needs (experience-years
      // scores that); a generic practice named there is not a skill requirement of its own.
      .filter((s) => !(YEARS_RE.test(head) && GENERIC_CATEGORIES.has(s.category)))
      .map((s) => s.name)
      .filter((name) => !seen.has(name));
    if (skills.length === 0) continue;
    const kind = kindOf.get(line.number) ?? 'other';
    const target = !sawHeadings || kind === 'required' ? required : preferred;
    const alternatives = skills.length >= 2 && /\bor\b/iu.test(head) && !/\band\b/iu.test(head);
    if (alternatives) target.push(skills.join(' or '));
    else target.push(...skills);
    skills.forEach((name) => seen.add(name));
  }
  const found = findSkills(lines, () => ({ section: 'other', position: null }), matcher);
  return {
    title,
    file: source.file,
    sha256: source.sha256,
    required,
    preferred: preferred.filter((p) => !required.includes(p)),
    minYears,
    keywords: distinctiveTerms(
      text,
      stopwords,
      found.map((s) => s.name),
    ),
  };
}

/** The posting's own vocabulary: frequent content words, skills first, at most 40. */
function distinctiveTerms(text: string, stopwords: string[], skills: string[]): string[] {
  const stop = new Set(stopwords);
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}][\p{L}\p{N}+#.-]*[\p{L}\p{N}+#]|[\p{L}]/gu) ?? []) {
    if (word.length < 3 || stop.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const skillKeys = new Set(skills.map(normalisePhrase));
  const terms = [...counts.entries()]
    .filter(([w, n]) => n >= 2 && !skillKeys.has(w))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w]) => w);
  return [...skills, ...terms].slice(0, 40);
}

/** The part of a posting's line that states the requirement, without examples and details. */
function requirementHead(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^([^:]{2,60}):\s.*$/u, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
