import { areLinesPlain, fastPattern } from './fast-pattern.js';
import type { Bullet, CvFacts, CvLine, LayoutFacts, Position, YearMonth } from '../model.js';
import { mergeTimeline } from './dates.js';

export interface WordLists {
  actionVerbs: string[];
  weakOpeners: string[];
  genericSkillTerms: string[];
  personalDetailPatterns: string[];
  stopwords: string[];
}

// A figure that states a result: 40%, 500M, 3x, $120K, £2m, 200ms, 10,000 users, 99.99%.
// Linear on a long run of figures: a figure starts at a run's first digit, and at most six [.,]
// groups go before a word (unbounded, each group of "11.11.11..." began a match running to the
// line's end). Only a figure ending in seven one-digit groups ("10.1.2.3.4.5.6.7 beta") is lost.
const FIGURE_RE =
  /((?<!\d)\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|×|k\b|m\b|bn?\b|ms\b|s\b|tb\b|gb\b|rps\b|qps\b|req\/s|\+)|[$£€]\s?\d|\b\d{2,}(?:[.,]\d+){0,6}\s*\p{L}|\b\d+\s+(?:users|customers|people|engineers|developers|services|clients|patients|covers|staff|countries|teams|stores|sites|projects|accounts|reports)\b)/iu;

export function isQuantified(text: string): boolean {
  return FIGURE_RE.test(text);
}

export function firstWord(text: string): string {
  return /^\S*/
    .exec(text.trim())![0]
    .toLowerCase()
    .replace(/[^\p{L}-]/gu, '');
}

const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A word list as a set, made once per list: the lists are shared, read-only, by every CV of a run. */
export function wordSet(list: readonly string[]): ReadonlySet<string> {
  let set = wordSets.get(list);
  if (!set) wordSets.set(list, (set = new Set(list)));
  return set;
}

export function wordCount(text: string): number {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const PERSONAL_LINE_RE =
  /^\s*(date of birth|d\.?o\.?b\.?|born|age|marital status|nationality|religion|gender|place of birth|children|fecha de nacimiento|estado civil|date de naissance|geburtsdatum|familienstand|data de nascimento)\b\s*[:-]?/iu;

const PHOTO_LABEL = /^\s*(photo|photograph|foto)\s*[:\]]/iu;
const PHOTO_MARK = /\[photo\]/iu;

export function personalDetails(lines: CvLine[]): string[] {
  const personal = fastPattern(PERSONAL_LINE_RE, areLinesPlain(lines));
  return lines.filter((l) => personal.test(l.text)).map((l) => l.text.trim());
}

export function computeFacts(input: {
  lines: CvLine[];
  positions: Position[];
  pages: number | null;
  hasImages: boolean;
  words: WordLists;
  asOf: YearMonth;
  layout: LayoutFacts | null;
  tables: number;
}): CvFacts {
  const { lines, positions, words } = input;
  const bullets: Bullet[] = positions.flatMap((p) => p.bullets);
  const verbs = wordSet(words.actionVerbs);
  const ranges = positions
    .map((p) => p.dates)
    .filter((d): d is NonNullable<typeof d> => d !== null && d.start !== null && d.end !== null)
    .map((d) => ({ start: d.start!, end: d.end! }));
  const timeline = mergeTimeline(ranges);
  const starts = positions.map((p) => p.dates?.start).filter((s): s is string => !!s);
  const plain = areLinesPlain(lines);
  const photoLabel = fastPattern(PHOTO_LABEL, plain);
  const photoMark = fastPattern(PHOTO_MARK, plain);
  const photoLine = lines.some((l) => photoLabel.test(l.text) || photoMark.test(l.text));
  return {
    pages: input.pages,
    words: lines.reduce((n, l) => n + wordCount(l.text), 0),
    bullets: bullets.length,
    quantifiedBullets: bullets.filter((b) => isQuantified(b.text)).length,
    actionVerbBullets: bullets.filter((b) => verbs.has(firstWord(b.text))).length,
    wellSizedBullets: bullets.filter((b) => {
      const n = wordCount(b.text);
      return n >= 12 && n <= 20;
    }).length,
    dateStyles: [...new Set(positions.map((p) => p.dates?.style).filter((s): s is string => !!s))].sort(),
    reverseChronological: starts.length < 2 ? null : starts.every((s, i) => i === 0 || s <= starts[i - 1]!),
    hasPhoto: input.hasImages || photoLine,
    personalDetails: personalDetails(lines),
    totalExperienceMonths: timeline.months,
    gaps: timeline.gaps,
    layout: input.layout,
    hiddenText: input.layout?.hiddenText ?? [],
    tables: input.tables,
  };
}

/** The CV's main language from its commonest short words; 'und' when too little text to tell. */
const LANGUAGE_MARKERS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'with', 'for', 'in', 'on', 'by'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'con', 'para', 'en', 'del'],
  fr: ['le', 'la', 'les', 'et', 'de', 'des', 'avec', 'pour', 'du', 'une'],
  de: ['der', 'die', 'das', 'und', 'mit', 'für', 'von', 'im', 'zu', 'ein'],
  pt: ['o', 'a', 'os', 'as', 'e', 'de', 'com', 'para', 'em', 'do', 'da'],
};
// Marker word -> the languages it marks ("de" marks three).
const MARKED = new Map<string, string[]>();
for (const [lang, list] of Object.entries(LANGUAGE_MARKERS))
  for (const w of list) MARKED.set(w, [...(MARKED.get(w) ?? []), lang]);

export function detectLanguage(text: string): string {
  const counts: Record<string, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0 };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    const langs = MARKED.get(w);
    if (langs) for (const lang of langs) counts[lang]!++;
  }
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return (ranked[0]?.[1] ?? 0) < 5 ? 'und' : ranked[0]![0];
}
