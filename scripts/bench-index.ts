/// <reference lib="dom" />
// How quickly a browser works the ranking page (index.html) of a large run.
//
//   npm run bench:index -- [N] [--rounds <r>] [--keep]
//
// Writes index.html for N candidates (10,000 by default; the test fixture's candidates, repeated
// with their own ranks and files) with the templates in reports/, opens it from disk in headless
// Chromium (/usr/bin/chromium, as the browser tests do) and times, each until the next frame is
// drawn: opening the page, sorting by score with the first page of rows shown, "Show all", then
// sorting by score, by name and by rank with every row shown, and filtering by a word. Prints each
// round and the medians. Nothing is timed in a test: the browser tests check that the page stays
// correct (rows line up under their headers, sorting and the filter reach every row).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildIndexView, loadTemplates } from '../src/output/html.js';
import { defaultTemplatesDir } from '../src/output/index.js';
import { makeLargeRanking } from '../test/fixtures/ranking.js';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../test/fixtures/chromium.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number above 0`);
  return value;
}

const positional = process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && all[i - 1] !== '--rounds');
const n = positional === undefined ? 10_000 : Number(positional);
const rounds = option('--rounds', 3);
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) and run this again.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'shortlist-bench-index-'));
const index = join(dir, 'index.html');
const templates = await loadTemplates(defaultTemplatesDir());
const html = templates.index(buildIndexView(makeLargeRanking(n), templates.css));
writeFileSync(index, html);

/** Runs a step in the page and waits until the frame after it is drawn; its time in ms. */
async function timed(page: Page, step: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await step();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  return performance.now() - start;
}

const click = (page: Page, selector: string) => () =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
const header = (column: number) => `#ranking thead th:nth-child(${column}) button`;

const STEPS: [string, (page: Page) => () => Promise<unknown>][] = [
  ['sort by score, first page shown', (page) => click(page, header(3))],
  ['show all', (page) => click(page, '#show-all')],
  ['sort by score, all shown', (page) => click(page, header(3))],
  ['sort by name, all shown', (page) => click(page, header(2))],
  ['sort by rank, all shown', (page) => click(page, header(1))],
  [
    'filter by a word',
    (page) => () =>
      page.evaluate(() => {
        const box = document.getElementById('filter-text') as HTMLInputElement;
        box.value = 'kafka';
        box.dispatchEvent(new Event('input'));
      }),
  ],
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const times: number[][] = [];
try {
  console.log(`index.html of ${n} candidates: ${(html.length / 1e6).toFixed(1)} MB, ${rounds} rounds`);
  for (let r = 0; r < rounds; r++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const row = [await timed(page, () => page.goto(pathToFileURL(index).href, { waitUntil: 'load' }))];
    for (const [, step] of STEPS) row.push(await timed(page, step(page)));
    const shown = await page.locator('#ranking tbody tr:not([hidden])').count();
    if (shown === 0) throw new Error('the filter left no row: the page did not work');
    times.push(row);
    console.log(`round ${r + 1}: ${row.map((t) => Math.round(t)).join(' / ')} ms`);
    await page.close();
  }
} finally {
  await browser.close();
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${index}`);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
for (const [i, label] of ['open the page', ...STEPS.map(([l]) => l)].entries()) {
  console.log(`${label.padEnd(34)} ${String(Math.round(median(times.map((t) => t[i]!)))).padStart(6)} ms`);
}
