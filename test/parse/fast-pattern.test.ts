import { describe, expect, it } from 'vitest';
import { areLinesPlain, fastPattern, isPlainText } from '../../src/parse/fast-pattern.js';

describe('fastPattern', () => {
  const scale =
    /\b\d[\d.,]*\s*(tb|pb|gb|terabytes?|petabytes?)\b|\b(millions|billions) of (rows|records|events)\b/iu;

  it('runs a plain ASCII i+u pattern without u, finding the same matches in a plain text', () => {
    const fast = fastPattern(scale, true);
    expect(fast).not.toBe(scale);
    expect(fast.flags).toBe('i');
    const texts = [
      'Moved 40 TB a day',
      'MILLIONS of Rows — “daily”, 12,5 Gb',
      'x40tb',
      'Zoë: 3 pb/day; déjà 2 gbs',
      'billions of\nevents',
      'É 4 TB é',
    ];
    for (const t of texts) {
      expect(isPlainText(t)).toBe(true);
      expect(t.search(fast), t).toBe(t.search(scale));
    }
  });

  it('keeps the pattern for texts where i+u and i read differently, and for other patterns', () => {
    // Under i+u, ſ matches s and the Kelvin sign k; a surrogate pair is one character.
    expect(isPlainText('uſers')).toBe(false);
    expect(isPlainText('5 \u212Am')).toBe(false);
    expect(isPlainText('📍 London')).toBe(false);
    expect(fastPattern(scale, false)).toBe(scale);
    expect(areLinesPlain([{ text: 'a' }, { text: 'uſers' }])).toBe(false);
    const letters = /(?<![\p{L}])team player/iu;
    expect(fastPattern(letters, true)).toBe(letters);
    const accented = /\brelevé de notes\b/iu;
    expect(fastPattern(accented, true)).toBe(accented);
    const global = /\bkafka\b/giu;
    expect(fastPattern(global, true)).toBe(global);
  });
});
