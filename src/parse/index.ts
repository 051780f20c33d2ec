import type { CvLine, ExtractedDocument, ParsedCv, SectionKind, YearMonth } from '../model.js';
import { matchesEmail, readContact } from './contact.js';
import { isEducationLine, readEducation } from './education.js';
import { classifyDocument, readCertifications, readingConfidence, readLanguagesSpoken } from './extras.js';
import { computeFacts, detectLanguage, type WordLists } from './facts.js';
import { readPositions } from './positions.js';
import { splitSections } from './sections.js';
import { findSkills, type SkillMatcher } from './skills.js';

export interface ParseContext {
  /** The month "Present" means: the run's as-of date, never the clock inside parsing. */
  asOf: YearMonth;
  skills: SkillMatcher;
  words: WordLists;
}

export function toLines(text: string): CvLine[] {
  return text
    .split('\n')
    .map((raw, i) => ({ number: i + 1, text: raw.replace(/\f/g, '').replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text.length > 0);
}

/** A first reading of a CV: pure, from the extracted text to the values scoring uses. */
export function parseCv(doc: ExtractedDocument, ctx: ParseContext): ParsedCv {
  const lines = toLines(doc.text);
  const sections = splitSections(lines);
  const experienceLines = sections.filter((s) => s.kind === 'experience').flatMap((s) => s.lines);
  // A CV with no experience heading: look for dated roles anywhere but in education and projects.
  const positionLines = experienceLines.length
    ? experienceLines
    : sections
        .filter((s) => !['education', 'projects', 'volunteering', 'certifications'].includes(s.kind))
        .flatMap((s) => s.lines);
  const positions = readPositions(positionLines, ctx.asOf);
  const educationLines = sections.filter((s) => s.kind === 'education').flatMap((s) => s.lines);
  // No education heading: take lines that name both a qualification and a school, outside the roles.
  const roleLines = new Set(positions.flatMap((p) => [p.line, ...p.bullets.map((b) => b.line)]));
  const education = educationLines.length
    ? readEducation(educationLines)
    : readEducation(lines.filter((l, i) => !roleLines.has(l.number) && isEducationLine(l, lines[i + 1])));

  const sectionOf = new Map<number, SectionKind>();
  for (const s of sections) for (const l of s.lines) sectionOf.set(l.number, s.kind);
  const positionOf = positionRanges(
    positions.map((p) => p.line),
    positionLines,
  );
  const skills = findSkills(
    lines,
    (line) => ({ section: sectionOf.get(line.number) ?? 'other', position: positionOf(line.number) }),
    ctx.skills,
  );

  const contact = readContact(sections, doc.links);
  const { kind, reason } = classifyDocument({ lines, sections, positions, education, contact });
  return {
    format: doc.format,
    contact,
    sections,
    positions,
    education,
    skills,
    facts: computeFacts({
      lines,
      positions,
      pages: doc.pages,
      hasImages: doc.hasImages,
      words: ctx.words,
      asOf: ctx.asOf,
      layout: doc.layout ?? null,
      tables: doc.tables ?? 0,
    }),
    language: detectLanguage(doc.text),
    certifications: readCertifications(sections),
    languagesSpoken: readLanguagesSpoken(sections),
    kind,
    kindReason: reason,
    confidence: readingConfidence({
      contact,
      nameFromEmail: contact.name !== null && matchesEmail(contact.name, contact.emails),
      sections,
      positions,
      education,
    }),
    lines,
  };
}

/** Maps a line number to the index of the position whose lines hold it, if any. */
function positionRanges(starts: number[], positionLines: CvLine[]): (line: number) => number | null {
  const inPositions = new Set(positionLines.map((l) => l.number));
  return (line) => {
    if (!inPositions.has(line)) return null;
    let found: number | null = null;
    starts.forEach((start, i) => {
      if (line >= start) found = i;
    });
    return found;
  };
}
