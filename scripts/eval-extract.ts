// Per-field accuracy of the CV reader over the samples' ground truth (samples/expected/*.json).
//   npm run eval:extract            table by field and by layout family
//   npm run eval:extract -- --json  the same figures as JSON
//   npm run eval:extract -- --misses  also list every miss, for debugging the reader
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { loadTaxonomy, loadWordLists } from '../src/data.js';
import { extractDocument } from '../src/extract/index.js';
import type { ParsedCv } from '../src/model.js';
import { mergeTimeline } from '../src/parse/dates.js';
import { parseCv } from '../src/parse/index.js';
import { buildSkillMatcher, normalisePhrase } from '../src/parse/skills.js';

const ROOT = join(import.meta.dirname, '..');
const AS_OF = '2026-11';

interface ExpectedPosition {
  title: string;
  organization: string;
  start: string | null;
  end: string | null;
  current: boolean;
}
interface Expected {
  file: string;
  layout: string;
  status: string;
  name?: string;
  emails?: string[];
  phones?: string[];
  links?: string[];
  positions?: ExpectedPosition[];
  education?: { institution: string | null; degree: string | null; end: string | null }[];
  skills?: string[];
  skillsCanonical?: string[];
  language?: string;
  certifications?: string[];
  languagesSpoken?: string[];
  hasPhoto?: boolean;
  personalDetails?: boolean;
  hiddenText?: boolean;
}

/** A tally of right answers out of the cases looked at. */
class Score {
  right = 0;
  total = 0;
  add(right: number, total: number): void {
    this.right += right;
    this.total += total;
  }
  get value(): number | null {
    return this.total ? this.right / this.total : null;
  }
}

const FIELDS = [
  'name',
  'emails',
  'phones',
  'links',
  'positions F1',
  'dates',
  'education F1',
  'skills recall',
  'experience ±3 mo',
  'certifications',
  'languages spoken',
  'CV language',
  'photo / details',
  'hidden text',
  'outcome',
] as const;
type Field = (typeof FIELDS)[number];

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const sameOrg = (a: string | null, b: string | null) =>
  !!a && !!b && (fold(a).includes(fold(b)) || fold(b).includes(fold(a)));
const linkKey = (l: string) =>
  l
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
function phoneKey(p: string): string {
  const parsed = parsePhoneNumberFromString(p, 'GB' as CountryCode);
  return parsed ? parsed.number : p.replace(/\D/g, '');
}

/** Share of expected items found, and of found items expected, as counts for an F1 tally. */
function f1Counts<T, U>(
  expected: T[],
  found: U[],
  match: (e: T, f: U) => boolean,
): { tp: number; fn: number; fp: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const e of expected) {
    const i = found.findIndex((f, k) => !used.has(k) && match(e, f));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fn: expected.length - tp, fp: found.length - tp };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const matcher = buildSkillMatcher(loadTaxonomy());
  const words = loadWordLists();
  const byField = new Map<Field, Score>(FIELDS.map((f) => [f, new Score()]));
  const byLayout = new Map<string, Map<Field, Score>>();
  const misses: string[] = [];
  const files = readdirSync(join(ROOT, 'samples/expected'))
    .filter((f) => f.endsWith('.json'))
    .sort();

  for (const name of files) {
    const exp = JSON.parse(readFileSync(join(ROOT, 'samples/expected', name), 'utf8')) as Expected;
    const layout = byLayout.get(exp.layout) ?? new Map<Field, Score>(FIELDS.map((f) => [f, new Score()]));
    byLayout.set(exp.layout, layout);
    const tally = (field: Field, right: number, total: number, miss?: string) => {
      byField.get(field)!.add(right, total);
      layout.get(field)!.add(right, total);
      if (miss && right < total) misses.push(`${exp.file} · ${field}: ${miss}`);
    };
    const bytes = readFileSync(join(ROOT, 'samples/applicants', exp.file));
    const extraction = await extractDocument(exp.file, bytes);
    const cv: ParsedCv | null = extraction.ok
      ? parseCv(extraction, { asOf: AS_OF, skills: matcher, words })
      : null;
    const outcome = !extraction.ok ? extraction.status : cv?.kind === 'cv' ? 'ok' : 'not-a-cv';
    tally('outcome', outcome === exp.status ? 1 : 0, 1, `expected ${exp.status}, got ${outcome}`);
    if (!cv || exp.status !== 'ok') continue;

    if (exp.name)
      tally('name', cv.contact.name === exp.name ? 1 : 0, 1, `expected ${exp.name}, got ${cv.contact.name}`);
    const setScore = (field: Field, expected: string[], found: string[], key: (s: string) => string) => {
      const e = new Set(expected.map(key));
      const f = new Set(found.map(key));
      const right = [...e].filter((x) => f.has(x)).length;
      const extra = [...f].filter((x) => !e.has(x)).length;
      tally(
        field,
        right,
        e.size + extra,
        `expected ${JSON.stringify(expected)}, got ${JSON.stringify(found)}`,
      );
    };
    setScore('emails', exp.emails ?? [], cv.contact.emails, (s) => s.toLowerCase());
    setScore('phones', exp.phones ?? [], cv.contact.phones, phoneKey);
    setScore('links', exp.links ?? [], cv.contact.links, linkKey);

    const positions = exp.positions ?? [];
    const pc = f1Counts(
      positions,
      cv.positions,
      (e, f) => sameOrg(e.organization, f.organization) && e.start === (f.dates?.start ?? null),
    );
    tally(
      'positions F1',
      2 * pc.tp,
      2 * pc.tp + pc.fn + pc.fp,
      `expected ${positions.map((p) => `${p.organization}@${p.start}`).join(', ')}; got ${cv.positions.map((p) => `${p.organization}@${p.dates?.start}`).join(', ')}`,
    );
    let datesRight = 0;
    for (const e of positions) {
      const f = cv.positions.find((p) => sameOrg(e.organization, p.organization));
      const end = e.current ? AS_OF : e.end;
      if (f && f.dates?.start === e.start && f.dates?.end === end && f.dates.current === e.current)
        datesRight++;
    }
    tally('dates', datesRight, positions.length, 'a matched position has other dates');
    const education = exp.education ?? [];
    const ec = f1Counts(education, cv.education, (e, f) => sameOrg(e.institution, f.institution));
    tally(
      'education F1',
      2 * ec.tp,
      2 * ec.tp + ec.fn + ec.fp,
      `expected ${education.map((e) => e.institution).join(', ')}; got ${cv.education.map((e) => e.institution).join(', ')}`,
    );

    const canonical =
      exp.skillsCanonical ??
      (exp.skills ?? [])
        .map((s) => matcher.phrases.get(normalisePhrase(s))?.name)
        .filter((s): s is string => !!s);
    const found = new Set(cv.skills.map((s) => s.name));
    const missing = canonical.filter((s) => !found.has(s));
    tally(
      'skills recall',
      canonical.length - missing.length,
      canonical.length,
      `missing ${missing.join(', ')}`,
    );

    const certs = exp.certifications ?? [];
    const certRight = certs.filter((c) => cv.certifications.some((f) => fold(f).includes(fold(c)))).length;
    tally(
      'certifications',
      certRight,
      certs.length,
      `expected ${JSON.stringify(certs)}, got ${JSON.stringify(cv.certifications)}`,
    );
    if (exp.languagesSpoken)
      setScore('languages spoken', exp.languagesSpoken, cv.languagesSpoken, (s) => s.toLowerCase());
    if (exp.language)
      tally(
        'CV language',
        cv.language === exp.language ? 1 : 0,
        1,
        `expected ${exp.language}, got ${cv.language}`,
      );
    if (exp.hasPhoto !== undefined && exp.personalDetails !== undefined) {
      const right =
        (cv.facts.hasPhoto === exp.hasPhoto ? 1 : 0) +
        (cv.facts.personalDetails.length > 0 === exp.personalDetails ? 1 : 0);
      tally(
        'photo / details',
        right,
        2,
        `expected photo ${exp.hasPhoto} details ${exp.personalDetails}, got ${cv.facts.hasPhoto} ${cv.facts.personalDetails.length > 0}`,
      );
    }
    if (exp.hiddenText !== undefined) {
      tally(
        'hidden text',
        cv.facts.hiddenText.length > 0 === exp.hiddenText ? 1 : 0,
        1,
        `expected ${exp.hiddenText}, got ${JSON.stringify(cv.facts.hiddenText)}`,
      );
    }

    const ranges = positions
      .filter((p) => p.start)
      .map((p) => ({ start: p.start!, end: p.current ? AS_OF : (p.end ?? AS_OF) }));
    const expectedMonths = mergeTimeline(ranges).months;
    const error = Math.abs(expectedMonths - cv.facts.totalExperienceMonths);
    tally(
      'experience ±3 mo',
      error <= 3 ? 1 : 0,
      1,
      `expected ${expectedMonths} months, got ${cv.facts.totalExperienceMonths}`,
    );
  }

  const pct = (s: Score) => (s.value === null ? '   n/a' : `${(s.value * 100).toFixed(1).padStart(5)}%`);
  if (args.includes('--json')) {
    const json = {
      files: files.length,
      fields: Object.fromEntries(FIELDS.map((f) => [f, byField.get(f)!.value])),
      layouts: Object.fromEntries(
        [...byLayout].map(([l, m]) => [l, Object.fromEntries(FIELDS.map((f) => [f, m.get(f)!.value]))]),
      ),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return;
  }
  const layouts = [...byLayout.keys()].sort();
  const lines = [
    `CV reading accuracy over ${files.length} sample files (as of ${AS_OF})`,
    '',
    `${'field'.padEnd(18)}${'all'.padStart(8)}  ${layouts.map((l) => l.slice(0, 11).padStart(11)).join(' ')}`,
    ...FIELDS.map(
      (f) =>
        `${f.padEnd(18)}${pct(byField.get(f)!).padStart(8)}  ${layouts.map((l) => pct(byLayout.get(l)!.get(f)!).padStart(11)).join(' ')}`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (args.includes('--misses'))
    process.stdout.write('\nMisses:\n' + misses.map((m) => `  ${m}`).join('\n') + '\n');
}

await main();
