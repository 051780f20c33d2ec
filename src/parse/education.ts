import type { CvLine, EducationEntry } from '../model.js';

const INSTITUTION =
  /\b(university|universit[yàé]|universidad|universität|universidade|college|school|institute|institut|instituto|academy|polytechnic|bootcamp|makers|northcoders|codeclan|le wagon|general assembly|hochschule|escuela|école|ecole|faculdade|lycée|gymnasium)\b/iu;
const DEGREE =
  /\b(b\.?sc|m\.?sc|b\.?a|m\.?a|b\.?eng|m\.?eng|ph\.?d|mba|bachelor'?s?|master'?s?|doctorate|diploma|hnd|hnc|a[- ]levels?|gcses?|btec|degree|certificate|foundation degree|licenciatura|grado|máster|licence|bachelor|diplom|bacharelado|mestrado|apprenticeship|bootcamp|nvq|level \d)\b/iu;
const YEAR = /\b(19|20)\d{2}\b/g;

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
      ((hasInstitution && !current.institution) ||
        (hasDegree && !current.degree) ||
        (!hasInstitution && !hasDegree));
    if (!hasInstitution && !hasDegree) {
      if (current && attach && years.length && !current.end) current.end = years[years.length - 1]!;
      return;
    }
    const pieces = text.split(/\s*[|–—,]\s*|\s{3,}|\s+-\s+/u).map((p) =>
      p
        .replace(YEAR, '')
        .replace(/[()–-]+\s*$/, '')
        .trim(),
    );
    const institution = hasInstitution ? (pieces.find((p) => INSTITUTION.test(p)) ?? text) : null;
    const degree = hasDegree ? (pieces.find((p) => DEGREE.test(p) && p !== institution) ?? null) : null;
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
