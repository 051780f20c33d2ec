/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (DOM types for the code that runs inside the page.)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndexView, INDEX_PAGE_SIZE, loadTemplates } from '../../src/output/html.js';
import { defaultTemplatesDir } from '../../src/output/index.js';
import { makeLargeRanking } from '../fixtures/ranking.js';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../fixtures/chromium.js';

// The reports in a real browser: headless Chromium opens the pages a run of the built CLI writes
// (a few sample CVs, with and without --blind) straight from disk, and we check what a reader
// meets: no console error, no request leaving file://, a ranking that sorts and filters, text with
// enough contrast, a print layout. With SHORTLIST_SCREENSHOTS=<dir>, screenshots are saved there.

const CLI = join(import.meta.dirname, '../../dist/cli.js');
const SAMPLES = join(import.meta.dirname, '../../samples');
const FILES = [
  'Amara_Okafor_CV.pdf',
  'aisha-khan-cv.md',
  'Kevin_Brooks_Resume_FINAL_v3.pdf',
  'resume_bob_turner.txt',
  'CV_Mohammed_Al-Farsi.docx',
  'Emily_Clarke_CV.pdf', // password-protected: a failure row
];
const SCREENSHOTS = process.env.SHORTLIST_SCREENSHOTS;

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `browser tests skipped: no Chromium at ${CHROMIUM} (.ci/run installs it; apt-get install chromium)`,
  );
}

const run = promisify(execFile);

interface Visit {
  page: Page;
  /** Console errors, uncaught exceptions and failed loads. */
  errors: string[];
  /** Every request whose URL is not file://. */
  network: string[];
}

describe.skipIf(!hasChromium)('reports in headless Chromium', () => {
  let input: string;
  let out: string;
  let blindOut: string;
  let browser: Browser;
  let names: string[];

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test builds first)`);
    input = await mkdtemp(join(tmpdir(), 'shortlist-browser-in-'));
    out = await mkdtemp(join(tmpdir(), 'shortlist-browser-out-'));
    blindOut = await mkdtemp(join(tmpdir(), 'shortlist-browser-blind-'));
    for (const f of FILES) await copyFile(join(SAMPLES, 'applicants', f), join(input, f));
    const args = [
      CLI,
      'run',
      input,
      '--jd',
      join(SAMPLES, 'jobs/backend-developer.md'),
      '--profile',
      'backend-developer',
      '--as-of',
      '2026-06-30',
      '--no-cache',
    ];
    await run(process.execPath, [...args, '--out', out]);
    await run(process.execPath, [...args, '--blind', '--out', blindOut]);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as {
      candidates: { contact: { name: string | null } }[];
    };
    names = results.candidates.map((c) => c.contact.name ?? '');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([input, out, blindOut].map((d) => d && rm(d, { recursive: true, force: true })));
  });

  async function visit(path: string, options: { width?: number } = {}): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
    const errors: string[] = [];
    const network: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) network.push(r.url());
    });
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    return { page, errors, network };
  }

  async function shot(page: Page, name: string): Promise<void> {
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  async function allPages(dir: string): Promise<string[]> {
    const sub = async (folder: string): Promise<string[]> =>
      (await readdir(join(dir, folder))).filter((f) => f.endsWith('.html')).map((f) => join(dir, folder, f));
    return [join(dir, 'index.html'), ...(await sub('candidates')), ...(await sub('feedback'))];
  }

  it('opens every page with no console error and no request beyond file://', async () => {
    const pages = [...(await allPages(out)), ...(await allPages(blindOut))];
    expect(pages.length).toBe(2 * (1 + 2 * 5));
    for (const path of pages) {
      const { page, errors, network } = await visit(path);
      expect(errors, path).toEqual([]);
      expect(network, path).toEqual([]);
      expect(await page.locator('h1').count(), path).toBe(1);
      await page.close();
    }
  }, 120_000);

  it('sorts the ranking when a header is clicked', async () => {
    const { page } = await visit(join(out, 'index.html'));
    const column = async (index: number): Promise<string[]> =>
      page.$$eval(
        '#ranking tbody tr',
        (rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]!.getAttribute('data-sort') ?? ''),
        index,
      );
    const numbers = async (index: number): Promise<number[]> => (await column(index)).map(Number);
    const sorted = (values: number[], direction: 1 | -1): number[] =>
      [...values].sort((a, b) => direction * (a - b));

    const ranks = await numbers(0);
    expect(ranks).toEqual(sorted(ranks, 1));
    const score = page.getByRole('button', { name: 'Score' });
    await score.click(); // first click: highest first
    expect(await numbers(2)).toEqual(sorted(await numbers(2), -1));
    expect(await page.locator('th:has(button:text-is("Score"))').getAttribute('aria-sort')).toBe(
      'descending',
    );
    await score.click();
    expect(await numbers(2)).toEqual(sorted(await numbers(2), 1));
    expect(await numbers(0)).not.toEqual(ranks);
    await page.getByRole('button', { name: 'Name' }).click();
    const byName = (await column(1)).map((n) => n.toLocaleLowerCase());
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    // Back to rank order: a header not currently sorted sorts its first way (rank: ascending).
    await page.getByRole('button', { name: 'Rank' }).click();
    expect(await numbers(0)).toEqual(ranks);
    expect(await page.locator('th:has(button:text-is("Rank"))').getAttribute('aria-sort')).toBe('ascending');
    await shot(page, 'index-sorted');
    await page.close();
  });

  it('shows a large ranking a page at a time, and sorts and filters every row', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shortlist-browser-large-'));
    try {
      const templates = await loadTemplates(defaultTemplatesDir());
      const index = join(dir, 'index.html');
      await writeFile(index, templates.index(buildIndexView(makeLargeRanking(1_200), templates.css)));
      const { page, errors } = await visit(index);
      const rows = page.locator('#ranking tbody tr');
      const shown = (): Promise<number> => page.locator('#ranking tbody tr:visible').count();
      const ranks = (): Promise<number[]> =>
        page.$$eval('#ranking tbody tr:not([hidden])', (trs) =>
          trs.map((tr) => Number((tr as HTMLTableRowElement).cells[0]!.textContent)),
        );
      const striped = (): Promise<boolean> =>
        page.$$eval('#ranking tbody tr:not([hidden])', (trs) =>
          trs.every((tr, i) => tr.classList.contains('alt') === (i % 2 === 1)),
        );
      const count = () => page.locator('#visible-count').textContent();
      expect(await rows.count()).toBe(1_200);
      expect(await shown()).toBe(INDEX_PAGE_SIZE);
      expect(await count()).toBe(`1200 candidates, the first ${INDEX_PAGE_SIZE} shown`);
      expect(await page.locator('#show-more').textContent()).toBe(`Show ${INDEX_PAGE_SIZE} more`);
      // Sorting reaches the rows not shown: rank, reversed, starts from the last candidate.
      await page.locator('th button:text-is("Rank")').click();
      expect((await ranks()).slice(0, 3)).toEqual([1200, 1199, 1198]);
      expect(await shown()).toBe(INDEX_PAGE_SIZE);
      expect(await striped()).toBe(true);
      await page.locator('#show-more').click();
      expect(await shown()).toBe(2 * INDEX_PAGE_SIZE);
      expect(await page.locator('#show-more').textContent()).toBe(`Show ${1_200 - 2 * INDEX_PAGE_SIZE} more`);
      await page.locator('#show-all').click();
      expect(await shown()).toBe(1_200);
      expect(await page.locator('#more').isVisible()).toBe(false);
      expect(await count()).toBe('1200 candidates');
      // Every row is a box of its own whose cells line up under the headers, and the browser may
      // skip laying out the rows off screen: what keeps "Show all" and sorting quick at 10,000 rows
      // (npm run bench:index). To screen readers it is still a table.
      expect(await page.$eval('#ranking tbody tr', (tr) => getComputedStyle(tr).contentVisibility)).toBe(
        'auto',
      );
      expect(await misaligned(page, '#ranking tbody tr:nth-child(1)')).toEqual([]);
      await page.locator('#ranking tbody tr:nth-child(1150)').scrollIntoViewIfNeeded();
      expect(await misaligned(page, '#ranking tbody tr:nth-child(1150)')).toEqual([]);
      const tree = await page.locator('#ranking').ariaSnapshot();
      expect(tree).toMatch(/^- table "Candidates":/);
      for (const role of ['rowgroup', 'row', 'columnheader "Score', 'rowheader', 'cell "1150"']) {
        expect(tree).toContain(`- ${role}`);
      }
      await page.locator('th button:text-is("Rank")').click();
      expect(await ranks()).toEqual(Array.from({ length: 1_200 }, (_, i) => i + 1));
      expect(await striped()).toBe(true);
      // So does the filter: a file far past the first page is found, and the page starts again.
      await page.locator('#filter-text').fill('batch/1150-');
      expect(await ranks()).toEqual([1151]);
      expect(await count()).toBe('1 of 1200 candidates');
      await page.locator('#filter-text').fill('');
      expect(await shown()).toBe(INDEX_PAGE_SIZE);
      // A printout of part of the ranking says so; the filters are not printed.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#print-note').textContent()).toBe(
        `This printout shows ${INDEX_PAGE_SIZE} of the 1200 candidates.`,
      );
      expect(await page.locator('#print-note').isVisible()).toBe(true);
      // Printed, it is a table again, whose header repeats on each page.
      expect(await page.$eval('#ranking', (el) => getComputedStyle(el).display)).toBe('table');
      expect(await page.$eval('#ranking tbody tr', (el) => getComputedStyle(el).display)).toBe('table-row');
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('#print-note').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await shot(page, 'index-large');
      await page.close();
      // Without scripts, every row shows.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      await plain.goto(pathToFileURL(index).href);
      expect(await plain.locator('#ranking tbody tr:visible').count()).toBe(1_200);
      expect(await plain.locator('#more').isVisible()).toBe(false);
      await plain.locator('#ranking tbody tr:nth-child(1150)').scrollIntoViewIfNeeded();
      expect(await misaligned(plain, '#ranking tbody tr:nth-child(1150)')).toEqual([]);
      await context.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('filters the ranking as you type, and by tier', async () => {
    const { page } = await visit(join(out, 'index.html'));
    const visible = (): Promise<number> => page.locator('#ranking tbody tr:visible').count();
    const total = await visible();
    expect(total).toBe(names.length);
    const name = names.find((n) => n !== '')!;
    await page.locator('#filter-text').pressSequentially(name.split(' ')[0]!.toLocaleLowerCase());
    expect(await visible()).toBe(1);
    expect(await page.locator('#visible-count').textContent()).toBe(`1 of ${total} candidates`);
    await page.locator('#filter-text').fill('');
    expect(await visible()).toBe(total);
    await page.locator('#filter-text').pressSequentially('zzzz-no-such-text');
    expect(await visible()).toBe(0);
    await page.locator('#filter-text').fill('');
    const tiers = await page.$$eval('#ranking tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-tier')),
    );
    await page.locator('#filter-tier').selectOption('reject');
    expect(await visible()).toBe(tiers.filter((t) => t === 'reject').length);
    await shot(page, 'index-filtered-reject');
    await page.close();
  });

  it('draws the experience timeline and keeps its text readable', async () => {
    const reports = (await allPages(out)).filter((p) => p.includes('/candidates/'));
    let drawn = 0;
    for (const path of reports) {
      const { page } = await visit(path);
      const svg = page.locator('figure.timeline svg');
      if ((await svg.count()) === 1) {
        drawn++;
        const box = await svg.boundingBox();
        expect(box!.width, path).toBeGreaterThan(600);
        expect(await page.locator('figure.timeline .tl-role').count(), path).toBeGreaterThan(0);
        // Role labels stay inside the drawing.
        const outside = await page.$$eval('figure.timeline svg', ([el]) => {
          const frame = el!.getBoundingClientRect();
          return [...el!.querySelectorAll('text')]
            .map((t) => t.getBoundingClientRect())
            .filter((r) => r.left < frame.left - 1 || r.right > frame.right + 1).length;
        });
        expect(outside, path).toBe(0);
      }
      await page.close();
    }
    expect(drawn).toBeGreaterThanOrEqual(4);
  });

  it('has enough contrast for every piece of text (WCAG AA)', async () => {
    // The check itself catches grey on white (2.3:1) and lets black through.
    const probe = await browser.newPage();
    await probe.setContent('<p style="color:#aaa">light grey</p><p>black</p>');
    expect(await lowContrast(probe)).toEqual([expect.stringMatching(/^2\.3\d light grey$/)]);
    await probe.close();
    const pages = [
      join(out, 'index.html'),
      ...(await allPages(out)).filter((p) => p.includes('/candidates/')).slice(0, 2),
      ...(await allPages(out)).filter((p) => p.includes('/feedback/')).slice(0, 2),
      join(blindOut, 'index.html'),
    ];
    for (const path of pages) {
      const { page } = await visit(path);
      expect(await lowContrast(page), path).toEqual([]);
      await page.close();
    }
  });

  it('prints without the controls, with tables that keep their header', async () => {
    const { page } = await visit(join(out, 'index.html'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters').isVisible()).toBe(false);
    // The whole ranking is shown: no note that the printout is partial.
    expect(await page.locator('#print-note').isVisible()).toBe(false);
    expect(await page.$eval('#ranking thead', (el) => getComputedStyle(el).display)).toBe(
      'table-header-group',
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
    const report = (await allPages(out)).find((p) => p.includes('/candidates/'))!;
    const candidate = await visit(report);
    await candidate.page.emulateMedia({ media: 'print' });
    expect(await candidate.page.locator('.back').isVisible()).toBe(false);
    // Experience (timeline, roles, education, skills) starts a new page; rows never split.
    expect(await candidate.page.$eval('#experience-heading', (el) => getComputedStyle(el).breakBefore)).toBe(
      'page',
    );
    expect(await candidate.page.$eval('tbody tr', (el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await candidate.page.close();
  });

  it('takes screenshots to look at (SHORTLIST_SCREENSHOTS)', async () => {
    if (!SCREENSHOTS) return;
    const pick = async (dir: string, folder: string): Promise<string> =>
      join(dir, folder, (await readdir(join(dir, folder))).sort()[0]!);
    for (const [name, path] of [
      ['index', join(out, 'index.html')],
      ['candidate', await pick(out, 'candidates')],
      ['feedback', await pick(out, 'feedback')],
      ['blind-index', join(blindOut, 'index.html')],
      ['blind-candidate', await pick(blindOut, 'candidates')],
    ] as const) {
      const { page } = await visit(path);
      await shot(page, name);
      const phone = await visit(path, { width: 390 });
      await shot(phone.page, `${name}-narrow`);
      await page.close();
      await phone.page.close();
    }
  }, 120_000);
});

/**
 * The columns of the ranking where a row's cell does not start and end where its header does (to
 * the pixel), as "header: cell left-right, header left-right".
 */
async function misaligned(page: Page, row: string): Promise<string[]> {
  return page.evaluate((row) => {
    const headers = [...document.querySelectorAll('#ranking thead th')];
    const cells = [...document.querySelector(row)!.children];
    if (cells.length !== headers.length) return [`${cells.length} cells under ${headers.length} headers`];
    return headers.flatMap((th, i) => {
      const [h, c] = [th.getBoundingClientRect(), cells[i]!.getBoundingClientRect()];
      const ok = Math.abs(h.left - c.left) <= 1 && Math.abs(h.right - c.right) <= 1 && c.width > 0;
      return ok ? [] : [`${th.textContent}: ${c.left}-${c.right}, ${h.left}-${h.right}`];
    });
  }, row);
}

/**
 * Text whose contrast with what is behind it is under WCAG AA: 4.5:1, or 3:1 for large text (24px,
 * or 18.66px bold). Backgrounds are composed up the ancestors; SVG and screen-reader-only text are
 * left out. Returns "ratio text" for each offender.
 */
async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const parts = (value.match(/[\d.]+/g) ?? []).map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba): number => {
      const f = (v: number): number => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = el; node; node = node.parentElement) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color[3] > 0) layers.push(color);
        if (color[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const problems: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg, .visually-hidden, script, style')) continue;
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (own === '' || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`${ratio.toFixed(2)} ${own.slice(0, 40)}`);
    }
    return problems;
  });
}
