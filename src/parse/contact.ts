import { findNumbers, type CountryCode, type NumberFound } from 'libphonenumber-js';
import type { Contact, CvLine, Section } from '../model.js';
import { maskDateRanges } from './dates.js';

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/giu;
const URL_RE =
  /\b(?:https?:\/\/[^\s<>"')|,]+|(?:www\.)?(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|behance\.net|dribbble\.com|medium\.com|dev\.to|stackoverflow\.com)\/[^\s<>"')|,]+)/giu;
const NOT_A_NAME =
  /\b(curriculum|vitae|resume|résumé|cv|lebenslauf|currículo|page|confidential|contact|profile|summary|experience)\b/iu;

/**
 * Name, emails, phones, links and location. Looks in the header and the whole CV for emails, phones
 * and links, but never in the references section: a referee's phone is not the candidate's.
 */
export function readContact(
  sections: Section[],
  docLinks: string[],
  defaultCountry: CountryCode = 'GB',
): Contact {
  const own = sections.filter((s) => s.kind !== 'references');
  const lines = own.flatMap((s) => s.lines);
  const text = lines.map((l) => l.text).join('\n');
  const header = sections.filter((s) => s.kind === 'header' || s.kind === 'personal').flatMap((s) => s.lines);

  const emails = unique([...text.matchAll(EMAIL_RE)].map((m) => m[0].replace(/\.$/, '').toLowerCase()));
  const phones = unique(
    // 'POSSIBLE' leniency: right length for the country. Stricter validation drops real-looking numbers in
    // ranges a library's metadata does not know yet (and the reserved 07700 900xxx drama range).
    (
      findNumbers(maskDateRanges(text), { defaultCountry, v2: true, leniency: 'POSSIBLE' } as {
        defaultCountry: CountryCode;
        v2: true;
      }) as NumberFound[]
    )
      .map((found) => found.number)
      .filter((n) => n.isPossible())
      .map((n) => n.formatInternational()),
  );
  const textLinks = [...text.matchAll(URL_RE)].map((m) => m[0]);
  const links = unique(
    [...docLinks, ...textLinks]
      .filter((l) => !/^mailto:|^tel:/i.test(l))
      .map(normaliseLink)
      .filter((l): l is string => l !== null),
  );
  return {
    name: findName(header.length ? header : lines.slice(0, 5), lines.slice(0, 80), emails),
    emails,
    phones,
    links,
    location: findLocation(header.length ? header : lines.slice(0, 8)),
  };
}

function normaliseLink(raw: string): string | null {
  const trimmed = raw.replace(/[.,;:]+$/, '');
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href.replace(/\/$/, '');
  } catch {
    return null;
  }
}

/**
 * The first line near the top that reads like a person's name: two to four capitalised words of
 * letters, no digits, no @, not "Curriculum Vitae". "JANE DOE" becomes "Jane Doe"; "Jane Doe | Backend
 * Engineer" gives "Jane Doe".
 */
export function findName(top: CvLine[], allLines: CvLine[] = [], emails: string[] = []): string | null {
  // Two-column CVs often put a sidebar first: then the name is the line that matches the email.
  const hinted = allLines.map(nameShape).find((n) => n !== null && matchesEmail(n, emails));
  if (hinted) return hinted;
  for (const line of top.slice(0, 6)) {
    const name = nameShape(line);
    if (name) return name;
  }
  return null;
}

function nameShape(line: CvLine): string | null {
  const first = line.text.split(/\s*[|•·,–—]\s*|\s{3,}/u)[0]?.trim() ?? '';
  const candidate = first.replace(/^(name|nombre|nom)\s*:\s*/iu, '');
  if (NOT_A_NAME.test(candidate) || /[\d@/\\]/.test(candidate)) return null;
  const words = candidate.split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  // Capitalised words, or a nickname in quotes or brackets: Robert "Bob" Turner.
  if (!words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^["“(][\p{Lu}][\p{L}]*["”)]$/u.test(w)))
    return null;
  return words.map((w) => (w.length > 1 && w === w.toUpperCase() ? titleCase(w) : w)).join(' ');
}

/** "Zoë Ørsted" matches zoe.orsted@...: every name word of 3+ letters, accents folded, is in an address. */
export function matchesEmail(name: string, emails: string[]): boolean {
  const words = fold(name)
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3);
  return (
    words.length >= 2 &&
    emails.some((e) => words.filter((w) => fold(e.split('@')[0] ?? '').includes(w)).length >= 2)
  );
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const PLACE_RE = /^[\p{Lu}][\p{L} .'’-]{1,30}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30}){1,2}$/u;

/** "London, UK", "Location: Berlin, Germany", "Remote (UK)": a segment of a header line. */
export function findLocation(lines: CvLine[]): string | null {
  for (const line of lines) {
    const labelled = /^(?:location|address|based in|city)\s*:\s*(.+)$/iu.exec(line.text.trim());
    if (labelled) return labelled[1]!.trim();
    for (const seg of line.text.split(/\s*[|•·]\s*|\s{3,}/u)) {
      const s = seg.trim().replace(/^📍\s*/u, '');
      if (s.includes('@') || /\d{3}/.test(s) || /https?:|www\.|\.com/i.test(s)) continue;
      if (PLACE_RE.test(s) && s.split(/\s+/).length <= 6) return s;
    }
  }
  return null;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
