import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy, loadWordLists } from '../../src/data.js';
import { parseJob } from '../../src/job/parse-job.js';
import { buildSkillMatcher } from '../../src/parse/skills.js';

const matcher = buildSkillMatcher(loadTaxonomy());
const { stopwords } = loadWordLists();
const job = (name: string) =>
  parseJob(readFileSync(join(import.meta.dirname, '../../samples/jobs', name), 'utf8'), matcher, stopwords);

const POSTING = [
  '# Backend Developer',
  'London (hybrid, two days a week)',
  '## Requirements:',
  '- Node.js (TypeScript or Go)',
  '* PostgreSQL (schema design)',
  'Nice to have:*',
  '- Kafka',
].join('\n');

describe('parseJob', () => {
  it('reads the backend posting the way a recruiter would', () => {
    const spec = job('backend-developer.md');
    expect(spec.title).toBe('Senior Backend Developer');
    expect(spec.minYears).toBe(5);
    // "Strong Node.js (TypeScript) or Go" is one requirement with two ways to meet it
    expect(spec.required).toContain('Node.js or Go');
    expect(spec.required).toEqual(expect.arrayContaining(['PostgreSQL', 'REST', 'Docker', 'CI/CD', 'AWS']));
    // examples in brackets and details after a colon are not requirements of their own
    expect(spec.required).not.toContain('TypeScript');
    expect(spec.required).not.toContain('Amazon S3');
    expect(spec.required).not.toContain('Query Optimisation');
    expect(spec.preferred).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform', 'gRPC', 'Redis']));
    expect(spec.preferred.some((p) => p.includes('Prometheus'))).toBe(true);
    for (const p of spec.preferred) expect(spec.required).not.toContain(p);
  });

  it('reads a posting outside tech', () => {
    const spec = job('accountant.md');
    expect(spec.required.length).toBeGreaterThanOrEqual(3);
    expect(spec.minYears).toBe(3);
    expect([...spec.required, ...spec.preferred].join(' ')).toMatch(/IFRS/);
  });

  it('makes every skill required when the posting has no headings', () => {
    const spec = parseJob(
      'Chef de partie\nWe need someone with HACCP and food safety experience who knows pastry.',
      matcher,
      stopwords,
    );
    expect(spec.preferred).toEqual([]);
    expect(spec.required.length).toBeGreaterThan(0);
  });

  it('reads bullets, headings, brackets and the place of work as written', () => {
    const spec = parseJob(POSTING, matcher, stopwords);
    expect(spec).toMatchObject({
      title: 'Backend Developer',
      location: 'London (hybrid, two days a week)',
      required: ['Node.js', 'PostgreSQL'],
      preferred: ['Apache Kafka'],
    });
  });

  it('reads headings in bold in a plain-text posting as it reads them plain', () => {
    const posting = [
      'Backend Developer',
      '**Responsibilities:**',
      '• Run the Kafka pipelines',
      '**Requirements:**',
      '• Node.js',
      '• PostgreSQL',
      '__Nice to have:__',
      '• Kubernetes',
    ].join('\n');
    const bold = parseJob(posting, matcher, stopwords);
    const plain = parseJob(posting.replace(/\*\*|__/g, ''), matcher, stopwords);
    expect([bold.required, bold.preferred]).toEqual([plain.required, plain.preferred]);
    expect(bold.required).toEqual(['Node.js', 'PostgreSQL']);
    expect(bold.preferred).toContain('Kubernetes');
  });

  it('reads a posting with runs of 150,000 blank lines, colons, brackets and places in it', () => {
    // In time growing with the square of a run's length, this posting took some 80 s to read.
    const lines = POSTING.split('\n');
    const hostile = [
      lines[0],
      `London (hybrid ${'London (hybrid '.repeat(10_000)}`,
      ...lines.slice(1, 3),
      '\n'.repeat(150_000),
      `a${':'.repeat(150_000)}x`,
      lines[3],
      `${lines[4]} ${'('.repeat(150_000)}`,
      ...lines.slice(5),
    ].join('\n');
    const spec = parseJob(hostile, matcher, stopwords);
    const plain = parseJob(POSTING, matcher, stopwords);
    expect([spec.title, spec.location, spec.required, spec.preferred, spec.minYears]).toEqual([
      plain.title,
      plain.location,
      plain.required,
      plain.preferred,
      plain.minYears,
    ]);
  }, 10_000); // some 200 ms here: the limit only tells a hang from a pass
});
