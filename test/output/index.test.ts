import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS, defaultTemplatesDir, writeOutputs, writers } from '../../src/output/index.js';
import { POOL_FROM } from '../../src/output/render-pool.js';
import { makeLargeRanking, makeRanking } from '../fixtures/ranking.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'shortlist-out-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('writeOutputs', () => {
  it('finds the repo templates', () => {
    expect(existsSync(join(defaultTemplatesDir(), 'index.hbs'))).toBe(true);
    expect(existsSync(join(defaultTemplatesDir(), 'style.css'))).toBe(true);
  });

  it('writes every output and returns the paths, json first', async () => {
    const outDir = await tempDir();
    const paths = await writeOutputs(makeRanking(), { outDir, templatesDir: defaultTemplatesDir() });
    expect(
      paths.map((p) =>
        p
          .slice(outDir.length + 1)
          .split('\\')
          .join('/'),
      ),
    ).toEqual([
      'results.json',
      'ranking.xlsx',
      'ranking.csv',
      'index.html',
      'candidates/c-1a2b3c4d5e.html',
      'feedback/c-1a2b3c4d5e.html',
      'candidates/c-6f7a8b9c0d.html',
      'feedback/c-6f7a8b9c0d.html',
      'candidates/c-e1e2e3e4e5.html',
      'feedback/c-e1e2e3e4e5.html',
    ]);
    for (const path of paths) expect(existsSync(path), path).toBe(true);
    // Atomic writes leave no temporary files behind.
    const names = [
      ...(await readdir(outDir)),
      ...(await readdir(join(outDir, 'candidates'))),
      ...(await readdir(join(outDir, 'feedback'))),
    ];
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(Object.keys(writers)).toEqual([...OUTPUT_FORMATS]);
  });

  it('writes only the formats asked for', async () => {
    const outDir = await tempDir();
    const paths = await writeOutputs(makeRanking(), {
      outDir,
      templatesDir: defaultTemplatesDir(),
      formats: ['csv'],
    });
    expect(paths).toEqual([join(outDir, 'ranking.csv')]);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('gives the same bytes for the same ranking (apart from the xlsx zip)', async () => {
    const a = await tempDir();
    const b = await tempDir();
    const options = { templatesDir: defaultTemplatesDir(), formats: ['csv', 'html'] as const };
    await writeOutputs(makeRanking(), { ...options, formats: [...options.formats], outDir: a });
    await writeOutputs(makeRanking(), { ...options, formats: [...options.formats], outDir: b });
    for (const file of [
      'ranking.csv',
      'index.html',
      'candidates/c-6f7a8b9c0d.html',
      'feedback/c-6f7a8b9c0d.html',
    ]) {
      expect(await readFile(join(a, file), 'utf8'), file).toBe(await readFile(join(b, file), 'utf8'));
    }
  });

  it('rewrites no report or CSV that would get the same bytes, and still lists them', async () => {
    const outDir = await tempDir();
    const first = await writeOutputs(makeRanking(), { outDir, templatesDir: defaultTemplatesDir() });
    const pages = first.filter((p) => p.endsWith('.html') || p.endsWith('.csv'));
    expect(pages).toHaveLength(8);
    const before = new Map(
      await Promise.all(pages.map(async (p) => [p, (await stat(p, { bigint: true })).mtimeNs] as const)),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const ranking = makeRanking();
    ranking.candidates[1]!.assessment.flags.push({ id: 'new', message: 'A flag added since' });
    const stats = { unchanged: 0 };
    const second = await writeOutputs(ranking, { outDir, templatesDir: defaultTemplatesDir(), stats });
    expect(second).toEqual(first);
    const rewritten: string[] = [];
    for (const p of pages) {
      if ((await stat(p, { bigint: true })).mtimeNs !== before.get(p))
        rewritten.push(p.slice(outDir.length + 1));
    }
    // The flag shows in the CSV, the index and that candidate's recruiter report; the rest stay.
    expect(rewritten.map((p) => p.split('\\').join('/')).sort()).toEqual([
      'candidates/c-6f7a8b9c0d.html',
      'index.html',
      'ranking.csv',
    ]);
    expect(stats.unchanged).toBe(5);
    expect(await readFile(join(outDir, 'candidates/c-6f7a8b9c0d.html'), 'utf8')).toContain(
      'A flag added since',
    );
  });

  it('writes every output for a run with no candidates and no failures', async () => {
    const outDir = await tempDir();
    const ranking = makeRanking();
    ranking.candidates = [];
    ranking.failures = [];
    await writeOutputs(ranking, { outDir, templatesDir: defaultTemplatesDir() });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(outDir, 'ranking.xlsx'));
    expect(book.worksheets.map((w) => [w.name, w.rowCount])).toEqual([
      ['Ranking', 1],
      ['Requirements', 1],
      ['Criteria', 1],
      ['Failures', 1],
      ['Run', 16 + Object.keys(ranking.run.weights).length],
    ]);
    expect(JSON.parse(await readFile(join(outDir, 'results.json'), 'utf8'))).toMatchObject({
      candidates: [],
      failures: [],
    });
  });

  it('refuses a report path that would leave the output folder', async () => {
    const outDir = await tempDir();
    const ranking = makeRanking();
    ranking.candidates[0]!.reports.recruiter = '../escaped.html';
    await expect(
      writeOutputs(ranking, { outDir, templatesDir: defaultTemplatesDir(), formats: ['html'] }),
    ).rejects.toThrow(/Refusing report path/);
    expect(existsSync(join(outDir, '..', 'escaped.html'))).toBe(false);
  });
});

describe('custom templates (--templates)', () => {
  async function customTemplates(): Promise<string> {
    const dir = await tempDir();
    await cp(defaultTemplatesDir(), dir, { recursive: true });
    return dir;
  }

  it('uses the given folder, its partials and its stylesheet, and keeps the stylesheet inside <style>', async () => {
    const templatesDir = await customTemplates();
    await writeFile(
      join(templatesDir, 'style.css'),
      'body { color: #123456 }\n</style><script>alert(1)</script>\n',
    );
    await writeFile(
      join(templatesDir, 'partials', 'evidence.hbs'),
      '<span class="custom-evidence">{{evidence.length}}</span>',
    );
    const outDir = await tempDir();
    await writeOutputs(makeRanking(), { outDir, templatesDir, formats: ['html'] });
    const report = await readFile(join(outDir, 'candidates/c-1a2b3c4d5e.html'), 'utf8');
    expect(report).toContain('body { color: #123456 }');
    expect(report).toContain('<\\/style><script>alert(1)</script>');
    expect(report.match(/<\/style>/g)).toHaveLength(1);
    expect(report).toContain('<span class="custom-evidence">1</span>');
  });

  it('fails loudly on a name the view model does not have', async () => {
    const templatesDir = await customTemplates();
    await writeFile(join(templatesDir, 'feedback.hbs'), '<p>{{candidate.score}}</p>');
    const outDir = await tempDir();
    await expect(writeOutputs(makeRanking(), { outDir, templatesDir, formats: ['html'] })).rejects.toThrow(
      /^Template feedback\.hbs: .*not defined/,
    );
  });
});

describe('results.json after the reports', () => {
  /** The fixture's candidates, copied until the ranking is large enough for the report pool. */
  const bigRanking = () => makeLargeRanking(POOL_FROM + 5);

  it('is put in place once every report it names is written, and listed after them', async () => {
    const outDir = await tempDir();
    const ranking = bigRanking();
    const paths = await writeOutputs(ranking, {
      outDir,
      templatesDir: defaultTemplatesDir(),
      formats: ['html', 'json'],
    });
    expect(paths).toHaveLength(1 + 2 * ranking.candidates.length + 1);
    expect(paths.at(-1)).toBe(join(outDir, 'results.json'));
    const doc = JSON.parse(await readFile(join(outDir, 'results.json'), 'utf8')) as {
      candidates: { id: string }[];
    };
    expect(doc.candidates.map((c) => c.id)).toEqual(ranking.candidates.map((c) => c.id));
    for (const path of paths) expect(existsSync(path), path).toBe(true);
    expect((await readdir(outDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('is not put in place, and leaves no temporary file, when a report cannot be written', async () => {
    const outDir = await tempDir();
    const templatesDir = await tempDir();
    await cp(defaultTemplatesDir(), templatesDir, { recursive: true });
    // A template that fails when run (a helper nobody registered), not when compiled.
    await writeFile(join(templatesDir, 'feedback.hbs'), '{{nosuchhelper candidate.name}}');
    await expect(
      writeOutputs(bigRanking(), { outDir, templatesDir, formats: ['html', 'json'] }),
    ).rejects.toThrow(/feedback\.hbs/);
    expect(existsSync(join(outDir, 'results.json'))).toBe(false);
    expect((await readdir(outDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
