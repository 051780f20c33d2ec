import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backgroundTexts, buildBackground } from '../../scripts/make-background.js';
import { DATA_DIR, loadWordLists } from '../../src/data.js';
import { idf, terms } from '../../src/score/terms.js';

const path = join(DATA_DIR, 'background.json');
const shipped = JSON.parse(readFileSync(path, 'utf8')) as { documents: number; df: Record<string, number> };

describe('data/background.json', () => {
  it('is what scripts/make-background.ts builds (run it after changing the script or the taxonomy)', () => {
    expect(buildBackground(backgroundTexts(), new Set(loadWordLists().stopwords))).toEqual(shipped);
  });

  it('has the Background shape, terms seen in at least two documents, and stays small', () => {
    expect(shipped.documents).toBeGreaterThanOrEqual(300);
    for (const [term, n] of Object.entries(shipped.df)) {
      expect(term).toMatch(/^\S+$/);
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(shipped.documents);
    }
    expect(statSync(path).size).toBeLessThan(300 * 1024);
  });

  it('weights general business words below the words of one profession', () => {
    const term = (word: string) => terms(word, new Set())[0]!;
    for (const general of ['customers', 'reports', 'design'])
      for (const specific of ['venepuncture', 'HACCP', 'PostgreSQL', 'Kubernetes'])
        expect(idf(term(general), shipped)).toBeLessThan(idf(term(specific), shipped));
  });
});
