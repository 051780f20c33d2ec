import { readFile, readdir, rm, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ranking } from '../../src/model.js';
import { loadTemplates, renderPages, writeCandidatePages, writeHtmlReports } from '../../src/output/html.js';
import { defaultTemplatesDir } from '../../src/output/index.js';
import { POOL_FROM, lendMainThread, renderInPool } from '../../src/output/render-pool.js';
import { makeLargeRanking } from '../fixtures/ranking.js';

/** The fixture's three candidates, copied until the ranking is large enough for the report pool. */
function bigRanking(blind: boolean): Ranking {
  return makeLargeRanking(POOL_FROM + 17, { blind });
}

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const sub of ['', 'candidates', 'feedback']) {
    for (const name of await readdir(join(dir, sub)).catch(() => [] as string[])) {
      if (name.endsWith('.html')) files.set(join(sub, name), await readFile(join(dir, sub, name), 'utf8'));
    }
  }
  return files;
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('reports of a large ranking, written by the report pool', () => {
  for (const blind of [false, true]) {
    it(`are the same pages the main thread renders${blind ? ' (blind mode)' : ''}`, async () => {
      const ranking = bigRanking(blind);
      const [pooled, direct] = [
        await mkdtemp(join(tmpdir(), 'sl-pool-')),
        await mkdtemp(join(tmpdir(), 'sl-direct-')),
      ];
      dirs.push(pooled, direct);
      const stats = { unchanged: 0 };
      const told: [number, number][] = [];
      const written = await writeHtmlReports(ranking, pooled, defaultTemplatesDir(), stats, (done, total) =>
        told.push([done, total]),
      );
      expect(written).toHaveLength(1 + 2 * ranking.candidates.length);
      expect(stats.unchanged).toBe(0);
      // Told as slices finish, in order, up to every candidate.
      const n = ranking.candidates.length;
      expect(told.length).toBeGreaterThan(1);
      expect(told.every(([, total]) => total === n)).toBe(true);
      expect(told.map(([done]) => done)).toEqual([...told.map(([done]) => done)].sort((a, b) => a - b));
      expect(told.at(-1)).toEqual([n, n]);

      const templates = await loadTemplates(defaultTemplatesDir());
      for (const page of renderPages(ranking, templates, { outDir: direct })) {
        await mkdir(dirname(join(direct, page.path)), { recursive: true });
        await writeFile(join(direct, page.path), page.html);
      }
      const [a, b] = [await filesUnder(pooled), await filesUnder(direct)];
      expect(a.size).toBe(1 + 2 * ranking.candidates.length);
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
      // The pages link to the CV files relative to their own folder, which differs between the two.
      const same = (html: string, dir: string) => html.replaceAll(dir, '<out>');
      for (const [path, html] of a) expect(same(html, pooled), path).toBe(same(b.get(path)!, direct));
      if (blind) expect(a.get('candidates/c-0000000000.html')).not.toContain('Priya Natarajan');

      // Written again with nothing changed: every page is left as it was.
      const again = { unchanged: 0 };
      await writeHtmlReports(ranking, pooled, defaultTemplatesDir(), again);
      expect(again.unchanged).toBe(1 + 2 * ranking.candidates.length);
    }, 60_000);
  }
});

/** What renderInPool needs for a ranking shown as it is (not blind), written to `out`. */
function poolTask(ranking: Ranking, out: string) {
  const pairs = ranking.candidates.map((c) => ({ shown: c, original: null }));
  const base = {
    templatesDir: defaultTemplatesDir(),
    outDir: out,
    shownRun: ranking.run,
    run: ranking.run,
    of: pairs.length,
  };
  return { base, pairs };
}

describe('the main thread lending a hand to the report pool', () => {
  it('renders slices beside the workers; every page is written once, listed in the ranking order', async () => {
    const ranking = bigRanking(false);
    const out = await mkdtemp(join(tmpdir(), 'sl-lend-'));
    dirs.push(out);
    const templates = await loadTemplates(defaultTemplatesDir());
    const { base, pairs } = poolTask(ranking, out);
    let here = 0;
    const pages = renderInPool(base, pairs, 2, (slice) => {
      here += slice.length;
      return writeCandidatePages(ranking, ranking, slice, templates, out);
    });
    await lendMainThread();
    const result = await pages;
    // The workers take a while to start: the main thread has had slices of its own.
    expect(here).toBeGreaterThan(0);
    expect(result.written).toEqual(
      ranking.candidates.flatMap((c) => [join(out, c.reports.recruiter), join(out, c.reports.feedback)]),
    );
    const files = await filesUnder(out);
    expect(files.size).toBe(2 * pairs.length);
    for (const page of renderPages(ranking, templates, { outDir: out })) {
      if (page.path === 'index.html') continue;
      expect(files.get(page.path), page.path).toBe(page.html);
    }
  }, 60_000);

  it('has nothing to do when no pool is at work', async () => {
    await expect(lendMainThread()).resolves.toBeUndefined();
  });
});

describe('a report the main thread cannot render', () => {
  it('stops the pool starting further slices, and the pool gives the error, not a shorter list', async () => {
    const ranking = makeLargeRanking(POOL_FROM * 2);
    const out = await mkdtemp(join(tmpdir(), 'sl-lend-fail-'));
    dirs.push(out);
    const { base, pairs } = poolTask(ranking, out);
    const pages = renderInPool(base, pairs, 2, () => {
      throw new Error('cannot render here');
    });
    pages.catch(() => undefined);
    await expect(lendMainThread()).rejects.toThrow('cannot render here');
    await expect(pages).rejects.toThrow('cannot render here');
    // Only the slices the two workers had already started (40 candidates each, two pages a candidate)
    // were written; the rest were never started.
    const written = (await filesUnder(out)).size;
    expect(written).toBeLessThanOrEqual(2 * 40 * 2);
  }, 60_000);
});
