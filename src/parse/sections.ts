import type { CvLine, Section, SectionKind } from '../model.js';

// Headings as CVs write them, in English, Spanish, French, German and Portuguese. Compared lower
// case, without accents' absence mattering (both spellings listed where writers drop them).
const HEADINGS: Record<Exclude<SectionKind, 'header' | 'other'>, string[]> = {
  summary: [
    'summary',
    'professional summary',
    'profile',
    'professional profile',
    'personal profile',
    'about me',
    'about',
    'career summary',
    'executive summary',
    'objective',
    'career objective',
    'overview',
    'personal statement',
    'resumen',
    'perfil',
    'perfil profesional',
    'sobre mí',
    'profil',
    'profil professionnel',
    'résumé',
    'à propos',
    'kurzprofil',
    'profil',
    'über mich',
    'zusammenfassung',
    'resumo',
    'resumo profissional',
    'sobre mim',
    'objetivo',
  ],
  experience: [
    'experience',
    'work experience',
    'professional experience',
    'employment',
    'employment history',
    'work history',
    'career history',
    'relevant experience',
    'career',
    'experience highlights',
    'professional background',
    'experiencia',
    'experiencia laboral',
    'experiencia profesional',
    'expérience',
    'expérience professionnelle',
    'experiences professionnelles',
    'expériences professionnelles',
    'berufserfahrung',
    'berufliche erfahrung',
    'beruflicher werdegang',
    'werdegang',
    'experiência',
    'experiência profissional',
    'experiencia profissional',
  ],
  education: [
    'education',
    'education and training',
    'education & training',
    'academic background',
    'qualifications',
    'education & qualifications',
    'education and qualifications',
    'academic qualifications',
    'training',
    'educación',
    'formación',
    'formación académica',
    'formation',
    'études',
    'ausbildung',
    'bildung',
    'bildungsweg',
    'studium',
    'educação',
    'formação',
    'formação acadêmica',
    'formação académica',
  ],
  skills: [
    'skills',
    'key skills',
    'technical skills',
    'core skills',
    'skills & tools',
    'skills and tools',
    'tech stack',
    'technologies',
    'technical expertise',
    'core competencies',
    'competencies',
    'expertise',
    'toolkit',
    'skills summary',
    'areas of expertise',
    'tools',
    'tools & technologies',
    'tools and technologies',
    'habilidades',
    'competencias',
    'conocimientos',
    'compétences',
    'compétences techniques',
    'kenntnisse',
    'fähigkeiten',
    'kompetenzen',
    'it-kenntnisse',
    'competências',
    'habilidades técnicas',
  ],
  projects: [
    'projects',
    'personal projects',
    'side projects',
    'selected projects',
    'open source',
    'projectos',
    'proyectos',
    'projets',
    'projekte',
    'projetos',
  ],
  certifications: [
    'certifications',
    'certificates',
    'certification',
    'licenses & certifications',
    'licences & certifications',
    'licenses and certifications',
    'certificaciones',
    'certifications professionnelles',
    'zertifikate',
    'zertifizierungen',
    'certificações',
  ],
  languages: [
    'languages',
    'language skills',
    'idiomas',
    'langues',
    'sprachen',
    'sprachkenntnisse',
    'línguas',
  ],
  volunteering: [
    'volunteering',
    'volunteer experience',
    'volunteer work',
    'voluntariado',
    'bénévolat',
    'ehrenamt',
  ],
  awards: [
    'awards',
    'honours',
    'honors',
    'achievements',
    'awards & honours',
    'premios',
    'prix',
    'auszeichnungen',
    'prêmios',
  ],
  publications: [
    'publications',
    'talks',
    'publications & talks',
    'writing',
    'blog',
    'publicaciones',
    'publikationen',
    'publicações',
  ],
  interests: [
    'interests',
    'hobbies',
    'hobbies & interests',
    'interests & hobbies',
    'intereses',
    "centres d'intérêt",
    'interessen',
    'interesses',
  ],
  references: ['references', 'referees', 'referencias', 'références', 'referenzen', 'referências'],
  personal: [
    'contact',
    'contact details',
    'contact information',
    'contact info',
    'kontakt',
    'contacto',
    'personal details',
    'personal information',
    'personal data',
    'datos personales',
    'informations personnelles',
    'persönliche daten',
    'dados pessoais',
  ],
};

const HEADING_KIND = new Map<string, SectionKind>();
// Letter-spaced headings ("E X P E R I E N C E", "E D U C AT I O N") lose their word gaps in
// extraction, so headings are also looked up with every space removed.
const SPACELESS_KIND = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(HEADINGS)) {
  for (const n of names) {
    HEADING_KIND.set(n, kind as SectionKind);
    SPACELESS_KIND.set(n.replace(/\s+/g, ''), kind as SectionKind);
  }
}

function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}]/gu, '')
    .replace(/^[\s#*_=\-–—•:|]+|[\s#*_=\-–—•:|]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section kind a line announces when it is a heading ("WORK EXPERIENCE", "Skills:"), else null. */
export function headingKind(text: string): SectionKind | null {
  if (text.length > 80) return null;
  const key = headingKey(text);
  const direct = HEADING_KIND.get(key);
  if (direct) return direct;
  // Only a line that is mostly single letters is read without its spaces.
  const tokens = key.split(' ');
  if (tokens.length >= 4 && tokens.filter((t) => t.length <= 2).length / tokens.length > 0.7) {
    return SPACELESS_KIND.get(key.replace(/\s+/g, '')) ?? null;
  }
  return null;
}

/**
 * Splits the lines into sections at known headings. Text above the first heading is the 'header'
 * (name and contact). "Skills: Go, Kafka" on one line opens a section and keeps its content.
 */
export function splitSections(lines: CvLine[]): Section[] {
  const sections: Section[] = [{ kind: 'header', heading: '', lines: [] }];
  for (const line of lines) {
    const kind = headingKind(line.text);
    if (kind) {
      sections.push({ kind, heading: line.text.trim(), lines: [] });
      continue;
    }
    const inline = /^([^:]{3,40}):\s*(\S.*)$/u.exec(line.text);
    const inlineKind = inline ? headingKind(inline[1] ?? '') : null;
    if (inline && inlineKind) {
      sections.push({ kind: inlineKind, heading: (inline[1] ?? '').trim(), lines: [line] });
      continue;
    }
    sections[sections.length - 1]!.lines.push(line);
  }
  return sections.filter((s) => s.kind !== 'header' || s.lines.length > 0 || sections.length === 1);
}
