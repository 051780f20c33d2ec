import type { Bullet, CvLine, DateRange, Position, YearMonth } from '../model.js';
import { findDateRange } from './dates.js';
import { isEducationLine } from './education.js';
import { wordsRegex } from './words.js';

const BULLET_RE = /^\s*(?:[•·▪◦‣●■○►▸✓✔*–—-]|\d{1,2}[.)])\s+/u;

export function isBullet(text: string): boolean {
  return BULLET_RE.test(text);
}

export function stripBullet(text: string): string {
  return text.replace(BULLET_RE, '').trim();
}

// Words that make a phrase a job title rather than an organisation or a place.
const TITLE_WORDS = wordsRegex([
  'engineer',
  'developer',
  'programmer',
  'architect',
  'manager',
  'lead',
  'head',
  'director',
  'analyst',
  'consultant',
  'designer',
  'scientist',
  'administrator',
  'specialist',
  'officer',
  'intern',
  'internship',
  'trainee',
  'apprentice',
  'assistant',
  'associate',
  'accountant',
  'bookkeeper',
  'auditor',
  'controller',
  'nurse',
  'midwife',
  'chef',
  'cook',
  'sous',
  'waiter',
  'server',
  'barista',
  'teacher',
  'lecturer',
  'tutor',
  'coordinator',
  'executive',
  'representative',
  'technician',
  'operator',
  'supervisor',
  'cto',
  'ceo',
  'cfo',
  'vp',
  'founder',
  'co-founder',
  'owner',
  'freelance',
  'freelancer',
  'contractor',
  'clerk',
  'agent',
  'advisor',
  'adviser',
  'strategist',
  'writer',
  'editor',
  'marketer',
  'recruiter',
  'partner',
  'principal',
  'staff',
  'sre',
  'devops',
  'tester',
  'qa',
  'student',
  'volunteer',
  'entwickler',
  'ingenieur',
  'desarrollador',
  'ingeniero',
  'développeur',
  'ingénieur',
  'desenvolvedor',
  'engenheiro',

  // Spanish, French, German, Portuguese, with feminine forms.
  'ingeniera',
  'ingeniero',
  'desarrolladora',
  'desarrollador',
  'programadora',
  'programador',
  'analista',
  'consultora',
  'consultor',
  'gerente',
  'jefa',
  'jefe',
  'directora',
  'técnica',
  'técnico',
  'contable',
  'contadora',
  'contador',
  'contabilista',
  'enfermera',
  'enfermero',
  'cocinera',
  'cocinero',
  'diseñadora',
  'diseñador',
  'becaria',
  'becario',
  'développeuse',
  'ingénieure',
  'cheffe',
  'responsable',
  'chargée',
  'chargé',
  'consultante',
  'comptable',
  'infirmière',
  'infirmier',
  'cuisinier',
  'cuisinière',
  'stagiaire',
  'alternant',
  'alternante',
  'entwicklerin',
  'ingenieurin',
  'softwareentwickler',
  'softwareentwicklerin',
  'leiterin',
  'leiter',
  'beraterin',
  'berater',
  'buchhalterin',
  'buchhalter',
  'pflegefachkraft',
  'krankenschwester',
  'köchin',
  'koch',
  'praktikant',
  'praktikantin',
  'werkstudent',
  'werkstudentin',
  'desenvolvedora',
  'engenheira',
  'gestora',
  'gestor',
  'enfermeira',
  'enfermeiro',
  'cozinheira',
  'cozinheiro',
  'estagiária',
  'estagiário',
  'assistente',
  'coordenadora',
  'coordenador',
  'coordinadora',
  'coordinador',
]);

/** Whether a phrase names a job ("Senior Software Engineer, Platform"), by its words. */
export function namesAJob(text: string): boolean {
  return TITLE_WORDS.test(text);
}
const ORG_WORDS = wordsRegex([
  'ltd',
  'limited',
  'inc',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  's\\.a\\.',
  'corp',
  'corporation',
  'company',
  'co\\.',
  'group',
  'bank',
  'technologies',
  'technology',
  'labs',
  'solutions',
  'systems',
  'software',
  'studio',
  'agency',
  'university',
  'college',
  'hospital',
  'nhs',
  'trust',
  'council',
  'foundation',
  'restaurant',
  'hotel',
  'consulting',
  'partners',
  'holdings',
  'payments',
  'digital',
  'media',
  'health',
  'services',
]);
const LOCATION_RE =
  /^(?:remote|hybrid|on-?site|(?:[\p{Lu}][\p{L}.'’-]+(?:\s[\p{Lu}][\p{L}.'’-]+)?)(?:,\s*[\p{Lu}][\p{L}.'’ -]+)?(?:\s*\((?:remote|hybrid)\))?)$/u;
const KNOWN_PLACES =
  /^(london|manchester|leeds|bristol|edinburgh|glasgow|birmingham|cambridge|oxford|dublin|berlin|munich|paris|madrid|barcelona|lisbon|porto|amsterdam|new york|san francisco|seattle|austin|boston|toronto|sydney|singapore|bangalore|bengaluru|mumbai|remote|hybrid|uk|usa|us|germany|france|spain|portugal|india)\b/iu;

interface Header {
  lines: CvLine[];
  dates: DateRange;
  anchor: number;
}

/**
 * Reads positions from the lines of the experience section(s). A position is anchored on the line
 * holding its date range; its title, organisation and location come from what is left of that line
 * and from the short, non-bullet lines just above or below it, whichever order they come in:
 *   "Senior Backend Engineer — Acme Payments, London" / "Mar 2021 – Present"
 *   "Backend Developer | Beta Ltd | 2018 – 2021"
 *   "Acme Payments, London   Mar 2021 – Present" / "Senior Backend Engineer"
 */
export function readPositions(lines: CvLine[], asOf: YearMonth): Position[] {
  const anchors: number[] = [];
  const dates = new Map<number, DateRange>();
  lines.forEach((line, i) => {
    if (isBullet(line.text)) return;
    const m = findDateRange(line.text, asOf);
    if (m) {
      anchors.push(i);
      dates.set(i, m.range);
    }
  });

  const used = new Set<number>(anchors);
  const headers: Header[] = anchors.map((a) => {
    const group: number[] = [a];
    const rest = textWithoutDates(lines[a]!.text, dates.get(a)!);
    let pieces = splitPieces(rest).length;
    for (let i = a - 1; i >= 0 && a - i <= 2 && pieces < 2; i--) {
      if (used.has(i) || !isHeaderLike(lines[i]!.text)) break;
      group.unshift(i);
      used.add(i);
      pieces += splitPieces(lines[i]!.text).length;
    }
    for (let i = a + 1; i < lines.length && i - a <= 2 && pieces < 2; i++) {
      if (used.has(i) || !isHeaderLike(lines[i]!.text)) break;
      group.push(i);
      used.add(i);
      pieces += splitPieces(lines[i]!.text).length;
    }
    return { lines: group.map((i) => lines[i]!), dates: dates.get(a)!, anchor: a };
  });

  return headers.map((h, k) => {
    const next = headers[k + 1];
    const lastHeaderIndex = lines.indexOf(h.lines[h.lines.length - 1]!);
    const endIndex = next ? lines.indexOf(next.lines[0]!) : lines.length;
    const body = lines
      .slice(lastHeaderIndex + 1, endIndex)
      .filter((_l, j) => !used.has(lastHeaderIndex + 1 + j));
    const texts = h.lines.map((l) => (l === lines[h.anchor] ? textWithoutDates(l.text, h.dates) : l.text));
    const { title, organization, location } = assignPieces(texts.flatMap(splitPieces));
    return {
      title,
      organization,
      location,
      dates: h.dates,
      bullets: collectBullets(body),
      line: h.lines[0]!.number,
    };
  });
}

function isHeaderLike(text: string): boolean {
  const t = text.trim();
  if (!t || isBullet(t) || /[.;]$/.test(t) || /^[\p{Ll}]/u.test(t)) return false;
  return t.split(/\s+/).length <= 12;
}

function textWithoutDates(text: string, dates: DateRange): string {
  return text.replace(dates.raw, ' ').replace(/[()]/g, ' ');
}

// Company suffixes written after a comma belong to the name: "Tejo Distribuição, S.A.", "Acme, Inc.".
const COMPANY_SUFFIX =
  /,\s*(S\.A\.|S\.L\.|S\.A\.S\.|Inc\.?|Ltd\.?|LLC|LLP|GmbH|plc|Lda\.?|Ltda\.?|SARL|SAS|AG|B\.V\.|N\.V\.)(?=\s|$|,)/giu;

/** "Senior Engineer — Acme Payments, London" -> ["Senior Engineer", "Acme Payments", "London"]. */
function splitPieces(text: string): string[] {
  return text
    .replace(COMPANY_SUFFIX, '\u00a0$1')
    .split(/\s+[|–—-]\s+|\s*[|–—]\s*|\s{3,}|\t|,\s+|\s+(?:at|@|bei|en|chez|na|em)\s+/u)
    .map((p) =>
      p
        .replace(/\u00a0/g, ', ')
        .trim()
        // The lookbehind starts the trailing match only at a run's start: without it each character
        // of a long run of dashes began a match that failed at the run's end (quadratic time).
        .replace(/^[,:;–—-]+|(?<![,:;–—-])[,:;–—-]+$/g, '')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

function assignPieces(pieces: string[]): {
  title: string;
  organization: string | null;
  location: string | null;
} {
  const rest = [...pieces];
  const take = (pred: (p: string) => boolean): string | null => {
    const i = rest.findIndex(pred);
    return i < 0 ? null : rest.splice(i, 1)[0]!;
  };
  const title = take((p) => TITLE_WORDS.test(p) && !ORG_WORDS.test(p)) ?? take((p) => TITLE_WORDS.test(p));
  const organization = take((p) => ORG_WORDS.test(p)) ?? take((p) => !KNOWN_PLACES.test(p));
  const location = take((p) => KNOWN_PLACES.test(p) || LOCATION_RE.test(p));
  const trailingPlace = location ? rest.filter((p) => KNOWN_PLACES.test(p)) : [];
  return {
    title: title ?? rest.shift() ?? '',
    organization,
    location: location ? [location, ...trailingPlace].join(', ') : null,
  };
}

/** Bullets, with wrapped continuation lines (starting lower case) joined to the bullet they continue. */
function collectBullets(body: CvLine[]): Bullet[] {
  const bullets: Bullet[] = [];
  for (const line of body) {
    const t = line.text.trim();
    if (!t) continue;
    const last = bullets[bullets.length - 1];
    if (isBullet(t)) bullets.push({ text: stripBullet(t), line: line.number });
    else if (last && /^[\p{Ll}(&]/u.test(t)) last.text = `${last.text} ${t}`;
    else if (t.split(/\s+/).length >= 6 && !isEducationLine(line))
      bullets.push({ text: t, line: line.number });
  }
  return bullets;
}
