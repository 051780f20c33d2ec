import { fastPattern, isPlainText } from './fast-pattern.js';
import type {
  Confidence,
  Contact,
  CvLine,
  DocumentKind,
  EducationEntry,
  Position,
  Section,
} from '../model.js';
import { wordsRegex } from './words.js';

const CERT_LINE = wordsRegex([
  'certified',
  'certification',
  'certificate',
  'cka',
  'ckad',
  'cks',
  'pmp',
  'prince2',
  'cissp',
  'comptia',
  'acca',
  'cima',
  'aca',
  'cpa',
  'cfa',
  'itil',
  'togaf',
  'csm',
  'psm',
  'zertifikat',
  'certificado',
  'certificat',
]);

/** Certifications: each line of a certifications section, and certification-like lines elsewhere. */
export function readCertifications(sections: Section[]): string[] {
  const own = sections.filter((s) => s.kind === 'certifications').flatMap((s) => s.lines);
  const elsewhere = sections
    .filter(
      (s) =>
        s.kind !== 'certifications' &&
        s.kind !== 'experience' &&
        s.kind !== 'references' &&
        s.kind !== 'summary',
    )
    .flatMap((s) => s.lines)
    .filter((l) => CERT_LINE.test(l.text) && l.text.split(/\s+/).length <= 14);
  // A name wrapped in a narrow sidebar: "AWS Certified Solutions Architect –" / "Associate".
  const joined: string[] = [];
  let carry = false;
  for (const line of own) {
    const text = clean(line.text);
    if (carry && joined.length) joined[joined.length - 1] += ` ${text}`;
    else joined.push(text);
    carry = /[–—,:(-]$/.test(text);
    // A long name cut by a narrow column: "Certified Kubernetes Application" / "Developer (CKAD)".
    const next = own[own.indexOf(line) + 1]?.text ?? '';
    if (
      !carry &&
      text.length >= 28 &&
      !/[)\d]$/.test(text) &&
      /^\p{Lu}/u.test(next) &&
      next.split(/\s+/).length <= 3
    )
      carry = true;
  }
  return unique([...joined, ...elsewhere.map((l) => clean(l.text))].filter((t) => t.length > 2));
}

const LANGUAGE_NAMES = [
  'English',
  'Spanish',
  'French',
  'German',
  'Portuguese',
  'Italian',
  'Dutch',
  'Polish',
  'Russian',
  'Ukrainian',
  'Arabic',
  'Hindi',
  'Urdu',
  'Bengali',
  'Punjabi',
  'Mandarin',
  'Cantonese',
  'Chinese',
  'Japanese',
  'Korean',
  'Vietnamese',
  'Thai',
  'Turkish',
  'Greek',
  'Swedish',
  'Norwegian',
  'Danish',
  'Finnish',
  'Czech',
  'Romanian',
  'Hungarian',
  'Hebrew',
  'Persian',
  'Farsi',
  'Swahili',
  'Yoruba',
  'Igbo',
  'Tamil',
  'Telugu',
  'Malay',
  'Indonesian',
  'Tagalog',
  'Catalan',
  'Welsh',
  'Irish',
  'Español',
  'Inglés',
  'Francés',
  'Alemán',
  'Portugués',
  'Français',
  'Anglais',
  'Espagnol',
  'Allemand',
  'Deutsch',
  'Englisch',
  'Französisch',
  'Spanisch',
  'Português',
  'Inglês',
  'Espanhol',
  'Francês',
  'Alemão',
  'Arabe',
  'Árabe',
  'Arabisch',
  'Italiano',
  'Italien',
  'Italienisch',
  'Polaco',
  'Polonais',
  'Polnisch',
  'Polonês',
  'Chino',
  'Chinois',
  'Chinesisch',
  'Chinês',
  'Russe',
  'Russisch',
  'Ruso',
  'Russo',
  'Portugais',
  'Portugiesisch',
  'Néerlandais',
  'Niederländisch',
  'Holandés',
  'Türkisch',
  'Turco',
  'Turc',
];
const LANGUAGE_RE = wordsRegex(LANGUAGE_NAMES);

// Languages written in their own or another European language, named in English.
const IN_ENGLISH: Record<string, string> = {
  español: 'Spanish',
  espanhol: 'Spanish',
  espagnol: 'Spanish',
  spanisch: 'Spanish',
  inglés: 'English',
  inglês: 'English',
  anglais: 'English',
  englisch: 'English',
  francés: 'French',
  francês: 'French',
  français: 'French',
  französisch: 'French',
  alemán: 'German',
  alemão: 'German',
  allemand: 'German',
  deutsch: 'German',
  portugués: 'Portuguese',
  português: 'Portuguese',
  portugais: 'Portuguese',
  portugiesisch: 'Portuguese',
  italiano: 'Italian',
  italien: 'Italian',
  italienisch: 'Italian',
  árabe: 'Arabic',
  arabe: 'Arabic',
  arabisch: 'Arabic',
  polaco: 'Polish',
  polonais: 'Polish',
  polnisch: 'Polish',
  polonês: 'Polish',
  chino: 'Chinese',
  chinois: 'Chinese',
  chinesisch: 'Chinese',
  chinês: 'Chinese',
  russe: 'Russian',
  russisch: 'Russian',
  ruso: 'Russian',
  russo: 'Russian',
  néerlandais: 'Dutch',
  niederländisch: 'Dutch',
  holandés: 'Dutch',
  türkisch: 'Turkish',
  turco: 'Turkish',
  turc: 'Turkish',
};

/** Languages spoken, from a languages section ("Spanish (native)", "English – C1"). */
export function readLanguagesSpoken(sections: Section[]): string[] {
  const lines = sections.filter((s) => s.kind === 'languages').flatMap((s) => s.lines);
  const found: string[] = [];
  for (const line of lines) {
    for (const piece of line.text.split(/[,;|•·]/)) {
      const m = LANGUAGE_RE.exec(piece);
      if (m) {
        const word = m[0].toLowerCase();
        found.push(IN_ENGLISH[word] ?? word.charAt(0).toUpperCase() + word.slice(1));
      }
    }
  }
  return unique(found);
}

const COVER_LETTER =
  /^(dear\b|to whom it may concern|estimad[oa]|sehr geehrte|madame, monsieur|prezad[oa])|\b(yours (sincerely|faithfully)|kind regards|best regards|i am writing to apply|i am excited to apply|cordialement|mit freundlichen grüßen|atentamente)\b/iu;
const TEMPLATE =
  /\[(company|dates?|job title|your name|position|city)\]|\byour (name|address|phone|email)\b|lorem ipsum|\bjob title here\b|\bcompany name\b/iu;
const TRANSCRIPT =
  /\b(transcript of records|academic transcript|official transcript|grade point average|relevé de notes|notenspiegel)\b/iu;

/**
 * Whether the document is a CV. A cover letter alone, an unfilled template or a transcript is reported
 * as not-a-cv rather than scored: scoring it would only rank it last for the wrong reason.
 */
export function classifyDocument(input: {
  lines: CvLine[];
  sections: Section[];
  positions: Position[];
  education: EducationEntry[];
  contact: Contact;
}): { kind: DocumentKind; reason: string | null } {
  const text = input.lines.map((l) => l.text).join('\n');
  // TEMPLATE has no anchor and no lookaround: a line it matches is matched in the joined text too,
  // so one search of the text rules out the line by line count for nearly every CV.
  const template = fastPattern(TEMPLATE, isPlainText(text));
  const templateHits = template.test(text) ? input.lines.filter((l) => template.test(l.text)).length : 0;
  if (templateHits >= 2)
    return {
      kind: 'template',
      reason: 'an unfilled CV template (placeholders such as "[Company]" or "Your Name")',
    };
  const cvHeadings = input.sections.filter((s) =>
    ['experience', 'education', 'skills', 'projects'].includes(s.kind),
  ).length;
  // The cheap conditions first: a CV with roles is neither a transcript nor a lone letter.
  if (input.positions.length === 0 && TRANSCRIPT.test(text))
    return { kind: 'transcript', reason: 'an academic transcript, not a CV' };
  if (
    input.positions.length === 0 &&
    cvHeadings === 0 &&
    input.lines.filter((l) => COVER_LETTER.test(l.text)).length >= 2
  ) {
    return { kind: 'cover-letter', reason: 'a cover letter on its own; no CV was sent with it' };
  }
  return { kind: 'cv', reason: null };
}

/** How sure the reading is: per field, and overall as their mean. */
export function readingConfidence(input: {
  contact: Contact;
  nameFromEmail: boolean;
  sections: Section[];
  positions: Position[];
  education: EducationEntry[];
}): Confidence {
  const { contact, positions, education, sections } = input;
  const name = contact.name ? (input.nameFromEmail ? 1 : 0.8) : 0;
  const contactScore = contact.emails.length ? 1 : contact.phones.length ? 0.7 : 0;
  const complete = positions.filter((p) => p.title && p.organization && p.dates?.start).length;
  const positionScore = positions.length ? complete / positions.length : 0;
  const dates = positions.length ? positions.filter((p) => p.dates?.start).length / positions.length : 0;
  const educationScore = education.length
    ? education.filter((e) => e.institution).length / education.length
    : 0.5;
  const known = sections.filter((s) => s.kind !== 'header' && s.kind !== 'other').length;
  const sectionScore = Math.min(1, known / 3);
  const round = (n: number) => Math.round(n * 100) / 100;
  const fields = {
    name,
    contact: contactScore,
    positions: positionScore,
    dates,
    education: educationScore,
    sections: sectionScore,
  };
  const document = round(Object.values(fields).reduce((a, b) => a + b, 0) / 6);
  return {
    document,
    name: round(name),
    contact: round(contactScore),
    positions: round(positionScore),
    dates: round(dates),
    education: round(educationScore),
    sections: round(sectionScore),
  };
}

function clean(text: string): string {
  return text.replace(/^[•·*–—-]\s*/, '').trim();
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
