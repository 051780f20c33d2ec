import { describe, expect, it } from 'vitest';
import { headingKind, splitSections } from '../../src/parse/sections.js';

describe('headingKind', () => {
  it.each([
    ['WORK EXPERIENCE', 'experience'],
    ['Professional Experience:', 'experience'],
    ['Berufserfahrung', 'experience'],
    ['Expérience professionnelle', 'experience'],
    ['Experiencia laboral', 'experience'],
    ['Experiência Profissional', 'experience'],
    ['Key Skills', 'skills'],
    ['EDUCATION & QUALIFICATIONS', 'education'],
    ['Professional Summary', 'summary'],
    ['References', 'references'],
  ])('%j is a %s heading', (text, kind) => {
    expect(headingKind(text)).toBe(kind);
  });

  it.each([
    'Experienced engineer with 8 years in payments',
    'Built the skills matrix for 40 engineers',
    'Acme Payments',
  ])('%j is not a heading', (text) => {
    expect(headingKind(text)).toBeNull();
  });
});

describe('splitSections', () => {
  it('keeps the header above the first heading and reads inline "Skills: ..." lines', () => {
    const lines = ['Jane Doe', 'jane@example.com', 'EXPERIENCE', 'Engineer at Acme', 'Skills: Go, Kafka'].map(
      (text, i) => ({ number: i + 1, text }),
    );
    const sections = splitSections(lines);
    expect(sections.map((s) => s.kind)).toEqual(['header', 'experience', 'skills']);
    expect(sections[2]!.lines.map((l) => l.text)).toEqual(['Skills: Go, Kafka']);
  });
});
