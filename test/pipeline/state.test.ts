import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanMemberName, expandArchive, type ArchiveLimits } from '../../src/pipeline/archive.js';
import { openExtractionCache } from '../../src/pipeline/cache.js';
import { Journal } from '../../src/pipeline/journal.js';
import type { Extraction } from '../../src/model.js';
import { makeDocx, makeZip } from '../fixtures/zip.js';

const LIMITS: ArchiveLimits = {
  maxArchiveBytes: 10 * 1024 * 1024,
  maxEntries: 50,
  maxTotalBytes: 5 * 1024 * 1024,
  maxRatio: 100,
  maxEntryBytes: 1024 * 1024,
};
const tmp = () => mkdtempSync(join(tmpdir(), 'shortlist-state-'));
const doc = (text: string): Extraction => ({
  ok: true,
  format: 'txt',
  text,
  pages: null,
  links: [],
  hasImages: false,
});

describe('archive', () => {
  it('cleans member names: no escapes, drive letters, control or bidi characters', () => {
    expect(cleanMemberName('../../etc/passwd')).toBe('etc/passwd');
    expect(cleanMemberName('C:\\Users\\x\\cv.pdf')).toBe('Users/x/cv.pdf');
    expect(cleanMemberName('/abs/./cv\u202Efdp.txt')).toBe('abs/cvfdp.txt');
    expect(cleanMemberName('a\u0000b\n.txt')).toBe('ab.txt');
  });

  it('lists members under the archive path and leaves out folders, resource forks and temporary files', () => {
    const zip = makeZip([
      { name: 'batch/', data: '' },
      { name: 'batch/ann.txt', data: 'Ann' },
      { name: '../evil.txt', data: 'Evil' },
      { name: '__MACOSX/batch/._ann.txt', data: 'fork' },
      { name: 'batch/~$lock.docx', data: 'lock' },
      { name: 'inner.zip', data: 'PK' },
    ]);
    const result = expandArchive(zip, 'in/x.zip', LIMITS);
    expect(result.kind).toBe('archive');
    if (result.kind !== 'archive') return;
    expect(result.members.map((m) => m.file)).toEqual([
      'in/x.zip/batch/ann.txt',
      'in/x.zip/evil.txt',
      'in/x.zip/inner.zip',
    ]);
    expect(result.members[0]!.bytes!.toString()).toBe('Ann');
    expect(result.members[2]!.failure?.status).toBe('unsupported');
  });

  it('refuses a zip bomb, too many entries, and reports an oversized member without inflating it', () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 0x41);
    const bomb = expandArchive(makeZip([{ name: 'a.txt', data: big }]), 'b.zip', LIMITS);
    expect(bomb.kind === 'failed' && bomb.failure.status).toBe('too-large');
    const many = makeZip(Array.from({ length: 60 }, (_v, i) => ({ name: `${i}.txt`, data: 'x' })));
    expect(expandArchive(many, 'm.zip', LIMITS).kind).toBe('failed');
    const large = expandArchive(
      makeZip([{ name: 'l.txt', data: Buffer.alloc(2 * 1024 * 1024, 0x41) }]),
      'l.zip',
      {
        ...LIMITS,
        maxRatio: 10_000,
      },
    );
    expect(large.kind === 'archive' && large.members[0]!.failure?.status).toBe('too-large');
  });

  it('a member that inflates past its declared size is a failure, not a bigger buffer', () => {
    const zip = makeZip([{ name: 'a.txt', data: 'hello world, hello world' }]);
    // Lie in the central directory: declare 5 bytes.
    const at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(5, at + 24);
    const result = expandArchive(zip, 'z.zip', LIMITS);
    expect(result.kind === 'archive' && result.members[0]!.failure?.status).toBe('malformed');
  });

  it('a damaged archive is one failure; a Word document named .zip is a document', () => {
    const bad = expandArchive(Buffer.from('PK\u0003\u0004 not really'), 'bad.zip', LIMITS);
    expect(bad.kind === 'failed' && bad.failure.status).toBe('malformed');
    expect(expandArchive(makeDocx(['Hello']), 'cv.zip', LIMITS).kind).toBe('document');
  });
});

describe('extraction cache', () => {
  it('keys by content hash and the format the name suggests; keeps failures but not timeouts', async () => {
    const dir = tmp();
    const cache = await openExtractionCache(dir);
    const sha = 'a'.repeat(64);
    await cache.put(sha, 'cv.txt', doc('hello'));
    expect(await cache.get(sha, 'other-name.txt')).toEqual(doc('hello'));
    expect(await cache.get(sha, 'cv.md')).toBeNull();
    await cache.put(sha, 'x.pdf', { ok: false, status: 'malformed', message: 'bad' });
    expect((await cache.get(sha, 'y.pdf'))?.ok).toBe(false);
    await cache.put(sha, 'x.docx', { ok: false, status: 'timeout', message: 'slow' });
    expect(await cache.get(sha, 'x.docx')).toBeNull();
    expect(await cache.get('../../etc', 'x.txt')).toBeNull();
  });

  it('treats a damaged entry as a miss', async () => {
    const dir = tmp();
    const cache = await openExtractionCache(dir);
    const sha = 'b'.repeat(64);
    await cache.put(sha, 'cv.txt', doc('hello'));
    const versionDir = readdirSync(join(dir, 'cache'))[0]!;
    const file = join(dir, 'cache', versionDir, 'bb', `${sha}.txt.json`);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 20));
    expect(await cache.get(sha, 'cv.txt')).toBeNull();
  });
});

describe('journal', () => {
  it('replays its lines, skips a torn last line, and rewrites itself compactly on open', async () => {
    const dir = tmp();
    const journal = await Journal.open(dir);
    await journal.set({ path: 'a.txt', size: 1, mtimeMs: 1, sha256: null, status: 'queued' });
    await journal.set({
      path: 'a.txt',
      size: 1,
      mtimeMs: 1,
      sha256: 'a'.repeat(64),
      status: 'done',
      items: [],
    });
    await journal.set({ path: 'b.txt', size: 2, mtimeMs: 2, sha256: null, status: 'extracting' });
    await journal.set({ path: 'c.txt', size: 3, mtimeMs: 3, sha256: null, status: 'done', items: [] });
    await journal.remove('c.txt');
    await journal.close();
    appendFileSync(join(dir, 'journal.jsonl'), '{"path":"d.txt","size":4,"mt'); // kill -9 mid-line
    const again = await Journal.open(dir);
    expect(again.get('a.txt')?.status).toBe('done');
    expect(again.get('b.txt')?.status).toBe('extracting');
    expect(again.get('c.txt')).toBeUndefined();
    expect(again.get('d.txt')).toBeUndefined();
    await again.close();
    const lines = readFileSync(join(dir, 'journal.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3); // header, a, b
  });

  it('starts afresh from a journal it does not know', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'journal.jsonl'), '{"journal":"something else"}\n{"path":"x","status":"done"}\n');
    const journal = await Journal.open(dir);
    expect(journal.size).toBe(0);
    await journal.close();
  });
});
