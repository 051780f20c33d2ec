import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FEEDBACK_HEADINGS,
  INDEX_PAGE_SIZE,
  buildFeedbackView,
  buildIndexView,
  buildTimeline,
  loadTemplates,
  writeHtmlReports,
} from '../../src/output/html.js';
import { defaultTemplatesDir } from '../../src/output/index.js';
import {
  HOSTILE_NAME,
  LONG_TEXT,
  NAMES,
  SCRIPT_QUOTE,
  makeLargeRanking,
  makeRanking,
} from '../fixtures/ranking.js';

const CSP_INDEX =
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; ` +
  `script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`;
const CSP_REPORT = CSP_INDEX.replace("script-src 'unsafe-inline'", "script-src 'none'");

const IDS = ['c-1a2b3c4d5e', 'c-6f7a8b9c0d', 'c-e1e2e3e4e5'];
const esc = (text: string): string => Handlebars.Utils.escapeExpression(text);

let dir: string;
let written: string[];
const pages = new Map<string, string>();

function page(path: string): string {
  const html = pages.get(path);
  if (html === undefined) throw new Error(`no page ${path}`);
  return html;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shortlist-html-'));
  written = await writeHtmlReports(makeRanking(), dir, defaultTemplatesDir());
  for (const path of written)
    pages.set(relative(dir, path).split('\\').join('/'), await readFile(path, 'utf8'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The text a reader sees: tags, the style element and the script removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script>[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** Links to the candidates' own files (outside the output folder). */
function sourceHrefs(html: string): string[] {
  return [...html.matchAll(/<a class="source" href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('HTML reports', () => {
  it('writes the index, then a recruiter and a feedback report per candidate, in rank order', () => {
    expect([...pages.keys()]).toEqual([
      'index.html',
      ...IDS.flatMap((id) => [`candidates/${id}.html`, `feedback/${id}.html`]),
    ]);
  });

  it('gives every page a doctype, language, charset, title and Content-Security-Policy', () => {
    for (const [path, html] of pages) {
      expect(html.startsWith('<!doctype html>\n<html lang="en">'), path).toBe(true);
      expect(html, path).toContain('<meta charset="utf-8">');
      expect(html, path).toMatch(/<title>[^<]+<\/title>/);
      expect(html, path).toContain(path === 'index.html' ? CSP_INDEX : CSP_REPORT);
    }
  });

  it('is self-contained: no external stylesheet, script, font or image', () => {
    for (const [path, html] of pages) {
      expect(html, path).not.toMatch(/<link\b/i);
      expect(html, path).not.toMatch(/<(img|script|iframe|object|embed|source|video|audio)\b[^>]*\ssrc=/i);
      expect(html, path).not.toMatch(/url\(/i);
      expect(html, path).not.toMatch(/@import/i);
    }
  });

  it('inlines a stylesheet whose comments and braces are balanced', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(page('index.html'))?.[1] ?? '';
    expect(css).toContain(':root');
    expect(css.split('/*').length).toBe(css.split('*/').length);
    const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code.split('{').length).toBe(code.split('}').length);
    expect(code).toContain('@media print');
  });

  it('runs script only on the index', () => {
    expect(page('index.html').match(/<script\b/g)).toHaveLength(1);
    for (const [path, html] of pages) {
      if (path !== 'index.html') expect(html, path).not.toMatch(/<script\b/i);
    }
  });

  it('escapes hostile CV text: no live script, image or event handler', () => {
    for (const [path, html] of pages) {
      expect(html, path).not.toContain('<script>alert');
      expect(html, path).not.toMatch(/<img\b/i);
      expect(html, path).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
      expect(html, path).not.toContain('<b>');
    }
    const report = page('candidates/c-e1e2e3e4e5.html');
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(visibleText(report)).toContain(SCRIPT_QUOTE);
    expect(visibleText(report)).toContain('<script>alert(4)</script>');
  });

  it('links CV links only when they are http(s) or mailto', () => {
    for (const [path, html] of pages) {
      for (const href of hrefs(html)) {
        expect(href, path).not.toMatch(/^\s*(javascript|data|vbscript|file):/i);
      }
    }
    const report = page('candidates/c-e1e2e3e4e5.html');
    expect(hrefs(report)).toEqual(
      expect.arrayContaining(['https://github.com/hostile', 'mailto:x@evil.example']),
    );
    const text = visibleText(report);
    expect(text).toContain('javascript:alert(1)');
    expect(text).toContain('data:text/html,<script>alert(1)</script>');
    expect(text).toContain('JaVaScRiPt:alert(3)');
    expect(hrefs(page('candidates/c-1a2b3c4d5e.html'))).toEqual(
      expect.arrayContaining([
        'https://github.com/priyan',
        'https://www.linkedin.com/in/priya-natarajan',
        'mailto:priya.natarajan@example.com',
      ]),
    );
  });

  it('every relative link points at a file that exists', () => {
    for (const [path, html] of pages) {
      const sources = sourceHrefs(html);
      for (const href of hrefs(html).filter((h) => !/^(https?|mailto):/.test(h) && !sources.includes(h))) {
        const target = resolve(dir, dirname(path), href);
        expect(existsSync(target), `${path} -> ${href}`).toBe(true);
        expect(target.startsWith(dir), `${path} -> ${href}`).toBe(true);
      }
    }
  });

  it("links each candidate's own file, relative to the page, one encoded segment at a time", () => {
    const ranking = makeRanking();
    const input = resolve(ranking.run.input);
    const expected = (from: string, file: string): string =>
      relative(resolve(dir, from), resolve(input, file))
        .split(/[\\/]/)
        .map((p) => (p === '..' ? p : encodeURIComponent(p)))
        .join('/');
    expect(sourceHrefs(page('index.html'))).toEqual(ranking.candidates.map((c) => expected('.', c.file)));
    for (const c of ranking.candidates) {
      expect(sourceHrefs(page(`candidates/${c.id}.html`))).toEqual([expected('candidates', c.file)]);
      expect(sourceHrefs(page(`feedback/${c.id}.html`))).toEqual([]);
    }
    // '@SUM(A1).docx', 'Tom Becker CV.docx': never a scheme, spaces encoded.
    expect(sourceHrefs(page('candidates/c-e1e2e3e4e5.html'))[0]).toMatch(/\/%40SUM\(A1\)\.docx$/);
    expect(sourceHrefs(page('index.html'))[1]).toMatch(/\/applications\/Tom%20Becker%20CV\.docx$/);
  });

  it('cuts a 40,000-character line to a readable quote', () => {
    const report = page('candidates/c-e1e2e3e4e5.html');
    expect(report).not.toContain(LONG_TEXT.slice(0, 2000));
    expect(report).toContain(`${LONG_TEXT.slice(0, 399)}…`);
    expect(report.length).toBeLessThan(100_000);
    for (const [path, html] of pages)
      expect(html, path).not.toMatch(/[\uD800-\uDFFF\uFFFE\uFFFF\u0000\u0001]/);
  });

  it('keeps headings in order: one h1, no level skipped', () => {
    for (const [path, html] of pages) {
      const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      expect(levels[0], path).toBe(1);
      expect(
        levels.filter((l) => l === 1),
        path,
      ).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `${path} heading ${i}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
      });
    }
  });

  it('uses header cells with a scope in every table', () => {
    for (const [path, html] of pages) {
      for (const th of html.match(/<th\b[^>]*>/g) ?? []) expect(th, path).toMatch(/scope="(col|row)"/);
    }
  });
});

describe('index.html', () => {
  const index = (): string => page('index.html');

  it('lists every candidate in rank order, linking both reports', () => {
    const positions = NAMES.map((name) => index().indexOf(`>${esc(name)}</a>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const id of IDS) {
      expect(index()).toContain(`href="candidates/${id}.html"`);
      expect(index()).toContain(`href="feedback/${id}.html"`);
    }
    expect(visibleText(index())).toContain(HOSTILE_NAME);
  });

  it('shows score, tier, years, required met, top missing and flags', () => {
    const rows = index().split('<tr role="row" data-tier=').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.slice(1, r.indexOf('"', 1)))).toEqual(['shortlist', 'consider', 'reject']);
    expect(visibleText(rows[1] ?? '')).toMatch(
      /2 Tom Becker applications\/Tom Becker CV\.docx 61\.3 Consider 5\.3 2 of 4 Kubernetes Skills list includes generic terms/,
    );
    expect(index()).toContain('data-sort="84.6"');
  });

  it('has the filter box, the tier select and sortable headers', () => {
    expect(index()).toContain('<input id="filter-text" type="search"');
    expect(index()).toMatch(/<select id="filter-tier">[\s\S]*<option value="consider">Consider<\/option>/);
    expect(index().match(/<button type="button" class="sort">/g)?.length).toBe(8);
  });

  it('writes the rows past the first page hidden, and every second row striped', async () => {
    const view = buildIndexView(makeLargeRanking(INDEX_PAGE_SIZE + 3), '');
    expect(view.pageSize).toBe(INDEX_PAGE_SIZE);
    expect(view.candidates.map((c) => c.beyondFirstPage)).toEqual(
      Array.from({ length: INDEX_PAGE_SIZE + 3 }, (_, i) => i >= INDEX_PAGE_SIZE),
    );
    expect(view.candidates.slice(0, 4).map((c) => c.alt)).toEqual([false, true, false, true]);
    const html = (await loadTemplates(defaultTemplatesDir())).index(view);
    expect(html.match(/<tr role="row" data-tier="\w+"( class="alt")? hidden>/g)).toHaveLength(3);
    expect(html).toContain(`data-page-size="${INDEX_PAGE_SIZE}"`);
    // Without scripts, the hidden rows show.
    expect(html).toMatch(/<noscript><style>table\.ranking tbody tr\[hidden\] \{ display: table-row; \}/);
    // A small ranking has none hidden.
    expect(index()).not.toMatch(/<tr role="row" data-tier="\w+"( class="alt")? hidden>/);
  });

  it('lists unreadable files with what to do', () => {
    const text = visibleText(index());
    expect(text).toContain(
      'scans/jane-doe-scan.pdf no-text The PDF has 2 pages of images and no text layer The PDF is a scan with no text layer; ask for a text PDF or Word file',
    );
    expect(text).toContain('locked-cv.pdf protected');
  });
});

describe('recruiter report', () => {
  it('shows score, tier, criteria with weights and evidence, requirements, experience and skills', () => {
    const text = visibleText(page('candidates/c-6f7a8b9c0d.html'));
    expect(text).toContain('Tom Becker');
    expect(text).toContain('Score 61.3');
    expect(text).toContain('Tier Consider');
    expect(text).toContain('Rank 2 of 3');
    expect(text).toMatch(/Few achievements carry figures quantified-achievements 10 0% /);
    expect(text).toContain(
      'No figure in this bullet Helped with database performance issues in PostgreSQL Experience · line 7',
    );
    expect(text).toMatch(/Kubernetes required Missing Kubernetes not found in the CV/);
    expect(text).toMatch(
      /Python required Met Python used in a role Worked on the checkout API in Python and Django Experience · line 6/,
    );
    expect(text).toContain('Software Developer Brightcart Ltd London Jan 2022 – Present 4');
    expect(text).toContain('Junior Developer Webworks London Sep 2019 – Dec 2021 8');
    expect(text).toContain('Software Development (bootcamp) Northcoders Jun 2019');
    expect(text).toContain('Used in a role (4)');
    expect(text).toContain('Python language Software Developer, Brightcart Ltd 2');
    expect(text).toContain(
      'Flags (1 to check by hand) Skills list includes generic terms: problem-solving, team player',
    );
  });

  it('groups skills by depth: used in a role, or only listed', () => {
    const text = visibleText(page('candidates/c-1a2b3c4d5e.html'));
    expect(text).toMatch(/Used in a role \(\d+\)/);
    expect(text).toContain('Node.js language Backend Developer, Parcelly');
    expect(text).toContain('Kafka messaging Senior Backend Engineer, Finlytics');
    // Go is only in the summary and the skills list.
    expect(text).toMatch(
      /Only listed \(1\) Named in the skills section, summary or elsewhere, but in no role\. Go/,
    );
  });

  it('shows the quality criteria as a checklist, in words as well as marks', () => {
    const html = page('candidates/c-1a2b3c4d5e.html');
    const text = visibleText(html);
    expect(text).toContain('CV quality checklist ✓ Pass: Achievements are quantified (86%)');
    expect(text).toContain('✗ To improve: Bullets list duties, not results (65%)');
    expect(html).toContain('<span class="mark" aria-hidden="true">✓</span>');
    expect(visibleText(page('candidates/c-e1e2e3e4e5.html'))).toContain(
      '– n/a: Bullets list duties, not results (n/a)',
    );
  });

  it('draws the experience timeline as inline SVG from numbers, with escaped labels', () => {
    const html = page('candidates/c-e1e2e3e4e5.html');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="timeline-title">Experience timeline</title>');
    // Geometry attributes hold numbers only; text comes in escaped.
    for (const m of svg.matchAll(/\s(x|y|x1|x2|y1|y2|width|height)="([^"]*)"/g)) {
      expect(m[2], m[0]).toMatch(/^-?\d+(\.\d+)?$/);
    }
    expect(svg).toContain('Ops Engineer &lt;b&gt;Bold&lt;/b&gt; · Evil Corp');
    expect(svg).not.toContain('<b>');
    const priya = page('candidates/c-1a2b3c4d5e.html');
    expect(priya.match(/<g class="tl-role/g)).toHaveLength(2);
    expect(priya).toContain('<g class="tl-role tl-current">');
    expect(visibleText(priya)).toContain('2 roles from Jun 2017 to Present. No gap. No overlap.');
  });
});

describe('buildTimeline', () => {
  const cv = (): ReturnType<typeof makeRanking>['candidates'][number]['cv'] =>
    structuredClone(makeRanking().candidates[0]!.cv);

  it('is null when no role has dates', () => {
    const parsed = cv();
    for (const p of parsed.positions) p.dates = null;
    expect(buildTimeline(parsed, '2025-06-30')).toBeNull();
  });

  it('places roles newest first on a time axis ending at the as-of month for a current role', () => {
    const t = buildTimeline(cv(), '2025-06-30')!;
    expect(t.bars.map((b) => b.label)).toEqual([
      'Senior Backend Engineer · Finlytics',
      'Backend Developer · Parcelly',
    ]);
    expect(t.ticks[0]).toEqual({ x: t.plot.left, label: '2017' });
    expect(t.ticks.at(-1)?.label).toBe('2026');
    const [current, older] = t.bars;
    expect(current!.y).toBeLessThan(older!.y);
    // Jun 2017 – Feb 2021 ends where Mar 2021 – Present starts.
    expect(older!.x + older!.width).toBeCloseTo(current!.x, 0);
    expect(current!.x + current!.width).toBeLessThan(t.plot.right);
    expect(t.gaps).toEqual([]);
    expect(t.overlaps).toEqual([]);
  });

  it('shows gaps and overlaps as bands, and counts undated roles', () => {
    const parsed = cv();
    parsed.positions[1]!.dates!.end = '2019-01';
    parsed.positions[0]!.dates!.start = '2018-11';
    parsed.facts.gaps = [];
    parsed.positions.push({ ...parsed.positions[1]!, dates: null, title: 'Volunteer' });
    const overlapping = buildTimeline(parsed, '2025-06-30')!;
    expect(overlapping.overlaps.map((o) => o.label)).toEqual(['Overlap: Nov 2018 – Jan 2019 (3 months)']);
    expect(overlapping.undated).toBe(1);
    expect(overlapping.summary).toContain('1 undated role is not shown.');

    const gapped = cv();
    gapped.positions[1]!.dates!.end = '2019-06';
    gapped.facts.gaps = [{ from: '2019-07', to: '2021-02', months: 20 }];
    const t = buildTimeline(gapped, '2025-06-30')!;
    expect(t.gaps).toHaveLength(1);
    expect(t.gaps[0]!.label).toBe('Gap: Jul 2019 – Feb 2021 (20 months)');
    expect(t.gaps[0]!.short).toBe('Gap 20 mo');
    expect(t.summary).toContain('Gap: Jul 2019 – Feb 2021 (20 months). No overlap.');
  });

  it('does not call a shared handover month an overlap', () => {
    const parsed = cv();
    parsed.positions[1]!.dates!.end = '2021-03';
    expect(buildTimeline(parsed, '2025-06-30')!.overlaps).toEqual([]);
  });
});

describe('recruiter report, continued', () => {
  it('shows failed gates with their reasons', () => {
    const text = visibleText(page('candidates/c-e1e2e3e4e5.html'));
    expect(text).toContain(
      'Failed gates Less experience than the role asks for 0.5 years against a minimum of 3',
    );
    expect(visibleText(page('candidates/c-1a2b3c4d5e.html'))).not.toContain('Failed gates');
  });

  it('links back to the index and on to the feedback report', () => {
    const html = page('candidates/c-1a2b3c4d5e.html');
    expect(hrefs(html)).toEqual(expect.arrayContaining(['../index.html', '../feedback/c-1a2b3c4d5e.html']));
  });
});

describe('feedback report', () => {
  const ranking = makeRanking();

  it.each(ranking.candidates.map((c) => [c.id, c] as const))(
    '%s says nothing of ranking or others',
    (id, c) => {
      const html = page(`feedback/${id}.html`);
      const text = visibleText(html);
      expect(html).not.toContain(c.assessment.score.toFixed(1));
      expect(html).not.toMatch(new RegExp(`\\b${c.assessment.tier}\\b`, 'i'));
      expect(html).not.toMatch(/\b(shortlist|reject|rank|ranked|tier|gate|score)\b/i);
      for (const other of ranking.candidates.filter((o) => o.id !== id)) {
        expect(html).not.toContain(esc(other.cv.contact.name ?? other.id));
        expect(html).not.toContain(other.id);
      }
      for (const flag of c.assessment.flags) expect(text).not.toContain(flag.message.slice(0, 30));
      for (const criterion of c.assessment.criteria.filter((r) => r.category === 'fit')) {
        expect(text).not.toContain(criterion.title);
        expect(text).not.toContain(criterion.headline);
      }
      expect(text).toContain(`Dear ${c.cv.contact.name},`);
      // No per-criterion figures either: no score badges, no "n/a", no weights.
      expect(html).not.toContain('class="badge');
      expect(text).not.toContain('n/a');
      expect(text).not.toMatch(/\bweight/i);
    },
  );

  it('names strengths positively and gives advice with quotes and an example', () => {
    const text = visibleText(page('feedback/c-1a2b3c4d5e.html'));
    expect(text).toMatch(
      /What works well Achievements are quantified Bullets open with strong verbs A clear professional summary Dates are written consistently/,
    );
    expect(text).toContain('Node.js (EXPERIENCE · line 12)');
    expect(text).toContain(
      'What would make it stronger Describe results, not duties Say what changed because of your work on the tracking pages',
    );
    // The example quotes the candidate's own line, with where it is, then a stronger version.
    expect(text).toContain(
      'Your line Worked on the tracking pages EXPERIENCE · line 14 Could read Rebuilt the parcel tracking pages, cutting "where is my order" tickets by 30%',
    );
    // ...and does not quote the same line a second time.
    expect(text.match(/Worked on the tracking pages/g)).toHaveLength(1);
    expect(text).toContain('Use your own work and figures: only what is true for you.');
  });

  it('puts the biggest gain first, in words addressed to the candidate, and names missing required skills kindly', () => {
    const text = visibleText(page('feedback/c-6f7a8b9c0d.html'));
    const order = [
      'Show your results in figures',
      'Open with a short summary',
      'Open each bullet with what you did',
      'Describe results, not duties',
      'Write dates one way',
    ].map((t) => text.indexOf(t));
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('If you have experience with Kubernetes, make it visible in a recent role.');
    expect(text).toContain('If you have experience with AWS, make it visible in a recent role.');
    expect(text).not.toContain('If you have experience with Kafka');
    expect(text).toContain(
      'Your line Helped with database performance issues in PostgreSQL Experience · line 7 Could read Cut checkout query time',
    );
    expect(text).toContain(
      'Other lines this applies to: Worked on the checkout API in Python and Django Experience · line 6',
    );
    expect(text).not.toContain('A few smaller points');
    expect(text).not.toContain('A note from the recruiter');
  });

  it('has a candidate-facing heading for every quality criterion of the fixture', () => {
    for (const c of makeRanking().candidates.flatMap((x) => x.assessment.criteria)) {
      if (c.category === 'quality') expect(FEEDBACK_HEADINGS[c.id], c.id).toBeTruthy();
    }
  });

  it('gives five changes in full and lists the rest briefly', () => {
    const r = makeRanking();
    const tom = r.candidates[1]!;
    const base = tom.assessment.criteria.find((c) => c.id === 'summary')!;
    for (const id of ['length', 'jargon', 'bullet-length']) {
      tom.assessment.criteria.push({ ...base, id, weight: 1, score: 0.2, advice: `Advice on ${id}.` });
    }
    const view = buildFeedbackView(r, tom, '');
    expect(view.improvements).toHaveLength(5);
    expect(view.smallerPoints.map((p) => p.heading)).toEqual([
      FEEDBACK_HEADINGS['bullet-length'],
      FEEDBACK_HEADINGS['jargon'],
      FEEDBACK_HEADINGS['length'],
    ]);
    expect(view.smallerPoints[0]!.advice).toBe('Advice on bullet-length.');
  });

  it("carries the recruiter's message from the ranking, escaped, in paragraphs", async () => {
    const r = makeRanking();
    r.run.feedbackMessage =
      'Thank you for applying.\n\nWe had <b>many</b> strong\napplications & little time.';
    const view = buildFeedbackView(r, r.candidates[0]!, '');
    expect(view.message).toEqual({
      paragraphs: ['Thank you for applying.', 'We had <b>many</b> strong applications & little time.'],
    });
    const out = await mkdtemp(join(tmpdir(), 'shortlist-html-'));
    try {
      await writeHtmlReports(r, out, defaultTemplatesDir());
      const html = await readFile(join(out, 'feedback/c-1a2b3c4d5e.html'), 'utf8');
      expect(html).toContain('<h2 id="message-heading">A note from the recruiter</h2>');
      expect(html).toContain('<p>We had &lt;b&gt;many&lt;/b&gt; strong applications &amp; little time.</p>');
      // Only the feedback pages carry it.
      expect(await readFile(join(out, 'candidates/c-1a2b3c4d5e.html'), 'utf8')).not.toContain(
        'Thank you for applying.',
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('escapes hostile text on the candidate page too', () => {
    const html = page('feedback/c-e1e2e3e4e5.html');
    expect(html).toContain(`Dear ${esc(HOSTILE_NAME)},`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;numbers&lt;/b&gt; &amp; results');
  });
});

describe('loadTemplates', () => {
  // Templates compile with faster options where they can (knownHelpersOnly; no @-data when a
  // template has no @): whatever a template folder holds, pages and errors must be what plain
  // Handlebars in strict mode gives.
  const view = {
    css: 'p{}',
    title: 'T <&>',
    blind: false,
    indexHref: '../index.html',
    run: { role: 'Backend\nDeveloper', asOf: '2026-11-01' },
    items: [
      { name: 'a\nb', tags: ['x', 'y\nz'], empty: [] },
      { name: '"q"', tags: [], empty: [] },
    ],
    nested: { deeper: { value: 'v\n' } },
    flag: false,
    zero: 0,
  };
  const partials = {
    row: '{{!-- a row --}}\n<tr>\n  <td>{{name}}</td>\n  {{#each tags}}\n  <td>{{this}}{{#unless @last}},{{/unless}}</td>\n  {{/each}}\n</tr>\n',
    plain: '<i>{{name}}</i>\n{{#if empty.length}}\n<b>none</b>\n{{/if}}\n',
    nest: '<div>\n  {{> plain}}\n</div>\n',
  };
  const sources: Record<string, string> = {
    'data and depths': [
      '<h1>{{title}}</h1>',
      '{{#each items}}',
      '  {{> row}}',
      '    {{> nest}}',
      '  <p>{{@index}} {{@root.run.role}} {{../title}} {{#if @first}}first{{/if}}</p>',
      '{{/each}}',
      '{{#with nested}}{{#with deeper}}{{value}} {{@root.title}}{{/with}}{{/with}}',
      '',
    ].join('\n'),
    'no @-data': [
      '<style>{{{css}}}</style>',
      '{{#each items}}',
      '  {{#if tags.length}}{{lookup tags 0}}{{else}}-{{/if}}',
      '  {{#unless empty.length}}empty{{/unless}}',
      '{{/each}}',
      '{{#items}}<s>{{name}}</s>{{/items}}{{^flag}}not flagged{{/flag}}',
      '{{#if zero includeZero=true}}zero{{/if}} {{nested.deeper.value}} {{{run.role}}}',
      '',
    ].join('\n'),
    'no @ of its own, but a partial with @-data': '{{#each items}}\n  {{> row}}\n{{/each}}\n',
    'an unknown helper on a branch not taken': '{{#if flag}}{{shout title}}{{/if}}<p>{{title}}</p>',
    'an unknown helper on a branch taken': '<p>{{shout title}}</p>',
    'a name the view does not have': '<p>{{items.0.missing}}</p>',
    'a syntax error': '<p>{{#if title}}</p>',
  };

  function stock(partialSources: Record<string, string>, source: string): () => string {
    const handlebars = Handlebars.create();
    for (const [name, text] of Object.entries(partialSources)) handlebars.registerPartial(name, text);
    const template = handlebars.compile(source, { strict: true });
    return () => template(view);
  }

  function outcome(render: () => string): { html: string } | { error: string } {
    try {
      return { html: render() };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  for (const [name, source] of Object.entries(sources)) {
    it(`renders a template with ${name} as Handlebars does`, async () => {
      const templatesDir = await mkdtemp(join(tmpdir(), 'shortlist-templates-'));
      try {
        await mkdir(join(templatesDir, 'partials'));
        for (const [partial, text] of Object.entries(partials))
          await writeFile(join(templatesDir, 'partials', `${partial}.hbs`), text);
        for (const file of ['index.hbs', 'candidate.hbs', 'feedback.hbs'])
          await writeFile(join(templatesDir, file), source);
        await writeFile(join(templatesDir, 'style.css'), 'p{}');
        const templates = await loadTemplates(templatesDir);
        const expected = outcome(stock(partials, source));
        for (const template of [templates.index, templates.candidate, templates.feedback]) {
          expect(outcome(() => template(view as never))).toEqual(expected);
        }
      } finally {
        await rm(templatesDir, { recursive: true, force: true });
      }
    });
  }
});
