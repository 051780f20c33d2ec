import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { ExtractedDocument, ExtractionFailure, YearMonth } from '../model.js';
import type { InspectedReading } from '../pipeline/score-text.js';
import { ONE_FILE_LIMITS, readOneFile } from './read-one.js';

export interface Inspection {
  file: string;
  sha256: string;
  extraction: ExtractionFailure | (Omit<ExtractedDocument, 'text'> & { characters: number });
  cv: InspectedReading | null;
}

/**
 * The reading of one file, as `shortlist inspect` shows it: what was extracted and how it was read,
 * both in a worker, as a run reads a file (read-one.ts).
 */
export async function inspectFile(path: string, asOf: string, limits = ONE_FILE_LIMITS): Promise<Inspection> {
  const { sha256, read } = await readOneFile(path, { inspect: asOf.slice(0, 7) as YearMonth }, limits);
  const extraction = read.extraction;
  const base = { file: basename(path), sha256: sha256 ?? (await hashFile(path)) };
  if (!extraction.ok) return { ...base, extraction, cv: null };
  const { text, ...rest } = extraction;
  return { ...base, extraction: { ...rest, characters: text.length }, cv: read.inspected ?? null };
}

/** The SHA-256 of a file too large to read, hashed as it streams by: it is never held whole. */
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A summary a person can read in a terminal. */
export function formatInspection(i: Inspection): string {
  const out: string[] = [`${i.file}  (sha256 ${i.sha256.slice(0, 12)}…)`];
  if (!i.extraction.ok || !i.cv) {
    out.push(
      `  could not be read: ${i.extraction.ok ? 'no reading' : `${i.extraction.status}: ${i.extraction.message}`}`,
    );
    return out.join('\n') + '\n';
  }
  const cv = i.cv;
  const f = cv.facts;
  const row = (label: string, value: string | number | null | undefined) =>
    out.push(`  ${label.padEnd(16)}${value === null || value === undefined || value === '' ? '—' : value}`);
  row(
    'format',
    `${i.extraction.format}${i.extraction.pages ? `, ${i.extraction.pages} page(s)` : ''}${f.layout ? `, ${f.layout.columns} column(s), body ${f.layout.bodyFontSize ?? '?'}pt` : ''}`,
  );
  row('document', cv.kind === 'cv' ? 'a CV' : `not a CV: ${cv.kindReason}`);
  row(
    'confidence',
    `${Math.round(cv.confidence.document * 100)}% (name ${pct(cv.confidence.name)}, positions ${pct(cv.confidence.positions)}, dates ${pct(cv.confidence.dates)})`,
  );
  row('name', cv.contact.name);
  row('emails', cv.contact.emails.join(', '));
  row('phones', cv.contact.phones.join(', '));
  row('links', cv.contact.links.join(', '));
  row('location', cv.contact.location);
  row('language', cv.language);
  row('sections', cv.sections.map((s) => (s.heading ? `${s.kind} ("${s.heading}")` : s.kind)).join(', '));
  out.push(
    '',
    `  Experience: ${(f.totalExperienceMonths / 12).toFixed(1)} years${f.gaps.length ? `; gaps: ${f.gaps.map((g) => `${g.from}..${g.to} (${g.months} mo)`).join(', ')}` : ''}`,
  );
  for (const p of cv.positions) {
    const dates = p.dates
      ? `${p.dates.start ?? '?'} – ${p.dates.current ? 'present' : (p.dates.end ?? '?')}`
      : 'no dates';
    out.push(
      `    ${dates.padEnd(20)} ${p.title || '(no title)'}${p.organization ? ` · ${p.organization}` : ''}${p.location ? ` · ${p.location}` : ''}  [${p.bullets.length} bullets]`,
    );
  }
  out.push('', '  Education:');
  for (const e of cv.education)
    out.push(
      `    ${(e.end ?? '').padEnd(8)} ${e.degree ?? '(qualification?)'} · ${e.institution ?? '(institution?)'}`,
    );
  if (cv.certifications.length) out.push('', `  Certifications: ${cv.certifications.join('; ')}`);
  if (cv.languagesSpoken.length) out.push(`  Languages: ${cv.languagesSpoken.join(', ')}`);
  out.push(
    '',
    `  Skills (${cv.skills.length}): ${cv.skills
      .slice(0, 30)
      .map((s) => `${s.name}${s.mentions.some((m) => m.position !== null) ? '*' : ''}`)
      .join(', ')}${cv.skills.length > 30 ? ', …' : ''}   (* used in a role)`,
    '',
    `  Facts: ${f.words} words, ${f.bullets} bullets (${f.quantifiedBullets} with figures, ${f.actionVerbBullets} opening with an action verb, ${f.wellSizedBullets} of 12-20 words); dates ${f.dateStyles.join(' / ') || '—'}; newest first: ${f.reverseChronological ?? '—'}; photo: ${f.hasPhoto ? 'yes' : 'no'}; personal details: ${f.personalDetails.length ? f.personalDetails.join('; ') : 'none'}; tables: ${f.tables}`,
  );
  if (f.layout?.margins)
    out.push(
      `  Margins: ${Object.entries(f.layout.margins)
        .map(([k, v]) => `${k} ${(v / 72).toFixed(2)}in`)
        .join(', ')}; fonts: ${f.layout.fonts}; images: ${f.layout.images}`,
    );
  if (f.hiddenText.length)
    out.push(
      `  Hidden text (ignored): ${f.hiddenText
        .slice(0, 5)
        .map((t) => JSON.stringify(t))
        .join(', ')}`,
    );
  return out.join('\n') + '\n';
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}
