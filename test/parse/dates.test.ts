import { describe, expect, it } from 'vitest';
import { findDateRange, mergeTimeline } from '../../src/parse/dates.js';

const AS_OF = '2026-11';

describe('findDateRange', () => {
  it.each([
    ['Mar 2022 – Present', '2022-03', '2026-11', true],
    ['03/2019 - 12/2021', '2019-03', '2021-12', false],
    ['2018–2020', '2018-01', '2020-12', false],
    ['Jan. 2020 to Current', '2020-01', '2026-11', true],
    ['since 2021', '2021-01', '2026-11', true],
    ['2019 - now', '2019-01', '2026-11', true],
    ['Backend Developer | Beta Ltd | 2019 – 2021', '2019-01', '2021-12', false],
    ['Septembre 2018 - Juin 2020', '2018-09', '2020-06', false],
    ['enero 2019 – actualidad', '2019-01', '2026-11', true],
    ['März 2017 – Dezember 2018', '2017-03', '2018-12', false],
    ['2021-03 – 2022-10', '2021-03', '2022-10', false],
    ['Sep 15 – Jun 18', '2015-09', '2018-06', false],
    ["Mar '19 – Present", '2019-03', '2026-11', true],
    ['März 2017 – heute', '2017-03', '2026-11', true],
    ['sept. 2018 – juin 2020', '2018-09', '2020-06', false],
    ['jan 2020 – atual', '2020-01', '2026-11', true],
  ])('reads %j', (line, start, end, current) => {
    const m = findDateRange(line, AS_OF);
    expect(m?.range).toMatchObject({ start, end, current });
  });

  it.each([
    'Reduced costs for 2019 users',
    'Call 020 7946 0000',
    'Handled 2000 requests per second',
    'Grew revenue 2020 to 2019', // end before start
    'Version 10/12 released',
    'Met on Sep 15 with the board',
  ])('finds no range in %j', (line) => {
    expect(findDateRange(line, AS_OF)).toBeNull();
  });
});

describe('mergeTimeline', () => {
  it('counts overlapping roles once and finds gaps over six months', () => {
    const t = mergeTimeline([
      { start: '2018-01', end: '2020-12' },
      { start: '2020-06', end: '2022-03' },
      { start: '2023-01', end: '2026-11' },
    ]);
    expect(t.months).toBe(51 + 47);
    expect(t.gaps).toEqual([{ from: '2022-04', to: '2022-12', months: 9 }]);
  });

  it('does not report a gap of six months or less', () => {
    expect(
      mergeTimeline([
        { start: '2020-01', end: '2020-06' },
        { start: '2021-01', end: '2021-02' },
      ]).gaps,
    ).toEqual([]);
  });
});
