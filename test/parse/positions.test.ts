import { describe, expect, it } from 'vitest';
import { readPositions } from '../../src/parse/positions.js';

const lines = (texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));

describe('readPositions', () => {
  it('reads title and organisation above a date line, and its bullets', () => {
    const p = readPositions(
      lines([
        'Senior Backend Engineer — Acme Payments, London',
        'Mar 2021 – Present',
        '• Reduced p99 latency by 40% by moving hot reads to Redis',
        '• Led a team of 4 engineers',
        'Backend Developer | Beta Ltd | 2018 – 2021',
        '- Built REST APIs in Go',
        '  serving 2M users a day',
      ]),
      '2026-11',
    );
    expect(p).toHaveLength(2);
    expect(p[0]).toMatchObject({
      title: 'Senior Backend Engineer',
      organization: 'Acme Payments',
      location: 'London',
    });
    expect(p[0]!.dates).toMatchObject({ start: '2021-03', current: true });
    expect(p[0]!.bullets.map((b) => b.text)).toEqual([
      'Reduced p99 latency by 40% by moving hot reads to Redis',
      'Led a team of 4 engineers',
    ]);
    expect(p[1]).toMatchObject({ title: 'Backend Developer', organization: 'Beta Ltd' });
    expect(p[1]!.bullets[0]!.text).toBe('Built REST APIs in Go serving 2M users a day');
  });

  it('reads organisation first and title on the next line', () => {
    const p = readPositions(
      lines([
        'Globex Corporation   Jan 2019 – Dec 2020',
        'Software Engineer',
        '• Shipped things quickly every week for the team',
      ]),
      '2026-11',
    );
    expect(p[0]).toMatchObject({ title: 'Software Engineer', organization: 'Globex Corporation' });
  });

  it('finds nothing without dates', () => {
    expect(readPositions(lines(['I like building things', '• Some bullet']), '2026-11')).toEqual([]);
  });

  it('trims the punctuation around a title and organisation', () => {
    const p = readPositions(
      lines([
        'Backend Engineer — Acme Payments,',
        'Mar 2021 – Present',
        'Developer — ;Beta Ltd --',
        '2018 – 2021',
      ]),
      '2026-11',
    );
    expect(p.map((x) => [x.title, x.organization])).toEqual([
      ['Backend Engineer', 'Acme Payments'],
      ['Developer', 'Beta Ltd'],
    ]);
  });

  it('reads title and organisation beside runs of 100,000 semicolons or dashes', () => {
    // In time growing with the square of a run's length, these lines took some 40 s to read.
    const p = readPositions(
      lines([
        `Backend Engineer — Acme Payments — x${';'.repeat(100_000)}y`,
        'Mar 2021 – Present',
        `Developer — Beta Ltd — x${'-'.repeat(100_000)}y`,
        '2018 – 2021',
      ]),
      '2026-11',
    );
    expect(p.map((x) => [x.title, x.organization])).toEqual([
      ['Backend Engineer', 'Acme Payments'],
      ['Developer', 'Beta Ltd'],
    ]);
  }, 10_000); // some 20 ms here: the limit only tells a hang from a pass
});
