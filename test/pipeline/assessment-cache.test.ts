import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAssessmentCache, type AssessedRecord } from '../../src/pipeline/cache.js';
import { makeRanking } from '../fixtures/ranking.js';
import { sha256, tmp } from './helpers.js';

const KEY = 'a'.repeat(64);

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string, at = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(join(dir, at))) {
    const path = join(at, name);
    if (statSync(join(dir, path)).isDirectory()) {
      for (const [p, text] of filesUnder(dir, path)) found.set(p, text);
    } else {
      found.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  }
  return found;
}

describe('the assessment cache', () => {
  const { cv, assessment } = makeRanking().candidates[0]!;
  const record: AssessedRecord = { cv, assessment };
  const hash = sha256('a CV');

  it('keeps a record given as its JSON, text or bytes, exactly as it keeps the record itself', async () => {
    // A worker sends its scored CV as the UTF-8 bytes of its JSON (score-text.ts), written to the
    // cache as they are. The record holds text beyond ASCII, so a byte miscounted would show.
    const asText = tmp('shortlist-assess-');
    const asBytes = tmp('shortlist-assess-');
    const asObject = tmp('shortlist-assess-');
    const json = JSON.stringify(record);
    expect(Buffer.byteLength(json)).toBeGreaterThan(json.length);
    await (await openAssessmentCache(asText)).putText(KEY, hash, 'cv.pdf', json);
    await (await openAssessmentCache(asBytes)).putText(KEY, hash, 'cv.pdf', new TextEncoder().encode(json));
    await (await openAssessmentCache(asObject)).put(KEY, hash, 'cv.pdf', record);
    const written = filesUnder(join(asText, 'cache', 'assess'));
    expect([...written.keys()]).toHaveLength(1);
    expect(written).toEqual(filesUnder(join(asObject, 'cache', 'assess')));
    expect(filesUnder(join(asBytes, 'cache', 'assess'))).toEqual(written);
    // The bytes JSON.stringify gives for the whole entry.
    const [text] = [...written.values()];
    expect(text).toBe(JSON.stringify({ contextKey: KEY, sha256: hash, hint: 'pdf', record }));

    const again = await openAssessmentCache(asText);
    expect(await again.get(KEY, hash, 'cv.pdf')).toEqual(record);
    // Found by content hash, context and the format its name suggests, and nothing else.
    expect(await again.get(KEY, hash, 'cv.docx')).toBeNull();
    expect(await again.get('b'.repeat(64), hash, 'cv.pdf')).toBeNull();
    expect(await again.get(KEY, sha256('another CV'), 'cv.pdf')).toBeNull();
  });
});
