import type { CvLine, SectionKind, SkillFound, SkillMention } from '../model.js';

export interface SkillEntry {
  name: string;
  category: string;
  aliases: string[];
  /** Also an ordinary word or letter ("Go", "R", "Swift", "Excel"): needs context to count. */
  ambiguous: boolean;
}

export interface SkillMatcher {
  /** Lower-cased phrase (name or alias) -> entry; phrases are up to `maxWords` words long. */
  phrases: Map<string, SkillEntry>;
  maxWords: number;
  byName: Map<string, SkillEntry>;
}

export function buildSkillMatcher(entries: SkillEntry[]): SkillMatcher {
  const phrases = new Map<string, SkillEntry>();
  const byName = new Map<string, SkillEntry>();
  let maxWords = 1;
  for (const entry of entries) {
    byName.set(entry.name.toLowerCase(), entry);
    for (const phrase of [entry.name, ...entry.aliases]) {
      const key = normalisePhrase(phrase);
      if (!key) continue;
      // The first claim wins: a profile's own skills are added before the taxonomy.
      if (!phrases.has(key)) phrases.set(key, entry);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { phrases, maxWords, byName };
}

/** Lower case, single spaces, no trailing punctuation: the form phrases are compared in. */
export function normalisePhrase(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

interface Token {
  norm: string;
  raw: string;
}

/**
 * Splits on spaces and list punctuation but keeps the characters that belong to skill names:
 * "C++", "C#", "Node.js", ".NET", "CI/CD", "T-SQL".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The pieces text.split(SEPARATORS) gives, without the empty ones, read in one pass.
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charCodeAt(i))) continue;
    if (i > start) {
      const piece = text.slice(start, i);
      // Most pieces have no punctuation to trim: the regex only when an end calls for it.
      // Two steps, the trailing run matched only from its start (the lookbehind): in one pattern
      // each character of a long run of dots began a match that failed at the run's end.
      const raw =
        LEADING_TRIM.has(piece[0]!) || TRAILING_TRIM.has(piece[piece.length - 1]!)
          ? piece.replace(/^[:'‘’*_-]+/u, '').replace(/(?<![.:!?'‘’*_])[.:!?'‘’*_]+$/u, '')
          : piece;
      if (raw) tokens.push({ norm: raw.toLowerCase(), raw });
    }
    start = i + 1;
  }
  return tokens;
}

/** The separators: /[\s,;|()[\]{}•·▪◦‣●■★"“”]/u, one UTF-16 unit each (none is astral). */
export const SEPARATORS = /[\s,;|()[\]{}•·▪◦‣●■★"“”]/u;
const ASCII_SEPARATOR = new Uint8Array(128);
for (const c of '\t\n\v\f\r ,;|()[]{}"') ASCII_SEPARATOR[c.charCodeAt(0)] = 1;
const OTHER_SEPARATORS = new Set(
  [...'\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff•·▪◦‣●■★“”'].map((c) => c.charCodeAt(0)),
);
export function isSeparator(code: number): boolean {
  if (code < 128) return ASCII_SEPARATOR[code] === 1;
  return (code >= 0x2000 && code <= 0x200a) || OTHER_SEPARATORS.has(code);
}

const LEADING_TRIM = new Set(":'‘’*_-");
const TRAILING_TRIM = new Set(".:!?'‘’*_");

/**
 * Every phrase's leading words ("google", "google cloud", "google cloud platform"): a run of tokens
 * that is none of these starts no phrase, however long it grows. Kept per phrase map, built once.
 */
const prefixCache = new WeakMap<Map<string, SkillEntry>, { size: number; prefixes: Set<string> }>();
function phrasePrefixes(phrases: Map<string, SkillEntry>): Set<string> {
  const cached = prefixCache.get(phrases);
  if (cached && cached.size === phrases.size) return cached.prefixes;
  const prefixes = new Set<string>();
  for (const key of phrases.keys()) {
    let prefix = '';
    for (const word of key.split(' ')) {
      prefix = prefix ? `${prefix} ${word}` : word;
      prefixes.add(prefix);
    }
  }
  prefixCache.set(phrases, { size: phrases.size, prefixes });
  return prefixes;
}

export interface LineContext {
  section: SectionKind;
  position: number | null;
}

/**
 * Finds taxonomy skills in the CV's lines. Longest phrase wins ("Google Cloud Platform" over
 * "Google Cloud"). An ambiguous name counts only when written with its capital ("Go", not "go") and
 * when it stands in a skills section or beside another skill on the same line: "built services in
 * Go and Python" counts, "ready to go" does not.
 */
export function findSkills(
  lines: CvLine[],
  contextOf: (line: CvLine) => LineContext,
  matcher: SkillMatcher,
): SkillFound[] {
  const found = new Map<string, SkillFound>();
  const prefixes = phrasePrefixes(matcher.phrases);
  for (const line of lines) {
    const ctx = contextOf(line);
    const hits: { entry: SkillEntry; matched: string }[] = [];
    const tokens = expandSlashes(tokenize(line.text), matcher);
    for (let i = 0; i < tokens.length;) {
      // The longest phrase starting here: grow the run while it still begins some phrase.
      const most = Math.min(matcher.maxWords, tokens.length - i);
      let longest = 0;
      let entry: SkillEntry | undefined;
      let key = '';
      for (let n = 1; n <= most; n++) {
        key = n === 1 ? tokens[i]!.norm : `${key} ${tokens[i + n - 1]!.norm}`;
        if (!prefixes.has(key)) break;
        const hit = matcher.phrases.get(key);
        if (hit) {
          longest = n;
          entry = hit;
        }
      }
      if (!entry) {
        i++;
        continue;
      }
      const matched = tokens
        .slice(i, i + longest)
        .map((t) => t.raw)
        .join(' ');
      hits.push({ entry, matched });
      i += longest;
    }
    // Only the bare name is ambiguous: "Golang" or "Microsoft Excel" are clear whatever surrounds them.
    const isAmbiguous = (h: { entry: SkillEntry; matched: string }) =>
      h.entry.ambiguous && normalisePhrase(h.matched) === normalisePhrase(h.entry.name);
    const clearHits = hits.filter((h) => !isAmbiguous(h)).length;
    for (const hit of hits) {
      if (isAmbiguous(hit)) {
        const isWrittenAsName = hit.matched !== hit.matched.toLowerCase();
        const inSkillsList = ctx.section === 'skills';
        if (!(inSkillsList || (isWrittenAsName && clearHits > 0))) continue;
      }
      const mention: SkillMention = {
        section: ctx.section,
        line: line.number,
        position: ctx.position,
        matched: hit.matched,
      };
      const existing = found.get(hit.entry.name);
      if (existing) existing.mentions.push(mention);
      else
        found.set(hit.entry.name, {
          name: hit.entry.name,
          category: hit.entry.category,
          mentions: [mention],
        });
    }
  }
  return [...found.values()].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
}

/** "Node.js/TypeScript" is two skills, but "CI/CD" and "TCP/IP" are one: a known whole stays whole. */
function expandSlashes(tokens: Token[], matcher: SkillMatcher): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.norm.includes('/') && t.norm.length > 1 && !matcher.phrases.has(t.norm)) {
      for (const part of t.raw.split('/')) if (part) out.push({ norm: part.toLowerCase(), raw: part });
    } else out.push(t);
  }
  return out;
}
