import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defineLazy, derive, isLazy } from '../../src/lazy.js';
import type { Candidate, Ranking } from '../../src/model.js';
import { blindRanking } from '../../src/output/blind.js';
import { toResultsJson } from '../../src/output/json.js';
import { rankingRow } from '../../src/output/cells.js';
import { toRankingCsv } from '../../src/output/csv.js';
import { buildIndexView } from '../../src/output/html.js';
import { writeRankingXlsx } from '../../src/output/xlsx.js';
import { attachSpill, computedOnce, openSpill } from '../../src/pipeline/spill.js';
import {
  buildRanking,
  prepareRun,
  runScreening,
  scoreItem,
  screenFiles,
  type RunContext,
} from '../../src/pipeline/run.js';
import { NO_ASSESSMENT_CACHE } from '../../src/pipeline/cache.js';
import { discoverFiles } from '../../src/pipeline/discover.js';
import { makeRanking } from '../fixtures/ranking.js';
import { cvText, plainScreener, tmp } from './helpers.js';

/** A record as a reading worker sends it: the UTF-8 bytes of its JSON. */
const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

const SAMPLES = join(import.meta.dirname, '../../samples');

describe('the spill store', () => {
  it('gives each record back as written, a fresh copy every time, and leaves nothing on disk', () => {
    const dir = join(tmp('shortlist-spill-'), 'work');
    const store = openSpill(dir, { keepInMemory: 0 });
    const records = [
      { cv: { name: 'Zoë Łukasiewicz', text: 'ä'.repeat(5000) }, n: 1 },
      { cv: { name: '王小明', lines: [] }, n: 2 },
      { empty: {} },
    ];
    const refs = records.map((r) => store.put(r));
    expect(refs[1]).toMatchObject({ at: (refs[0] as { length: number }).length });
    // Records given as JSON, text or UTF-8 bytes (as a reading worker sends them), go in the same file.
    refs.push(store.putText(JSON.stringify(records[0])), store.putText(encode(records[1])));
    records.push(records[0]!, records[1]!);
    // Out of order, twice: each read is the record, never a shared object.
    for (const i of [2, 0, 4, 1, 0, 3]) expect(store.get(refs[i]!)).toEqual(records[i]);
    expect(store.get(refs[0]!)).not.toBe(store.get(refs[0]!));
    // Personal data: the file is deleted from the folder as soon as it is open, whatever comes next.
    expect(readdirSync(dir)).toEqual([]);
    store.close();
    store.close();
    expect(() => store.get(refs[0]!)).toThrow(/run is over/);
  });

  it('holds the first records in memory (the same object every read) and writes the rest to disk', () => {
    const store = openSpill(join(tmp('shortlist-spill-'), 'work'), { keepInMemory: 3 });
    const records = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }];
    const refs = [
      store.put(records[0]),
      store.put(records[1]),
      store.putText(encode(records[2])),
      store.putText(encode(records[3])),
      store.put(records[4]),
    ];
    expect(store.get(refs[0]!)).toBe(records[0]);
    expect(store.get(refs[1]!)).toBe(records[1]);
    expect(store.get(refs[3]!)).not.toBe(records[3]);
    expect(refs.map((ref) => store.get(ref))).toEqual(records);
    expect(refs.map((ref) => 'value' in ref)).toEqual([true, true, true, false, false]);
    store.close();
  });

  it('removes the spill of a run whose process is gone, and keeps one whose process is alive', () => {
    const dir = join(tmp('shortlist-spill-'), 'work');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(dir, `spill-${gone}-abc`), { recursive: true });
    writeFileSync(join(dir, `spill-${gone}-abc`, 'records'), 'personal data');
    mkdirSync(join(dir, `spill-${process.ppid}-def`));
    const store = openSpill(dir);
    const left = readdirSync(dir);
    expect(left).not.toContain(`spill-${gone}-abc`);
    expect(left).toContain(`spill-${process.ppid}-def`);
    store.close();
  });
});

describe('values worked out once per candidate', () => {
  it('are computed on the first read only, then read back from the spill (or kept, without one)', () => {
    const store = openSpill(join(tmp('shortlist-spill-'), 'work'), { keepInMemory: 0 });
    let computed = 0;
    const owners = Array.from({ length: 100 }, (_, i) => attachSpill({ i }, store));
    const values = owners.map((owner) => computedOnce(owner, () => ({ n: owner.i, at: ++computed })));
    // Two rounds over more values than the few kept in memory: the second round computes nothing.
    for (let round = 0; round < 2; round++) {
      values.forEach((value, i) => expect(value()).toEqual({ n: i, at: i + 1 }));
    }
    expect(computed).toBe(100);
    store.close();
    let inMemory = 0;
    const held = computedOnce({}, () => ({ at: ++inMemory }));
    expect(held()).toBe(held());
    expect(inMemory).toBe(1);
  });
});

describe('fields loaded on demand', () => {
  it('show as plain values to JSON, structured clone and Object.entries, and derive keeps them lazy', () => {
    let loads = 0;
    const base = defineLazy(
      { id: 'a', cv: null as unknown as { n: number } },
      {
        cv: () => ({ n: ++loads }),
      },
    );
    expect(isLazy(base, 'cv')).toBe(true);
    expect(JSON.parse(JSON.stringify(base))).toEqual({ id: 'a', cv: { n: 1 } });
    expect(structuredClone(base)).toEqual({ id: 'a', cv: { n: 1 } });
    expect(Object.entries(base)).toEqual([
      ['id', 'a'],
      ['cv', { n: 1 }],
    ]);
    expect(loads).toBe(1); // read again and again, loaded once while it is among the last read
    const copy = derive(base, { id: 'b', rank: 3 } as Partial<typeof base>);
    expect(isLazy(copy, 'cv')).toBe(true);
    expect(Object.keys(copy)).toEqual(Object.keys({ ...base, id: 'b', rank: 3 }));
    expect(copy.id).toBe('b');
    expect(base.id).toBe('a');
  });

  it('keep each object its own loaders when the getters are shared, through derive and a second defineLazy', () => {
    const hidden = Symbol('hidden');
    let loads = 0;
    const make = (n: number) =>
      Object.defineProperty(
        defineLazy(
          { id: `c${n}`, cv: 0, assessment: 0 },
          { cv: () => n * 10 + ++loads, assessment: () => -n },
        ),
        hidden,
        { value: n, enumerable: false, configurable: true },
      );
    const [one, two] = [make(1), make(2)];
    expect([one.cv, two.cv, one.assessment, two.assessment]).toEqual([11, 22, -1, -2]);
    // The same getter function serves both objects (one hidden class for all the candidates).
    expect(Object.getOwnPropertyDescriptor(one, 'cv')!.get).toBe(
      Object.getOwnPropertyDescriptor(two, 'cv')!.get,
    );
    const copy = derive(one, { id: 'c1-copy' });
    expect((copy as unknown as Record<symbol, number>)[hidden]).toBe(1);
    expect([copy.cv, copy.assessment]).toEqual([11, -1]); // the base's values, not loaded again
    expect(loads).toBe(2);
    const changed = defineLazy(derive(copy), { assessment: () => copy.assessment - 100 });
    expect([changed.cv, changed.assessment, copy.assessment, one.assessment]).toEqual([11, -101, -1, -1]);
    expect(Object.keys(changed)).toEqual(['id', 'cv', 'assessment']);
    expect(JSON.stringify(changed)).toBe('{"id":"c1-copy","cv":11,"assessment":-101}');
  });

  it('blind mode shows a lazily loaded ranking exactly as the same ranking held in memory', () => {
    const plain = makeRanking();
    plain.run.blind = true;
    let loads = 0;
    const lazy: Ranking = {
      ...plain,
      candidates: plain.candidates.map((c) => {
        const held = structuredClone({ cv: c.cv, assessment: c.assessment });
        const { cv: _cv, assessment: _assessment, ...rest } = c;
        const candidate = defineLazy({ ...rest, cv: held.cv, assessment: held.assessment } as Candidate, {
          cv: () => (loads++, structuredClone(held.cv)),
          assessment: () => (loads++, structuredClone(held.assessment)),
        });
        return candidate;
      }),
    };
    const blindPlain = blindRanking(plain);
    const blindLazy = blindRanking(lazy);
    expect(loads).toBe(0); // blinding itself loads nothing
    expect(blindLazy.candidates.every((c) => isLazy(c, 'cv') && isLazy(c, 'assessment'))).toBe(true);
    expect(JSON.stringify(blindLazy)).toBe(JSON.stringify(blindPlain));
    expect(JSON.stringify(blindLazy)).not.toContain('Priya');
  });
});

describe('a run with its scored CVs spilled to disk', () => {
  it('writes what the same CVs scored and held in memory give, and leaves no spill behind', async () => {
    const input = tmp('shortlist-spill-in-');
    cpSync(join(SAMPLES, 'applicants'), input, { recursive: true });
    writeFileSync(join(input, 'copy-of-one.txt'), cvText(1));
    writeFileSync(join(input, 'one.txt'), cvText(1)); // the same bytes twice: a duplicate
    const out = join(tmp(), 'out');
    const jd = join(SAMPLES, 'jobs/backend-developer.md');
    const options = { jd, profile: 'backend-developer', asOf: '2026-11-01' };
    const result = await runScreening({
      ...options,
      input,
      out,
      concurrency: 2,
      timeoutMs: 30_000,
      maxFileBytes: 20_000_000,
      cache: false,
      keepInMemory: 0,
    });
    const spilled = result.ranking!;
    expect(spilled.candidates.length).toBeGreaterThan(20);
    expect(spilled.candidates.every((c) => isLazy(c, 'cv') && isLazy(c, 'assessment'))).toBe(true);
    // --no-cache: no state folder, and so no spill, is left in the output folder.
    expect(existsSync(join(out, '.shortlist'))).toBe(false);

    // The same files read, scored and ranked in memory, as `watch` does.
    const ctx: RunContext = await prepareRun(options);
    const screener = plainScreener();
    const listing = await discoverFiles(input);
    const items = await screenFiles(listing.files, screener, 2, undefined, async (found) => {
      for (const item of found) await scoreItem(ctx, item, NO_ASSESSMENT_CACHE);
    });
    await screener.close();
    const held = buildRanking({ items, skipped: listing.skipped, ctx, startedAt: '', input, jd });
    expect(held.candidates.some((c) => isLazy(c, 'cv'))).toBe(false);
    const plain = (r: Ranking) => {
      const doc = toResultsJson(r) as { run: object; candidates: unknown[]; failures: unknown[] };
      return JSON.stringify({ candidates: doc.candidates, failures: doc.failures });
    };
    expect(plain(spilled)).toBe(plain(held));
    expect(plain(spilled)).toContain('Same file content as one.txt');

    // The index, then the CSV (from the rows the index worked out), as the ranking held in memory.
    const indexRows = (r: Ranking) => JSON.stringify(buildIndexView(r, '').candidates);
    expect(indexRows(spilled)).toBe(indexRows(held));
    expect(indexRows(spilled)).toContain('Same file content as one.txt');
    expect(toRankingCsv(spilled)).toBe(toRankingCsv(held));
    // The workbook too: the Requirements and Criteria sheets show a spilled candidate from the few
    // facts its survey wrote to the spill file (xlsx.ts sheetFacts), not from its assessment.
    const sheets = async (r: Ranking) => {
      const dir = tmp('shortlist-spill-xlsx-');
      await writeRankingXlsx(r, dir);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, 'ranking.xlsx'));
      // The Run sheet names the run's id and time, which differ.
      return workbook.worksheets
        .filter((sheet) => sheet.name !== 'Run')
        .map((sheet) => {
          const cells: string[] = [];
          sheet.eachRow((row) =>
            row.eachCell((cell) =>
              cells.push(`${cell.address} ${cell.text} ${JSON.stringify(cell.note ?? '')}`),
            ),
          );
          return { name: sheet.name, cells };
        });
    };
    const spilledSheets = await sheets(spilled);
    expect(spilledSheets).toEqual(await sheets(held));
    const requirements = spilledSheets.find((sheet) => sheet.name === 'Requirements')!;
    expect(requirements.cells.filter((cell) => /"Missing"|Met /.test(cell)).length).toBeGreaterThan(20);
    expect(requirements.cells.some((cell) => cell.includes('line '))).toBe(true);
    expect(spilledSheets.find((sheet) => sheet.name === 'Criteria')!.cells.length).toBeGreaterThan(100);
    // A spilled candidate's row, once known, is shown without loading the candidate again.
    const first = spilled.candidates[0]!;
    const row = rankingRow(first);
    Object.defineProperty(first, 'assessment', {
      get: () => {
        throw new Error('loaded again');
      },
    });
    expect(rankingRow(first)).toBe(row);
  });

  it('a cached run leaves its state but no spill folder', async () => {
    const input = tmp('shortlist-spill-in-');
    for (let i = 0; i < 3; i++) writeFileSync(join(input, `cv-${i}.txt`), cvText(i));
    const out = join(tmp(), 'out');
    await runScreening({ input, out, concurrency: 1, timeoutMs: 30_000, maxFileBytes: 1_000_000 });
    expect(readdirSync(join(out, '.shortlist')).sort()).toEqual(['cache', 'last-run.json']);
  });
});
