import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Parse from '../../src/parse/index.js';
import { runScreening } from '../../src/pipeline/run.js';
import { cvText, tmp, type Results } from './helpers.js';

// A fault in shortlist's own reading of a CV's text, simulated: parsing throws for one CV only.
const FAULT = 'Trigger-the-simulated-fault';
vi.mock('../../src/parse/index.js', async (original) => {
  const real = await original<typeof Parse>();
  return {
    ...real,
    parseCv: (...args: Parameters<typeof real.parseCv>) => {
      if (args[0].text.includes(FAULT))
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      return real.parseCv(...args);
    },
  };
});

describe('a CV whose text shortlist fails to score', () => {
  it.each([
    ['in memory', undefined],
    ['spilled to disk', 0],
  ])(
    'becomes one failure row saying so, and the rest of the batch is scored (%s)',
    async (_, keep) => {
      const input = tmp('shortlist-fault-');
      const out = join(tmp(), 'out');
      writeFileSync(join(input, 'good-1.txt'), cvText(1));
      writeFileSync(join(input, 'bad.txt'), `${cvText(2)}\n${FAULT}\n`);
      writeFileSync(join(input, 'good-3.txt'), cvText(3));
      const options = {
        input,
        out,
        concurrency: 2,
        timeoutMs: 30_000,
        maxFileBytes: 1_000_000,
        asOf: '2026-11-22',
        keepInMemory: keep,
      };
      const result = await runScreening(options);
      expect(result.summary.scored).toBe(2);
      expect(result.summary.failed).toBe(1);
      const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
      expect(results.candidates.map((c: { file: string }) => c.file).sort()).toEqual([
        'good-1.txt',
        'good-3.txt',
      ]);
      expect(results.failures).toEqual([
        expect.objectContaining({
          file: 'bad.txt',
          status: 'malformed',
          message: expect.stringMatching(
            /could not be scored, because of an error in shortlist \(Cannot read/,
          ),
        }),
      ]);
      // A full second run (its record of the first removed) takes every reading from the cache and
      // fails the same CV the same way.
      rmSync(join(out, '.shortlist', 'last-run.json'));
      const again = await runScreening(options);
      expect(again.summary.failed).toBe(1);
      expect(again.summary.scored).toBe(2);
    },
    60_000,
  );
});
