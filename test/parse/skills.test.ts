import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../src/model.js';
import { buildSkillMatcher, findSkills, isSeparator, SEPARATORS, tokenize } from '../../src/parse/skills.js';

const matcher = buildSkillMatcher([
  { name: 'Go', category: 'programming-language', aliases: ['Golang'], ambiguous: true },
  { name: 'Python', category: 'programming-language', aliases: [], ambiguous: false },
  { name: 'Kubernetes', category: 'container', aliases: ['k8s'], ambiguous: false },
  { name: 'PostgreSQL', category: 'database', aliases: ['Postgres', 'psql'], ambiguous: false },
  { name: 'Node.js', category: 'backend-framework', aliases: ['Node', 'NodeJS'], ambiguous: false },
  { name: 'C++', category: 'programming-language', aliases: [], ambiguous: false },
  { name: 'C#', category: 'programming-language', aliases: [], ambiguous: false },
  { name: 'CI/CD', category: 'ci-cd', aliases: [], ambiguous: false },
  { name: 'Google Cloud Platform', category: 'cloud', aliases: ['GCP'], ambiguous: false },
]);

function names(text: string, section: SectionKind = 'experience'): string[] {
  return findSkills([{ number: 1, text }], () => ({ section, position: null }), matcher)
    .map((s) => s.name)
    .sort();
}

describe('findSkills', () => {
  it.each([
    ['Built services in Go and Python', ['Go', 'Python']],
    ['Ran k8s clusters on Postgres', ['Kubernetes', 'PostgreSQL']],
    ['Node.js/TypeScript APIs with CI/CD', ['CI/CD', 'Node.js']],
    ['C++, C# and Golang', ['C#', 'C++', 'Go']],
    ['Moved workloads to Google Cloud Platform', ['Google Cloud Platform']],
  ])('finds skills in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Ready to go live next week', 'experience'],
    ['Go to market with the sales team', 'experience'],
  ] as const)('does not read the verb "go" as the language in %j', (text, section) => {
    expect(names(text, section)).toEqual([]);
  });

  it('counts an ambiguous name in a skills list', () => {
    expect(names('Go', 'skills')).toEqual(['Go']);
  });
});

describe('tokenize', () => {
  it('splits where the separator pattern does, for every UTF-16 unit', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isSeparator(code) !== SEPARATORS.test(String.fromCharCode(code))) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('gives the pieces text.split gives, trimmed, without the empty ones', () => {
    const text =
      ' Go, Node.js/TypeScript;  "C++" | (Kafka)\u00a0•\u2003**Rust**: T-SQL. 💡 Zoë–Ørsted -x- \n';
    const expected = text
      .split(/[\s,;|()[\]{}•·▪◦‣●■★"“”]+/u)
      .map((p) => p.replace(/^[:'‘’*_-]+|[.:!?'‘’*_]+$/gu, ''))
      .filter(Boolean);
    expect(tokenize(text).map((t) => t.raw)).toEqual(expected);
  });

  it('trims the punctuation of a skill written beside runs of 100,000 dots or underscores', () => {
    // In time growing with the square of a run's length, these pieces took some 25 s to read.
    const dots = '.'.repeat(100_000);
    const lows = '_'.repeat(100_000);
    expect(tokenize(`Go, ${dots}x., a${lows}x_, *Kafka*.`).map((t) => t.raw)).toEqual([
      'Go',
      `${dots}x`,
      `a${lows}x`,
      'Kafka',
    ]);
  }, 10_000); // a few ms here: the limit only tells a hang from a pass
});
