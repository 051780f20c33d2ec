import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/**
 * In a fresh Node process (this test runner's own thread may have loaded pdf.js already): the
 * built-ins as they are before anything loads pdf.js, then after a PDF is read through our reader.
 */
function builtinsAfterReading(): { ok: boolean; push: boolean; parse: boolean } {
  const script = `
    const push = Array.prototype.push, parse = JSON.parse;
    const { readFileSync } = await import('node:fs');
    const { extractDocument, DEFAULT_EXTRACT_LIMITS } = await import('./src/extract/index.ts');
    const bytes = new Uint8Array(readFileSync('samples/applicants/Amara_Okafor_CV.pdf'));
    const read = await extractDocument('Amara_Okafor_CV.pdf', bytes, DEFAULT_EXTRACT_LIMITS);
    console.log(JSON.stringify({ ok: read.ok, push: Array.prototype.push === push, parse: JSON.parse === parse }));
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ok: boolean; push: boolean; parse: boolean };
}

describe("the engine's built-ins, around pdf.js", () => {
  it('are the same functions after a PDF is read as before pdf.js was loaded', () => {
    expect(builtinsAfterReading()).toEqual({ ok: true, push: true, parse: true });
  }, 60_000);
});
