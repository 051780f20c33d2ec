import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS, defaultTemplatesDir, writeOutputs, writers } from '../../src/output/index.js';
import { makeRanking } from '../fixtures/ranking.js';

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
