import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_LIMITS, extractDocument } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/model.js';
import { createExtractionPool } from '../../src/pipeline/pool.js';
import { buildRanking, prepareRun, specOf } from '../../src/pipeline/run.js';
import type { AssessedRecord } from '../../src/pipeline/cache.js';
import { unpackAssessment } from '../../src/score/evaluate.js';
import { headlineOf } from '../../src/score/rank.js';
import { makeDocx, makeZip } from '../fixtures/zip.js';

const SAMPLES = join(import.meta.dirname, '../../samples/applicants');
const sample = (name: string) => readFileSync(join(SAMPLES, name));
const CV_LINES = [
  'Jane Doe',
  'jane.doe@example.com',
  'EXPERIENCE',
  'Backend Engineer — Acme Ltd',
  'Mar 2021 – Present',
  '• Built payment APIs in Go serving 2M requests a day',
];

describe('extractDocument: every file ends in text or one failure with a reason', () => {
  it.each([
    ['Emily_Clarke_CV.pdf', 'protected'],
    ['Kwame_Osei_CV.pdf', 'malformed'],
    ['CV_scan_Peter_Novak.pdf', 'no-text'],
    ['Ryan_Murphy_CV.docx', 'empty'],
  ])('%s is %s', async (name, status) => {
    const result = await extractDocument(name, sample(name));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(status);
      expect(result.message).not.toContain('\n');
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('reads a real PDF, DOCX, text and Markdown sample', async () => {
    for (const name of [
      'Amara_Okafor_CV.pdf',
      'cv-rahul-mehta-2026.docx',
      'ahmed_hassan_cv.txt',
      'aisha-khan-cv.md',
    ]) {
      const result = await extractDocument(name, sample(name));
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(result.text.length).toBeGreaterThan(500);
    }
  });

  it('reads a file by its content when the extension lies', async () => {
    const result = await extractDocument('cv.docx', sample('Amara_Okafor_CV.pdf'));
    expect(result).toMatchObject({ ok: true, format: 'pdf' });
  });

  it('reads a minimal DOCX with its paragraphs in order', async () => {
    const result = await extractDocument('cv.docx', makeDocx(CV_LINES));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text.split('\n')).toEqual(CV_LINES);
  });

  it.each([
    [
      'a DOCX with a DOCTYPE (entity expansion)',
      'cv.docx',
      makeDocx(CV_LINES, '<!DOCTYPE w [<!ENTITY a "aaaa">]>'),
      'malformed',
    ],
    [
      'a zip with too many entries',
      'cv.docx',
      makeZip(Array.from({ length: 2100 }, (_v, i) => ({ name: `f${i}.xml`, data: 'x' }))),
      'too-large',
    ],
    [
      'a zip that is not a Word file',
      'cv.docx',
      makeZip([{ name: 'hello.txt', data: 'hello' }]),
      'unsupported',
    ],
    [
      'a zip bomb entry',
      'cv.docx',
      makeZip([{ name: 'word/document.xml', data: Buffer.alloc(120 * 1024 * 1024) }]),
      'too-large',
    ],
    [
      'binary garbage',
      'cv.pdf',
      Buffer.from(Array.from({ length: 5000 }, (_v, i) => (i * 7919) % 256)),
      'malformed',
    ],
    [
      'a damaged legacy .doc (OLE) file',
      'cv.doc',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      'malformed',
    ],
    [
      'an encrypted Office file',
      'cv.docx',
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.alloc(600),
      ]),
      'protected',
    ],
    ['a text file of a few characters', 'cv.txt', Buffer.from('hello\n'), 'no-text'],
    ['a 0-byte file', 'cv.docx', Buffer.alloc(0), 'empty'],
  ])('%s (%s) is %s', async (_label, name, bytes, status) => {
    expect(await extractDocument(name, bytes, DEFAULT_EXTRACT_LIMITS)).toMatchObject({ ok: false, status });
  });

  it('reports more text than any CV as too-large, at the limit and not below it', async () => {
    const text = (chars: number) =>
      new TextEncoder().encode('Jane Doe, backend developer. '.repeat(Math.ceil(chars / 29)).slice(0, chars));
    const limits = { ...DEFAULT_EXTRACT_LIMITS, maxTextChars: 2_000_000 };
    expect((await extractDocument('cv.txt', text(2_000_000), limits)).ok).toBe(true);
    expect(await extractDocument('cv.txt', text(2_300_000), limits)).toEqual({
      ok: false,
      status: 'too-large',
      message: '2.3 million characters of text, over the limit of 2 million; a CV is rarely over 50,000',
    });
    // The default: a million characters.
    expect(await extractDocument('cv.txt', text(1_000_001))).toMatchObject({
      ok: false,
      status: 'too-large',
    });
  });

  it('reports a .json file as unsupported, not as text', async () => {
    expect(
      await extractDocument(
        'cv.json',
        Buffer.from('{"name": "Jane Doe", "title": "backend engineer, ten years"}'),
      ),
    ).toMatchObject({
      ok: false,
      status: 'unsupported',
    });
  });
});

describe('extraction pool', () => {
  const poolOf = (concurrency: number, timeoutMs: number) =>
    createExtractionPool({ concurrency, timeoutMs, maxMemoryMb: 256, limits: DEFAULT_EXTRACT_LIMITS });
  const pool = poolOf(2, 20_000);
  afterAll(() => pool.close());

  it('extracts in a worker thread', async () => {
    const result = await pool.extract('Amara_Okafor_CV.pdf', sample('Amara_Okafor_CV.pdf'));
    expect(result).toMatchObject({ ok: true, format: 'pdf', pages: 1 });
  });

  it('turns a file that runs over the time limit into a timeout failure and keeps going', async () => {
    const slow = poolOf(1, 1);
    try {
      const result = await slow.extract(
        'Kevin_Brooks_Resume_FINAL_v3.pdf',
        sample('Kevin_Brooks_Resume_FINAL_v3.pdf'),
      );
      expect(result).toMatchObject({ ok: false, status: 'timeout' });
    } finally {
      await slow.close();
    }
    // the shared pool is unaffected
    expect((await pool.extract('ahmed_hassan_cv.txt', sample('ahmed_hassan_cv.txt'))).ok).toBe(true);
  });

  it("counts a file's time from when a worker starts on it: a worker's start-up is not charged to it", async () => {
    // A new worker takes longer than this to start (loading its readers and the CV reader: about
    // 0.4 s from dist, 0.8 s under the tests); reading this file takes about a millisecond.
    const quick = poolOf(1, 250);
    try {
      expect(await quick.extract('ahmed_hassan_cv.txt', sample('ahmed_hassan_cv.txt'))).toMatchObject({
        ok: true,
        format: 'txt',
      });
    } finally {
      await quick.close();
    }
  });

  it('reads and scores the text in the worker, where a text that never ends costs only its file', async () => {
    const ctx = await prepareRun({ asOf: '2026-11-22' });
    const spec = specOf(ctx);
    // The fault switch of score-text.ts: a worker reading a text with the marker never finishes.
    process.env.SHORTLIST_TEST_FAULT = 'hang:Trigger-the-simulated-fault';
    const scoring = poolOf(1, 3_000);
    try {
      const good = sample('ahmed_hassan_cv.txt');
      const endless = Buffer.concat([good, Buffer.from('\nTrigger-the-simulated-fault\n')]);
      const hung = await scoring.extractTimed('endless.txt', endless, [spec]);
      expect(hung).toMatchObject({ extraction: { ok: false, status: 'timeout' }, ms: null });
      expect(hung.scores).toBeUndefined();
      // The worker was replaced; the next file is read and scored as a run would on this thread.
      const next = await scoring.extractTimed('ahmed_hassan_cv.txt', good, [spec]);
      expect(next.extraction.ok).toBe(true);
      const score = next.scores?.[spec.key];
      expect(score).toMatchObject({ ok: true, kind: { kind: 'cv', kindReason: null } });
      // The reading and assessment come as JSON text, the reading slim (see score-text.ts).
      const record = JSON.parse(
        score?.ok ? Buffer.from(score.record).toString('utf8') : '{}',
      ) as AssessedRecord;
      expect(record.cv).toMatchObject({ kind: 'cv', lines: [], sections: [] });
      const local = buildRanking({
        items: [{ file: 'a.txt', sha256: 'a'.repeat(64), extraction: next.extraction, cached: false }],
        skipped: [],
        ctx,
        startedAt: '2026-11-22T00:00:00.000Z',
        input: '.',
      });
      // The assessment comes packed, without what the profile gives again (packAssessment).
      expect(Object.keys(record.assessment!.criteria[0]!).sort()).toEqual(['evidence', 'id', 'score']);
      expect(unpackAssessment(record.assessment!, ctx.profile)).toEqual(local.candidates[0]!.assessment);
      expect(score?.ok && score.headline).toEqual(headlineOf(local.candidates[0]!));
      // Scoring alone (a text from the cache) goes the same way.
      expect(
        await scoring.score(
          'endless.txt',
          { ...(next.extraction as ExtractedDocument), text: endless.toString() },
          [spec],
        ),
      ).toMatchObject({ ok: false, status: 'timeout' });
    } finally {
      delete process.env.SHORTLIST_TEST_FAULT;
      await scoring.close();
    }
  }, 30_000);
});
