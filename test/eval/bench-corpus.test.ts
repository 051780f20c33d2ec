import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_DIR, buildCorpus, type Labels } from '../../scripts/make-bench-corpus.js';

const labels = JSON.parse(readFileSync(join(BENCH_DIR, 'labels.json'), 'utf8')) as Labels;
const cvFiles = readdirSync(join(BENCH_DIR, 'cvs')).sort();

describe('bench/rank labels', () => {
  it('label every CV file, and every label names a file', () => {
    expect(Object.keys(labels.cvs).sort()).toEqual(cvFiles);
    for (const job of Object.keys(labels.jobs))
      expect(Object.keys(labels.relevance[job]!).sort()).toEqual(cvFiles);
  });

  it('give each job a posting and only grades 0, 1 and 2', () => {
    expect(Object.keys(labels.relevance).sort()).toEqual(Object.keys(labels.jobs).sort());
    for (const [id, job] of Object.entries(labels.jobs)) {
      expect(readFileSync(join(BENCH_DIR, job.file), 'utf8')).toMatch(/## Requirements/);
      const grades = Object.values(labels.relevance[id]!);
      expect(new Set(grades).size).toBeLessThanOrEqual(3);
      for (const g of grades) expect([0, 1, 2]).toContain(g);
      // Enough of each grade for the measures to mean something.
      expect(grades.filter((g) => g === 2).length).toBeGreaterThanOrEqual(10);
      expect(grades.filter((g) => g === 1).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('grade same-profession CVs 2 for their job and keyword stuffers 0 for the job they stuff', () => {
    for (const [file, cv] of Object.entries(labels.cvs)) {
      if (cv.kind === 'same-profession') expect(labels.relevance[cv.profession]![file]).toBe(2);
      if (cv.kind === 'keyword-stuffer') {
        expect(cv.stuffs).toBeDefined();
        for (const job of Object.keys(labels.jobs)) expect(labels.relevance[job]![file]).toBe(0);
      }
    }
    expect(
      Object.values(labels.cvs).filter((c) => c.kind === 'keyword-stuffer').length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('are exactly what scripts/make-bench-corpus.ts writes (run it after changing the script)', async () => {
    const files = await buildCorpus();
    const onDisk = [
      ...cvFiles.map((f) => `cvs/${f}`),
      ...readdirSync(join(BENCH_DIR, 'jobs')).map((f) => `jobs/${f}`),
    ];
    expect([...files.keys()].filter((p) => p !== 'labels.json').sort()).toEqual(onDisk.sort());
    for (const [path, text] of files) expect(readFileSync(join(BENCH_DIR, path), 'utf8'), path).toBe(text);
  });
});
