import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, type DiscoveredFile } from '../../src/pipeline/discover.js';
import { screenFiles } from '../../src/pipeline/run.js';
import type { Screener } from '../../src/pipeline/screen.js';
import { cvText, plainScreener, tmp } from './helpers.js';

// How a run hands a folder's files to the reading workers: a few at a time, each file once, the
// items in the files' order, whatever order the workers finish them in.
describe('screenFiles', () => {
  const input = join(tmp('shortlist-screen-files-'), 'in');
  let files: DiscoveredFile[];
  let screener: Screener;

  beforeAll(async () => {
    mkdirSync(input);
    for (let i = 0; i < 60; i++)
      writeFileSync(join(input, `cv-${String(i).padStart(2, '0')}.txt`), cvText(i));
    files = (await discoverFiles(input)).files;
    screener = plainScreener();
  });
  afterAll(() => screener.close());

  /** The screener, counting the files it was handed and has not finished yet. */
  function counted(): { screener: Screener; started: string[]; mostAtOnce: () => number } {
    const started: string[] = [];
    let open = 0;
    let most = 0;
    return {
      started,
      mostAtOnce: () => most,
      screener: {
        ...screener,
        screenFile: async (file, bytes) => {
          started.push(file.relativePath);
          most = Math.max(most, ++open);
          // Later files finish first now and then, so that the order of the items is put back.
          if (started.length % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 30));
          try {
            return await screener.screenFile(file, bytes);
          } finally {
            open--;
          }
        },
      },
    };
  }

  it('keeps at most twice the workers in hand, reads each file once, and keeps the files’ order', async () => {
    const { screener: watched, started, mostAtOnce } = counted();
    const progress: number[] = [];
    const handed: string[] = [];
    const items = await screenFiles(
      files,
      watched,
      2,
      (p) => progress.push(p.done),
      async (found) => {
        handed.push(...found.map((i) => i.file));
      },
    );
    expect(files).toHaveLength(60);
    expect(mostAtOnce()).toBe(4);
    expect([...started].sort()).toEqual(files.map((f) => f.relativePath).sort());
    expect(items.map((i) => i.file)).toEqual(files.map((f) => f.relativePath));
    expect(items.every((i) => i.extraction.ok)).toBe(true);
    // Every file's items went to onItems once, and the progress counted each file once.
    expect([...handed].sort()).toEqual(items.map((i) => i.file).sort());
    expect(progress).toEqual(files.map((_, i) => i + 1));
  });

  it('stops handing out files after one throws, and gives that error once the files in hand are done', async () => {
    const { screener: watched, started } = counted();
    const failing: Screener = {
      ...watched,
      screenFile: async (file, bytes) => {
        if (file.relativePath === 'cv-10.txt') {
          started.push(file.relativePath);
          throw new Error('disk gone');
        }
        return watched.screenFile(file, bytes);
      },
    };
    let finished = 0;
    const finishing: Screener = {
      ...failing,
      screenFile: async (file, bytes) => {
        const result = await failing.screenFile(file, bytes);
        finished++;
        return result;
      },
    };
    await expect(screenFiles(files, finishing, 2)).rejects.toThrow('disk gone');
    // The three other runners finish the file in hand, and take no other: when the error comes, every
    // file handed out but the failing one is finished.
    expect(started.length).toBeLessThanOrEqual(11 + 3);
    expect(finished).toBe(started.length - 1);
  });
});
