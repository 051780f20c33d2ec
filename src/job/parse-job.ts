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
  // The blanks at a line start are matched whole, kept when no bullet follows: so a long run of
  // blank lines is read once, where /^\s*[-*]\s+/gm scanned it again from each of its line starts.
  const lines = toLines(
    text.replace(/^#+\s*/gm, '').replace(/^\s*([-*]\s+)?/gm, (m, bullet?: string) => (bullet ? '• ' : m)),
  );
  const title = lines[0]?.text.replace(/^(job title|role|position)\s*:\s*/iu, '').trim() ?? null;
  let mode: 'required' | 'preferred' | 'other' = 'other';
  const kindOf = new Map<number, 'required' | 'preferred' | 'other'>();
  let sawHeadings = false;
  let minYears: number | null = null;
  for (const line of lines) {
    // Emphasis around a heading ("**Requirements:**" in a plain-text posting) is not part of it.
    const bare = line.text
      .replace(/^[*_]+/, '')
      .replace(/(?<![*_])[*_]+$/, '')
      .trim();
    // The lookbehind makes a long run of colons or stars cost linear time: without it each one
    // began a match that failed at the run's end.
    const heading = bare.replace(/(?<![:*_])[:*_]+$/g, '').trim();
    const short = heading.split(/\s+/).length <= 6;
    if (short && PREFERRED_HEADING.test(heading)) {
      mode = 'preferred';
      sawHeadings = true;
    } else if (short && REQUIRED_HEADING.test(heading)) {
      mode = 'required';
      sawHeadings = true;
    } else if (short && !line.text.startsWith('•') && /:$/.test(bare)) {
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
    text,
    seniority: seniorityOf(title, minYears),
    education:
      lines
        .find((l) => kindOf.get(l.number) !== 'preferred' && EDUCATION_RE.test(l.text))
        ?.text.replace(/^•\s*/, '') ?? null,
    certifications: [...new Set(lines.flatMap((l) => [...l.text.matchAll(CERT_RE)].map((m) => m[0])))],
    location:
      lines
        .slice(0, 6)
        .map((l) => LOCATION_RE.exec(l.text)?.[0].trim() ?? null)
        .find((l) => l !== null) ?? null,
    workMode: workModeOf(text),
    skillYears: lines.flatMap((l) => {
      const m = SKILL_YEARS_RE.exec(l.text);
      if (!m) return [];
      const skill = findSkills(
        [{ number: l.number, text: m[2] ?? '' }],
        () => ({ section: 'other', position: null }),
        matcher,
      )[0];
      return skill ? [{ skill: skill.name, years: Number(m[1]) }] : [];
    }),
  };
}

const EDUCATION_RE =
  /\b(degree|bachelor'?s?|master'?s?|bsc|msc|phd|a[- ]levels?|diploma|qualification|gcses?|nvq)\b/iu;
const CERT_RE =
  /\b(ACCA|ACA|CIMA|CPA|CFA|AAT|NMC(?: registration| PIN)?|PRINCE2|PMP|CISSP|CKA|CKAD|(?:AWS|Azure) certification|AWS Certified [A-Z][\w ]*|Food Hygiene(?: Level \d)?|HACCP(?: Level \d)?|QTS|PGCE|DBS check)\b/gu;
// "London (hybrid, two days a week...)", "Remote within the UK": the posting's place of work.
// The bracket is read up to 200 characters, so each "London (hybrid" of a long line of them does
// not scan to the line's end; a place of work with a longer bracket than that goes unread.
const LOCATION_RE =
  /\b(?:remote[^·|\n]*|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][A-Za-z]+)? \((?:hybrid|remote|on-?site)[^)]{0,200}\))/u;
const SKILL_YEARS_RE =
  /(\d{1,2})\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:experience\s+(?:with|in|of)\s+)?([\p{L}][\p{L}\p{N}.#+ /-]{1,40})/iu;

/** Seniority from the title's words, else from the years the posting asks for. */
function seniorityOf(title: string | null, minYears: number | null): JobSpec['seniority'] {
  const t = (title ?? '').toLowerCase();
  if (/\b(staff|principal|distinguished)\b/.test(t)) return 'staff';
  if (/\b(senior|lead|sr\.?)\b/.test(t)) return 'senior';
  if (/\b(junior|graduate|entry[- ]level|trainee|intern|apprentice|jr\.?)\b/.test(t)) return 'junior';
  if (/\b(mid[- ]?level|intermediate)\b/.test(t)) return 'mid';
  if (minYears === null) return null;
  return minYears >= 7 ? 'staff' : minYears >= 5 ? 'senior' : minYears >= 2 ? 'mid' : 'junior';
}

function workModeOf(text: string): JobSpec['workMode'] {
  if (/\bhybrid\b/iu.test(text)) return 'hybrid';
  if (/\bremote\b/iu.test(text)) return 'remote';
  if (/\bon-?site\b|\boffice-based\b|\bin the office\b/iu.test(text)) return 'on-site';
  return null;
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
  // An unclosed bracket is matched too and kept, so the scan goes on after it: otherwise each "("
  // of a long run began a match that failed at the line's end.
  return text
    .replace(/\([^)]*(\))?/g, (m, close?: string) => (close ? ' ' : m))
    .replace(/^([^:]{2,60}):\s.*$/u, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
