import type { CvLine, EducationEntry } from '../model.js';
import { maskDateRanges } from './dates.js';
import { wordsRegex } from './words.js';

// Words that name a place of learning. "Bootcamp" alone names a course, not a school.
const INSTITUTION = wordsRegex([
  'university',
  'universit[yàé]',
  'universidad',
  'universität',
  'universidade',
  'università',
  'college',
  'school',
  'institute',
  'institut',
  'instituto',
  'academy',
  'académie',
  'akademie',
  'polytechnic',
  'polytechnique',
  'politécnica',
  'politecnico',
  'makers',
  'northcoders',
  'codeclan',
  'le wagon',
  'general assembly',
  'ironhack',
  'hochschule',
  'fachhochschule',
  'tu [\\p{Lu}][\\p{L}]+',
  'escuela',
  'école',
  'ecole',
  'faculdade',
  'faculté',
  'lycée',
  'gymnasium',
  'conservatoire',
  'iut',
  'insa',
  'epfl',
  'eth',
  'mit',
  'ucl',
  'lse',
  'kcl',
]);
const DEGREE = wordsRegex([
  'b\\.?sc',
  'm\\.?sc',
  'b\\.?a',
  'm\\.?a',
  'b\\.?eng',
  'm\\.?eng',
  'ph\\.?d',
  'mba',
  "bachelor'?s?",
  "master'?s?",
  'doctorate',
  'diploma',
  'hnd',
  'hnc',
  'a[- ]levels?',
  'gcses?',
  'btec',
  'degree',
  'certificate',
  'foundation degree',
  'licenciatura',
  'grado',
  'máster',
  'licence',
  'diplom',
  'diplôme',
  'bacharelado',
  'mestrado',
  'apprenticeship',
  'bootcamp',
  'nvq',
  'level \\d',
  'bts',
  'dut',
  'abitur',
  'bac',
  'baccalauréat',
  'ingeniero',
  'ingénieur',
  'graduado',
]);
const MONTH_ONLY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?$/iu;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const PLACE_ONLY =
  /^(london|manchester|leeds|bristol|paris|lyon|berlin|madrid|lisbon|remote|online|uk|usa|france|germany|spain|portugal)$/iu;

/**
 * Education entries from the education section: an entry gathers the adjacent lines that name an
 * institution and a qualification; its end is the last year written in those lines.
 */
export function readEducation(lines: CvLine[]): EducationEntry[] {
  const entries: (EducationEntry & { lastIndex: number })[] = [];
  lines.forEach((line, i) => {
    const text = line.text.replace(/^\s*[•·*-]\s*/, '').trim();
    const hasInstitution = INSTITUTION.test(text);
    const hasDegree = DEGREE.test(text);
    const years = [...text.matchAll(YEAR)].map((m) => m[0]);
    const current = entries[entries.length - 1];
    const attach =
      current &&
      i - current.lastIndex <= 2 &&
      !(hasInstitution && hasDegree) &&
      ((hasInstitution && !current.institution) ||
        (hasDegree && !current.degree) ||
        (!hasInstitution && !hasDegree));
    if (!hasInstitution && !hasDegree) {
      if (current && attach && years.length && !current.end) current.end = years[years.length - 1]!;
      return;
    }
    const pieces = maskDateRanges(text)
      .split(/\s*[|–—,]\s*|\s{3,}|\s+-\s+|\s+at\s+/u)
      .map((p) =>
        p
          .replace(YEAR, '')
          // The lookbehind makes a long run of brackets or dashes cost linear time: without it each
          // character of the run began a match that failed at the run's end.
          .replace(/(?<![()–-])[()–-]+\s*$/, '')
          .trim(),
      )
      .filter((p) => p.length > 1 && !PLACE_ONLY.test(p) && !MONTH_ONLY.test(p));
    // "Software Engineering Bootcamp — Makers Academy": the course is the piece with a degree word
    // and no school word; the school is another piece, or what is left beside the degree.
    const degree = hasDegree
      ? (pieces.find((p) => DEGREE.test(p) && !INSTITUTION.test(p)) ??
        pieces.find((p) => DEGREE.test(p)) ??
        null)
      : null;
    const institution =
      pieces.find((p) => p !== degree && INSTITUTION.test(p)) ??
      (degree && pieces.length > 1
        ? (pieces.find((p) => p !== degree && /\p{Lu}/u.test(p)) ?? null)
        : hasInstitution
          ? text
          : null);
    if (attach && current) {
      current.institution ??= institution;
      current.degree ??= degree;
      if (years.length) current.end = years[years.length - 1]!;
      current.lastIndex = i;
    } else {
      entries.push({
        institution,
        degree,
        end: years.length ? years[years.length - 1]! : null,
        line: line.number,
        lastIndex: i,
      });
    }
  });
  return entries.map(({ lastIndex: _lastIndex, ...e }) => e);
}

/** A line naming both a qualification and a school (or followed by a year line): education without a heading. */
export function isEducationLine(line: CvLine, next?: CvLine): boolean {
  const text = line.text;
  if (DEGREE.test(text) && INSTITUTION.test(text)) return true;
  return (
    /^(?:19|20)\d{2}(\s*[–-]\s*(?:19|20)\d{2})?$/.test(next?.text ?? '') &&
    DEGREE.test(text) &&
    text.split(/\s+/).length <= 12
  );
}
