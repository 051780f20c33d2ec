import { findNumbers, type CountryCode, type NumberFound, type PhoneNumber } from 'libphonenumber-js';
import type { Contact, CvLine, Section } from '../model.js';
import { maskDateRanges } from './dates.js';
import { namesAJob } from './positions.js';

/**
 * An email address. Each part is bounded by the longest an address may have (64 characters before
 * the @, 253 for the domain, 63 for its last label), and the address may not start inside a longer
 * run of the characters it is made of: so each place in a text is tried against a few hundred
 * characters at most. Unbounded, a long run of letters with an @ on its line (a pasted blob, a broken
 * text layer) was read in time growing with the square of its length: 16,000 letters each side of
 * an @ took 12 s.
 */
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,63}/giu;
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

  // An address never spans lines and always has an @: only those lines are searched.
  const atLines = lines.filter((l) => l.text.includes('@'));
  const emails = unique(
    [
      ...atLines
        .map((l) => l.text)
        .join('\n')
        .matchAll(EMAIL_RE),
    ].map((m) => m[0].replace(/\.$/, '').toLowerCase()),
  );
  const phones = unique(
    findPhoneNumbers(phoneLines(maskDateRanges(text)), defaultCountry)
      .filter((n) => n.isPossible())
      .map((n) => n.formatInternational()),
  );
  // A link never spans lines and always has a slash: only those lines are searched.
  const slashText = lines
    .filter((l) => l.text.includes('/'))
    .map((l) => l.text)
    .join('\n');
  const textLinks = [...slashText.matchAll(URL_RE)].map((m) => m[0]);
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

// The smallest number the matcher accepts has 6 digits, country code included (+43 1234: Austria's
// shortest). Its pattern admits only digits, phone punctuation, + and ( and extension labels (ext,
// x, int, anexo, доб): none of these ASCII letters and signs, so a number never spans one of them.
const PHONE_MIN_DIGITS = 6;
const NOT_IN_PHONE_NUMBER = new Set('bcdfghjklmpqruvwyzBCDFGHJKLMPQRUVWYZ!"$%&\'<>@^_`');
const NON_ASCII_DIGIT = /\p{Nd}/u;
// No decimal digit between ASCII and the Arabic-Indic zero: accented letters need no test.
const FIRST_NON_ASCII_DIGIT = 0x660;

/**
 * The lines of `text` that could hold a phone number, in order: those with a run of at least 6 digits
 * that nothing a phone number cannot contain interrupts. The matcher never reads across a line break,
 * so it finds exactly the same numbers in these lines as in the whole text, without trying (and
 * failing, by throwing) to parse every year, percentage and version number of the CV.
 */
export function phoneLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => {
      let digits = 0;
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
        else if (c < 128) {
          if (NOT_IN_PHONE_NUMBER.has(line[i]!)) digits = 0;
          continue;
        } else if (c >= FIRST_NON_ASCII_DIGIT && NON_ASCII_DIGIT.test(line[i]!)) digits++;
        if (digits >= PHONE_MIN_DIGITS) return true;
      }
      return false;
    })
    .join('\n');
}

/**
 * A line longer than this is searched for phone numbers on its own, giving up after
 * LONG_LINE_TRIES candidates that are not numbers (libphonenumber's `maxTries`). Each candidate costs
 * time: tried to the end, a pasted line of 150,000 characters of "1 1 1 ..." took 1.3 s, one of
 * "(1) (1) ..." as long 1.3 s, and 1.2 million characters of it 7 s. A real line that long, a CV
 * whose text came out on one line, has far fewer figures that could be numbers before its phone.
 */
const LONG_LINE = 2_000;
const LONG_LINE_TRIES = 500;

/**
 * The phone numbers in `text` (lines that could hold one, see phoneLines), in order. 'POSSIBLE'
 * leniency: right length for the country. Stricter validation drops real-looking numbers in ranges
 * a library's metadata does not know yet (and the reserved 07700 900xxx drama range).
 */
export function findPhoneNumbers(text: string, defaultCountry: CountryCode): PhoneNumber[] {
  if (!text) return [];
  const find = (part: string, maxTries?: number) =>
    (
      findNumbers(part, { defaultCountry, v2: true, leniency: 'POSSIBLE', maxTries } as {
        defaultCountry: CountryCode;
        v2: true;
      }) as NumberFound[]
    ).map((found) => found.number);
  const lines = text.split('\n');
  if (lines.every((line) => line.length <= LONG_LINE)) return find(text);
  // The matcher never reads across a line break: the short lines together, each long one alone.
  const numbers: PhoneNumber[] = [];
  let short: string[] = [];
  const flush = () => {
    if (short.length) numbers.push(...find(short.join('\n')));
    short = [];
  };
  for (const line of lines) {
    if (line.length <= LONG_LINE) {
      short.push(line);
      continue;
    }
    flush();
    numbers.push(...find(line, LONG_LINE_TRIES));
  }
  flush();
  return numbers;
}

function normaliseLink(raw: string): string | null {
  // The lookbehind makes a long run of dots cost linear time: without it each dot began a match
  // that failed at the run's end.
  const trimmed = raw.replace(/(?<![.,;:])[.,;:]+$/, '');
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
  // (No address, no hint: matchesEmail needs one.)
  if (emails.length > 0) {
    for (const line of allLines) {
      const hinted = nameShape(line);
      if (hinted !== null && matchesEmail(hinted, emails)) return hinted;
    }
  }
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
  if (words.length < 2) return false;
  return emails.some((e) => {
    const local = fold(e.split('@')[0] ?? '');
    return words.filter((w) => local.includes(w)).length >= 2;
  });
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
      // "Senior Software Engineer, Platform" under the name has a place's shape, not a place's words.
      if (PLACE_RE.test(s) && s.split(/\s+/).length <= 6 && !namesAJob(s)) return s;
    }
  }
  return null;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
