import { describe, expect, it } from 'vitest';
import { dcgAt, ndcgAt, precisionAt, rocAuc } from '../../scripts/rank-metrics.js';

// Every expected value below is worked out by hand in its comment.
const log2of3 = Math.log2(3); // 1.585: the discount at position 2

describe('dcgAt', () => {
  it.each([
    { grades: [2, 1, 0], k: 3, expected: 2 / 1 + 1 / log2of3 }, // 2 + 0.631
    { grades: [0, 1, 2], k: 3, expected: 0 + 1 / log2of3 + 2 / 2 }, // 0.631 + 1
    { grades: [2, 2], k: 1, expected: 2 }, // only the first counts
    { grades: [], k: 10, expected: 0 },
  ])('$grades at $k = $expected', ({ grades, k, expected }) => {
    expect(dcgAt(grades, k)).toBeCloseTo(expected, 10);
  });
});

describe('ndcgAt', () => {
  it.each([
    { grades: [2, 1, 0], k: 3, expected: 1 }, // already the best order
    { grades: [2, 2, 1, 1, 0], k: 10, expected: 1 },
    { grades: [0, 1, 2], k: 3, expected: (1 / log2of3 + 1) / (2 + 1 / log2of3) }, // 1.631 / 2.631 = 0.620
    { grades: [1, 0, 2], k: 2, expected: 1 / (2 + 1 / log2of3) }, // 1 / 2.631 = 0.380: the ideal top 2 is [2, 1]
    { grades: [0, 0, 2], k: 2, expected: 0 }, // the relevant one falls below k
    { grades: [0, 0, 0], k: 3, expected: 0 }, // nothing relevant: 0, not NaN
    { grades: [1, 2], k: 2, expected: (1 + 2 / log2of3) / (2 + 1 / log2of3) }, // 2.262 / 2.631 = 0.860
  ])('$grades at $k = $expected', ({ grades, k, expected }) => {
    expect(ndcgAt(grades, k)).toBeCloseTo(expected, 10);
  });
});

describe('precisionAt', () => {
  it.each([
    { grades: [2, 2, 1, 0], k: 2, relevant: 2, expected: 1 },
    { grades: [2, 1, 2, 0], k: 4, relevant: 2, expected: 0.5 }, // a grade 1 is not relevant
    { grades: [2, 1, 0, 0], k: 4, relevant: 1, expected: 0.5 }, // unless the threshold says so
    { grades: [2], k: 10, relevant: 2, expected: 0.1 }, // always out of k
    { grades: [0, 0, 0, 2], k: 3, relevant: 2, expected: 0 },
  ])('$grades at $k (relevant >= $relevant) = $expected', ({ grades, k, relevant, expected }) => {
    expect(precisionAt(grades, k, relevant)).toBeCloseTo(expected, 10);
  });

  it('counts grade 2 as relevant by default', () => {
    expect(precisionAt([2, 1, 1, 2], 4)).toBe(0.5);
  });
});

describe('rocAuc', () => {
  const T = true;
  const F = false;
  it.each([
    { scores: [3, 2, 1], relevant: [T, F, F], expected: 1 }, // relevant first
    { scores: [1, 2, 3], relevant: [T, F, F], expected: 0 }, // relevant last
    { scores: [0.9, 0.8, 0.7, 0.6], relevant: [T, F, T, F], expected: 0.75 }, // 3 of 4 pairs right
    { scores: [1, 1], relevant: [T, F], expected: 0.5 }, // a tie is half a pair
    { scores: [2, 1, 1], relevant: [T, T, F], expected: 0.75 }, // 1 + 0.5 of 2 pairs
    { scores: [-Infinity, 1, -Infinity], relevant: [F, T, T], expected: 0.75 }, // unread CVs last, tied
    { scores: [5, 4, 3, 2, 1], relevant: [F, T, T, F, F], expected: 4 / 6 }, // pairs: 4>2,4>1,3>2,3>1 won; 4<5,3<5 lost
  ])('$scores / $relevant = $expected', ({ scores, relevant, expected }) => {
    expect(rocAuc(scores, relevant)).toBeCloseTo(expected, 10);
  });

  it('is NaN when one group is empty, and refuses mismatched lengths', () => {
    expect(rocAuc([1, 2], [T, T])).toBeNaN();
    expect(rocAuc([1, 2], [F, F])).toBeNaN();
    expect(() => rocAuc([1, 2], [T])).toThrow();
  });
});
