import { readFile, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import Handlebars from 'handlebars';
import type {
  Candidate,
  CriterionResult,
  Evidence,
  Failure,
  ParsedCv,
  Ranking,
  Requirement,
  RunInfo,
  Tier,
  YearMonth,
} from '../model.js';
import { writeFileIfChangedSync } from './atomic.js';
import { recruiterRanking } from './blind.js';
import { POOL_FROM, renderInPool } from './render-pool.js';
import {
  FAILURE_ADVICE,
  TIER_LABELS,
  checkReportPath,
  rankingRow,
  rankingRowOf,
  safeCell,
  safeHref,
  sourceHrefs,
} from './cells.js';

// The HTML reports: an index of the ranking, a report per candidate for the recruiter, and a
// feedback page per candidate written to the candidate. Templates (reports/*.hbs) receive plain
// view-model objects built here, documented in reports/README.md; every value in them is text we
// escape with {{ }}. The only raw insertion is the stylesheet, read from the templates folder.

// ---------------------------------------------------------------- view models

/** A link from a CV: `href` is null when it is not http(s) or mailto, and the text is then shown plain. */
export interface LinkView {
  text: string;
  href: string | null;
}

export interface EvidenceView {
  message: string;
  quote: string | null;
  /** Blind mode took the quote out: the line names the candidate. */
  quoteHidden: boolean;
  /** "Experience · line 12", "line 3", or null. */
  location: string | null;
}

export interface RunView {
  id: string;
  startedAt: string;
  asOf: string;
  toolName: string;
  toolVersion: string;
  input: string;
  profileId: string;
  profileTitle: string;
  jobTitle: string | null;
  jobFile: string | null;
  /** The job's title, or the profile's when there is no job description. */
  role: string;
}

export interface PageView {
  /** The stylesheet, to inline with {{{css}}} inside <style>. */
  css: string;
  /** The document <title>. */
  title: string;
}

export interface IndexRowView {
  rank: number;
  name: string;
  /** "84.6" */
  score: string;
  scoreValue: number;
  tier: Tier;
  tierLabel: string;
  /** 'good' | 'warn' | 'bad': for colour; the tier itself is always written out too. */
  tierTone: Tone;
  /** 0 shortlist, 1 consider, 2 reject: for sorting. */
  tierOrder: number;
  /** "6.5" */
  years: string;
  yearsValue: number;
  /** "4 of 5" or "n/a" */
  requiredMet: string;
  /** Share of required skills met, 0..1 (-1 when none are required), for sorting. */
  requiredMetValue: number;
  topMissing: string;
  flags: string[];
  file: string;
  /** The candidate's own file, relative to index.html; null when it cannot be linked. */
  sourceHref: string | null;
  recruiterHref: string;
  /**
   * The row is past the first INDEX_PAGE_SIZE: written hidden, so the browser never lays out a table
   * of thousands of rows at once (the page's script shows more on request).
   */
  beyondFirstPage: boolean;
  /** Every second row, for the stripes (the page's script keeps them right when it sorts or filters). */
  alt: boolean;
  /** The feedback report; null in blind mode, where recruiter pages do not link it (it carries the name). */
  feedbackHref: string | null;
}

export interface FailureView {
  file: string;
  status: string;
  reason: string;
  advice: string;
}

export interface IndexView extends PageView {
  run: RunView;
  /** Blind mode: names, contact and personal details and file names are hidden. */
  blind: boolean;
  counts: { candidates: number; shortlist: number; consider: number; reject: number; failures: number };
  tiers: { value: Tier; label: string }[];
  candidates: IndexRowView[];
  /** How many rows the ranking shows at first, and adds at each "Show more" (INDEX_PAGE_SIZE). */
  pageSize: number;
  failures: FailureView[];
}

/**
 * The rows index.html shows at first, and adds at each "Show more". A browser lays out a table of
 * 10,000 candidates in seconds: with every row shown, Chromium took 5 s to open such a ranking and
 * 4.7-6.3 s for each sort; showing 500, 1 s and 0.5-0.7 s. A recruiter reads the ranking from the top.
 * Since the rows are laid out one by one (style.css), skipping those off screen, showing all 10,000
 * takes about 0.3 s and each sort about 0.5 s (npm run bench:index).
 */
export const INDEX_PAGE_SIZE = 500;

export interface CriterionView {
  id: string;
  title: string;
  headline: string;
  /** Whether the headline says something the title does not (it is the failure title). */
  headlineDiffers: boolean;
  description: string;
  mode: string;
  isGate: boolean;
  /** "12" (gates weigh nothing: "gate"). */
  weight: string;
  /** "72%" or "n/a" */
  score: string;
  /** For gates: true/false; null otherwise. */
  passed: boolean | null;
  tone: Tone;
  evidence: EvidenceView[];
  advice: string | null;
}

export interface RequirementView {
  skill: string;
  kind: 'required' | 'preferred';
  met: boolean;
  status: 'Met' | 'Missing';
  /** good when met, bad when a required skill is missing, warn when a preferred one is. */
  tone: Tone;
  evidence: EvidenceView[];
}

/** One role on the timeline: numbers for the drawing, text for the labels (escaped by the template). */
export interface TimelineBarView {
  x: number;
  y: number;
  width: number;
  /** Where the label goes, and which way it runs from there ('start' or 'end'). */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** "Senior Backend Engineer · Finlytics", cut to fit. */
  label: string;
  /** The full line for the tooltip: title, organisation and dates. */
  tooltip: string;
  current: boolean;
}

/** A band across the whole chart: a gap between roles, or months in which roles overlap. */
export interface TimelineBandView {
  x: number;
  width: number;
  /** "Gap: Jan 2020 – Aug 2020 (7 months)", "Overlap: Mar 2021 – Jun 2021 (3 months)" */
  label: string;
  /** A short label drawn on the band when it is wide enough, or "". */
  short: string;
  labelX: number;
}

/**
 * The experience timeline, drawn by candidate.hbs as inline SVG: every value is a number in the
 * viewBox's units except the labels, which the template escapes. Null when no role has dates.
 */
export interface TimelineView {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number; height: number };
  barHeight: number;
  /** Baselines: band labels above the plot, year labels below it. */
  bandLabelY: number;
  tickLabelY: number;
  ticks: { x: number; label: string }[];
  bars: TimelineBarView[];
  gaps: TimelineBandView[];
  overlaps: TimelineBandView[];
  /** One sentence for screen readers: roles, span, gaps, overlaps. */
  summary: string;
  /** Roles with no dates, which the chart cannot place. */
  undated: number;
}

export interface SkillDepthView {
  name: string;
  category: string;
  mentions: number;
  /** The roles the skill is used in ("Senior Backend Engineer, Finlytics"), newest first. */
  roles: string[];
}

export interface ChecklistItemView {
  id: string;
  /** The criterion's title when it passes, its failure title when not. */
  headline: string;
  /** true: passes (score of 70% or more); false: to improve; null: does not apply. */
  ok: boolean | null;
  /** "✓", "✗" or "–", decorative: `status` says the same in words. */
  mark: string;
  status: 'Pass' | 'To improve' | 'n/a';
  tone: Tone;
  score: string;
}

export interface CandidateView extends PageView {
  run: RunView;
  /** Blind mode: names, contact and personal details and file names are hidden. */
  blind: boolean;
  indexHref: string;
  /** The feedback report; null in blind mode (it carries the name). */
  feedbackHref: string | null;
  candidate: {
    id: string;
    name: string;
    file: string;
    /** The candidate's own file, relative to this page; null when it cannot be linked. */
    sourceHref: string | null;
    format: string;
    rank: number;
    of: number;
    score: string;
    /** How the score is made: "fit 88.0 adjusted by CV quality 74.5", or '' when not known. */
    scoreHow: string;
    tier: Tier;
    tierLabel: string;
    tierTone: Tone;
    years: string;
    language: string;
    contact: { emails: LinkView[]; phones: string[]; links: LinkView[]; location: string | null };
    gatesFailed: { id: string; title: string; reasons: string[] }[];
    fitCriteria: CriterionView[];
    qualityCriteria: CriterionView[];
    requirements: RequirementView[];
    requiredMet: string;
    positions: {
      title: string;
      organization: string | null;
      location: string | null;
      dates: string;
      line: number;
    }[];
    gaps: { from: string; to: string; months: number }[];
    education: { institution: string | null; degree: string | null; end: string | null; line: number }[];
    skills: { name: string; category: string; mentions: number }[];
    /** Skills used in a role (a mention inside a position), most roles first. */
    usedSkills: SkillDepthView[];
    /** Skills only listed (skills section, summary...), never inside a role. */
    listedSkills: SkillDepthView[];
    timeline: TimelineView | null;
    /** The quality criteria as a checklist. */
    checklist: ChecklistItemView[];
    flags: { id: string; message: string }[];
    facts: { pages: string; words: number; bullets: number; quantifiedBullets: number };
  };
}

export interface FeedbackView extends PageView {
  /** The candidate's name as written on the CV, or null. */
  name: string | null;
  role: string;
  asOf: string;
  /** Quality criteria the CV does well (score ≥ 0.8), by their positive title. */
  strengths: { title: string }[];
  /** Skills the role asks for that the CV shows, with where. */
  matchedSkills: { skill: string; where: string | null }[];
  /** The recruiter's note (`--message` or the profile's `feedbackMessage`), as paragraphs; null for none. */
  message: { paragraphs: string[] } | null;
  /** Quality criteria scoring below 0.7, biggest gain first, at most five. */
  improvements: {
    /** What to do, addressed to the candidate: "Show your results in figures". */
    heading: string;
    /** The criterion's own headline: "Few achievements carry figures". */
    title: string;
    advice: string | null;
    /** The candidate's own lines it is about (the example's line is not repeated here). */
    quotes: { text: string; location: string | null }[];
    /** A before/after pair; `location` is where the "before" line stands in the CV, when known. */
    example: { before: string; after: string; location: string | null } | null;
  }[];
  /** Further quality points after the first five: heading and advice only. */
  smallerPoints: { heading: string; advice: string | null }[];
  /** Required skills with no evidence in the CV. */
  missingSkills: { skill: string; sentence: string }[];
  /** strengths or matchedSkills is not empty. */
  hasStrengths: boolean;
  /** improvements or missingSkills is not empty. */
  hasImprovements: boolean;
  /** Some improvement carries a before/after example. */
  hasExamples: boolean;
}

export type Tone = 'good' | 'warn' | 'bad';

const TIER_ORDER: Tier[] = ['shortlist', 'consider', 'reject'];
const TIER_TONE: Record<Tier, Tone> = { shortlist: 'good', consider: 'warn', reject: 'bad' };

const STRENGTH_AT = 0.8;
const IMPROVE_BELOW = 0.7;
const MAX_QUOTE = 400;
const MAX_TEXT = 2000;
const MAX_QUOTES_PER_ADVICE = 3;
/** A candidate can act on a few changes, not fifteen: the rest are listed briefly. */
const MAX_IMPROVEMENTS = 5;
const MAX_MESSAGE = 2000;

/**
 * How the feedback report names each quality point: what to do, said to the candidate. Criteria
 * not listed here (a profile's own) use their failure title.
 */
export const FEEDBACK_HEADINGS: Record<string, string> = {
  'quantified-achievements': 'Show your results in figures',
  'action-verbs': 'Open each bullet with what you did',
  'vague-duties': 'Describe results, not duties',
  'bullet-length': 'Keep each bullet to one clear line or two',
  'why-and-impact': 'Say why, and what changed',
  'generic-skills': 'Name specific skills',
  'breadth-over-depth': 'Focus on the languages you know best',
  'outdated-tech': 'Lead with current technologies',
  'reverse-chronological': 'Put your newest role first',
  'date-format': 'Write dates one way',
  length: 'Trim it to the right length',
  summary: 'Open with a short summary',
  'key-skills': 'Add a focused skills section',
  'personal-details': 'Leave out the photo and personal details',
  'ats-format': 'Use a simple one-column layout',
  typography: 'Make it easy on the eye',
  'file-format': 'Send it as a PDF',
  jargon: 'Explain acronyms and jargon',
};

/**
 * Every character safeCell could remove is one of these. Most text holds none, and this scan is
 * quicker than safeCell's (whose lookarounds for lone surrogates run at every position), so clean
 * text skips it.
 */
const MAYBE_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** CV text for a page: characters HTML has no use for removed, long text cut with an ellipsis. */
function clip(value: string, max: number = MAX_TEXT): string {
  const cleaned = MAYBE_UNSAFE.test(value) ? safeCell(value, Number.MAX_SAFE_INTEGER) : value;
  if (cleaned.length <= max) return cleaned;
  // What safeCell(cleaned, max - 1) does, without cleaning the text a second time: cut, and never
  // between the halves of a surrogate pair.
  const cut = cleaned.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

function clipOrNull(value: string | null | undefined, max?: number): string | null {
  if (value === null || value === undefined) return null;
  const text = clip(value, max).trim();
  return text === '' ? null : text;
}

/** The score's two parts, for the recruiter: fit to the role, adjusted by the quality of the CV. */
function scoreHow(fit: number | null, quality: number | null): string {
  if (fit === null && quality === null) return '';
  if (fit === null) return `CV quality ${quality!.toFixed(1)} (nothing to judge fit against)`;
  if (quality === null) return `fit ${fit.toFixed(1)}`;
  return `fit ${fit.toFixed(1)}, adjusted by CV quality ${quality.toFixed(1)}`;
}

function pct(score: number | null): string {
  return score === null ? 'n/a' : `${Math.round(score * 100)}%`;
}

function toneOf(score: number | null): Tone {
  if (score === null) return 'warn';
  return score >= STRENGTH_AT ? 'good' : score >= IMPROVE_BELOW ? 'warn' : 'bad';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function month(value: YearMonth | null): string | null {
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : clip(value, 20);
}

function locationText(evidence: Evidence): string | null {
  const where = evidence.location;
  if (!where) return null;
  const section = clip(where.section, 80).trim();
  return section ? `${section} · line ${where.line}` : `line ${where.line}`;
}

function evidenceView(evidence: Evidence, blind = false): EvidenceView {
  return {
    message: clip(evidence.message),
    quote: clipOrNull(evidence.quote, MAX_QUOTE),
    // blind.ts blanks a quote that names the candidate.
    quoteHidden: blind && evidence.quote === '',
    location: locationText(evidence),
  };
}

function link(text: string): LinkView {
  return { text: clip(text, 300), href: safeHref(text) };
}

/** The href from one report to another, both given relative to the output folder. */
function relativeHref(from: string, to: string): string {
  return posix.relative(posix.dirname(from), to) || posix.basename(to);
}

function runView(run: RunInfo): RunView {
  return {
    id: run.id,
    startedAt: run.startedAt,
    asOf: run.asOf,
    toolName: run.tool.name,
    toolVersion: run.tool.version,
    input: clip(run.input, 500),
    profileId: run.profile.id,
    profileTitle: clip(run.profile.title, 200),
    jobTitle: clipOrNull(run.job?.title, 200),
    jobFile: clipOrNull(run.job?.file, 500),
    role: clip(run.job?.title ?? run.profile.title, 200),
  };
}

/** Where the pages are written, so they can link the candidates' own files; no links without it. */
export interface PageOptions {
  outDir?: string | undefined;
}

/** Links from one folder of pages to the input's files (see sourceHrefs), kept for the next page. */
const sourceLinkers = new Map<string, (file: string) => string | null>();

function sourceLink(options: PageOptions, ranking: Ranking, page: string, file: string): string | null {
  // Blind mode: the path to a CV is its file name, which so often is the candidate's name.
  if (options.outDir === undefined || ranking.run.blind === true) return null;
  const fromDir = join(options.outDir, posix.dirname(page));
  const input = ranking.run.input;
  const key = `${fromDir}\0${input}`;
  let linker = sourceLinkers.get(key);
  if (!linker) {
    if (sourceLinkers.size >= 8) sourceLinkers.clear();
    sourceLinkers.set(key, (linker = sourceHrefs(fromDir, input)));
  }
  return linker(file);
}

export function buildIndexView(ranking: Ranking, css: string, options: PageOptions = {}): IndexView {
  const run = runView(ranking.run);
  const blind = ranking.run.blind === true;
  const tierCounts: Record<Tier, number> = { shortlist: 0, consider: 0, reject: 0 };
  // One pass, reading each candidate's reading and assessment at most once (they may be loaded
  // from disk when read; not at all when the candidate's row is already known).
  const candidates = ranking.candidates.map((candidate, i): IndexRowView => {
    const row = rankingRow(candidate);
    tierCounts[row.tier]++;
    return {
      rank: row.rank,
      name: clip(row.name, 200),
      score: row.score.toFixed(1),
      scoreValue: row.score,
      tier: row.tier,
      tierLabel: TIER_LABELS[row.tier],
      tierTone: TIER_TONE[row.tier],
      tierOrder: TIER_ORDER.indexOf(row.tier),
      years: row.years.toFixed(1),
      yearsValue: row.years,
      requiredMet: row.requiredMet,
      requiredMetValue: row.requiredTotal === 0 ? -1 : row.requiredMetCount / row.requiredTotal,
      topMissing: clip(row.topMissing, 200),
      // The index stays scannable: each flag's start here, the whole message in the report.
      flags: row.flagMessages.map((message) => clip(message, 140)),
      // Blind mode: the file name is hidden (the row already shows the id).
      file: blind ? '' : clip(row.file, 500),
      sourceHref: sourceLink(options, ranking, 'index.html', candidate.file),
      recruiterHref: checkReportPath(candidate.reports.recruiter),
      beyondFirstPage: i >= INDEX_PAGE_SIZE,
      alt: i % 2 === 1,
      feedbackHref: blind ? null : checkReportPath(candidate.reports.feedback),
    };
  });
  return {
    css,
    title: `Shortlist: ${run.role}`,
    run,
    blind,
    counts: {
      candidates: ranking.candidates.length,
      shortlist: tierCounts.shortlist,
      consider: tierCounts.consider,
      reject: tierCounts.reject,
      failures: ranking.failures.length,
    },
    tiers: TIER_ORDER.map((value) => ({ value, label: TIER_LABELS[value] })),
    candidates,
    pageSize: INDEX_PAGE_SIZE,
    failures: ranking.failures.map(failureView),
  };
}

function failureView(failure: Failure): FailureView {
  return {
    file: clip(failure.file, 500),
    status: failure.status,
    reason: clip(failure.message, 500),
    advice: FAILURE_ADVICE[failure.status],
  };
}

function criterionView(criterion: CriterionResult, blind = false): CriterionView {
  const isGate = criterion.mode === 'gate';
  return {
    id: criterion.id,
    title: clip(criterion.title, 200),
    headline: clip(criterion.headline, 200),
    headlineDiffers: criterion.headline !== criterion.title,
    description: clip(criterion.description, 500),
    mode: criterion.mode,
    isGate,
    weight: isGate ? 'gate' : String(roundTo2(criterion.weight)),
    score: pct(criterion.score),
    passed: criterion.passed ?? null,
    tone:
      isGate && criterion.passed !== undefined
        ? criterion.passed
          ? 'good'
          : 'bad'
        : toneOf(criterion.score),
    evidence: criterion.evidence.map((e) => evidenceView(e, blind)),
    advice: clipOrNull(criterion.advice),
  };
}

function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

function requirementView(requirement: Requirement, blind = false): RequirementView {
  return {
    skill: clip(requirement.skill, 200),
    kind: requirement.kind,
    met: requirement.met,
    status: requirement.met ? 'Met' : 'Missing',
    tone: requirement.met ? 'good' : requirement.kind === 'required' ? 'bad' : 'warn',
    evidence: requirement.evidence.map((e) => evidenceView(e, blind)),
  };
}

function checklistItem(criterion: CriterionResult): ChecklistItemView {
  const ok = criterion.score === null ? null : criterion.score >= IMPROVE_BELOW;
  return {
    id: criterion.id,
    headline: clip(criterion.headline, 200),
    ok,
    mark: ok === null ? '–' : ok ? '✓' : '✗',
    status: ok === null ? 'n/a' : ok ? 'Pass' : 'To improve',
    tone: ok === null ? 'warn' : ok ? 'good' : 'bad',
    score: pct(criterion.score),
  };
}

function roleName(cv: ParsedCv, index: number): string | null {
  const position = cv.positions[index];
  if (!position) return null;
  return clip(position.organization ? `${position.title}, ${position.organization}` : position.title, 200);
}

/** Depth beats breadth: skills used in a role, apart from skills only listed. */
function skillsByDepth(cv: ParsedCv): { usedSkills: SkillDepthView[]; listedSkills: SkillDepthView[] } {
  const used: SkillDepthView[] = [];
  const listed: SkillDepthView[] = [];
  // Each role's name once, not once for every skill used in it.
  const roleNames = new Map<number, string | null>();
  const nameOf = (index: number): string | null => {
    let name = roleNames.get(index);
    if (name === undefined) roleNames.set(index, (name = roleName(cv, index)));
    return name;
  };
  for (const skill of cv.skills) {
    const roles: number[] = [];
    for (const m of skill.mentions)
      if (m.position !== null && !roles.includes(m.position)) roles.push(m.position);
    roles.sort((a, b) => a - b);
    const names: string[] = [];
    for (const i of roles) {
      const name = nameOf(i);
      if (name !== null) names.push(name);
    }
    const view = {
      name: clip(skill.name, 200),
      category: clip(skill.category, 100),
      mentions: skill.mentions.length,
      roles: names,
    };
    (roles.length > 0 ? used : listed).push(view);
  }
  used.sort(
    (a, b) => b.roles.length - a.roles.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
  listed.sort((a, b) => a.name.localeCompare(b.name));
  return { usedSkills: used, listedSkills: listed };
}

// ---------------------------------------------------------------- the experience timeline

const TIMELINE = { width: 960, left: 16, right: 944, top: 34, row: 34, bar: 14, axis: 30 };
const TIMELINE_LABEL_CHARS = 64;

/** A month as a number: months since year 0. */
function monthIndex(value: YearMonth | null): number | null {
  const match = value === null ? null : /^(\d{4})-(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

function monthName(index: number): string {
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}

function monthsText(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

/**
 * Roles on a time axis, one row each, newest on top (as a CV reads). Gaps between roles are bands
 * across the chart; so are the months in which two or more roles run at once. A role ending
 * "Present" runs to the run's as-of month; a role with only one date is one month long.
 */
export function buildTimeline(cv: ParsedCv, asOf: string): TimelineView | null {
  const asOfMonth = monthIndex(asOf.slice(0, 7));
  const spans: { index: number; from: number; to: number; position: ParsedCv['positions'][number] }[] = [];
  for (const [index, p] of cv.positions.entries()) {
    const start = monthIndex(p.dates?.start ?? null);
    const end = p.dates?.current ? (asOfMonth ?? start) : monthIndex(p.dates?.end ?? null);
    const from = start ?? end;
    const to = end ?? start;
    if (from !== null && to !== null)
      spans.push({ index, from: Math.min(from, to), to: Math.max(from, to) + 1, position: p });
  }
  if (spans.length === 0) return null;
  const gaps = cv.facts.gaps.flatMap((g) => {
    const from = monthIndex(g.from);
    const to = monthIndex(g.to);
    // `to` is the gap's last month: the band runs to the end of it.
    return from === null || to === null ? [] : [{ from, to: Math.max(from, to) + 1, months: g.months }];
  });
  const first = Math.min(...spans.map((s) => s.from), ...gaps.map((g) => g.from));
  const last = Math.max(...spans.map((s) => s.to), ...gaps.map((g) => g.to));
  const startYear = Math.floor(first / 12);
  const endYear = Math.ceil(last / 12);
  const min = startYear * 12;
  const max = Math.max(endYear * 12, min + 12);
  const { left, right, top, row, bar, axis } = TIMELINE;
  const x = (month: number): number =>
    Math.round((left + ((month - min) / (max - min)) * (right - left)) * 10) / 10;

  // Newest first: by start, latest on top; ties by the CV's order.
  const ordered = [...spans].sort((a, b) => b.from - a.from || a.index - b.index);
  const bars = ordered.map((span, i): TimelineBarView => {
    const p = span.position;
    const label = clip(p.organization ? `${p.title} · ${p.organization}` : p.title, TIMELINE_LABEL_CHARS);
    const x0 = x(span.from);
    const x1 = x(span.to);
    const rightHalf = (x0 + x1) / 2 > (left + right) / 2;
    const dates = p.dates
      ? `${month(p.dates.start) ?? '?'} – ${p.dates.current ? 'Present' : (month(p.dates.end) ?? '?')}`
      : '';
    return {
      x: x0,
      y: top + i * row + (row - bar),
      width: Math.max(2, Math.round((x1 - x0) * 10) / 10),
      labelX: rightHalf ? x1 : x0,
      labelY: top + i * row + (row - bar) - 5,
      anchor: rightHalf ? 'end' : 'start',
      label,
      tooltip: clip([p.title, p.organization, dates].filter(Boolean).join(' · '), 500),
      current: p.dates?.current ?? false,
    };
  });

  // Months in which two or more roles run at once, merged into runs: a sweep over the months where
  // a role starts or ends, the number of roles running being the same between two of them.
  const changes = new Map<number, number>();
  for (const span of spans) {
    changes.set(span.from, (changes.get(span.from) ?? 0) + 1);
    changes.set(span.to, (changes.get(span.to) ?? 0) - 1);
  }
  const bounds = [...changes.keys()].sort((a, b) => a - b);
  const overlapRuns: { from: number; to: number }[] = [];
  let running = 0;
  for (const [i, m] of bounds.entries()) {
    running += changes.get(m) ?? 0;
    const next = bounds[i + 1];
    if (running < 2 || next === undefined) continue;
    const lastRun = overlapRuns.at(-1);
    if (lastRun && lastRun.to === m) lastRun.to = next;
    else overlapRuns.push({ from: m, to: next });
  }
  // One shared month is a handover ("Jan 2020 – Mar 2021", then "Mar 2021 – Present"), not an overlap.
  const overlapping = overlapRuns.filter((o) => o.to - o.from >= 2);
  const band = (from: number, to: number, label: string, short: string): TimelineBandView => {
    const x0 = x(from);
    const width = Math.max(2, Math.round((x(to) - x0) * 10) / 10);
    return {
      x: x0,
      width,
      label,
      short: width >= short.length * 7 + 8 ? short : '',
      labelX: Math.round((x0 + width / 2) * 10) / 10,
    };
  };
  const gapText = (from: number, to: number, months: number): string =>
    `${monthName(from)} – ${monthName(to)} (${monthsText(months)})`;
  const gapViews = gaps.map((g) =>
    band(g.from, g.to, `Gap: ${gapText(g.from, g.to - 1, g.months)}`, `Gap ${g.months} mo`),
  );
  const overlapViews = overlapping.map((o) =>
    band(o.from, o.to, `Overlap: ${gapText(o.from, o.to - 1, o.to - o.from)}`, 'Overlap'),
  );
  const years = endYear - startYear;
  const step = years <= 12 ? 1 : years <= 24 ? 2 : 5;
  const ticks: { x: number; label: string }[] = [];
  for (let year = startYear; year * 12 <= max; year += step)
    ticks.push({ x: x(year * 12), label: String(year) });
  const height = top + bars.length * row + axis;
  const undated = cv.positions.length - spans.length;
  const current = spans.some((s) => s.position.dates?.current);
  const list = (items: TimelineBandView[], none: string): string =>
    items.length === 0 ? none : items.map((b) => b.label).join('; ');
  const summary =
    `${spans.length} ${spans.length === 1 ? 'role' : 'roles'} from ${monthName(Math.min(...spans.map((s) => s.from)))} ` +
    `to ${current ? 'Present' : monthName(Math.max(...spans.map((s) => s.to)) - 1)}. ` +
    `${list(gapViews, 'No gap')}. ${list(overlapViews, 'No overlap')}.` +
    (undated > 0 ? ` ${undated} undated ${undated === 1 ? 'role is' : 'roles are'} not shown.` : '');
  return {
    width: TIMELINE.width,
    height,
    plot: { left, right, top, bottom: height - axis, height: height - axis - top },
    barHeight: bar,
    bandLabelY: top - 10,
    tickLabelY: height - axis + 18,
    ticks,
    bars,
    gaps: gapViews,
    overlaps: overlapViews,
    summary,
    undated,
  };
}

export function buildCandidateView(
  ranking: Ranking,
  candidate: Candidate,
  css: string,
  options: PageOptions = {},
): CandidateView {
  const { cv, assessment } = candidate;
  const row = rankingRowOf(candidate, cv, assessment);
  const recruiter = checkReportPath(candidate.reports.recruiter);
  const criteria = assessment.criteria.filter((c) => c.mode !== 'off');
  const required = assessment.requirements.filter((r) => r.kind === 'required');
  const preferred = assessment.requirements.filter((r) => r.kind === 'preferred');
  const name = clip(row.name, 200);
  const blind = ranking.run.blind === true;
  return {
    css,
    title: `${name}: recruiter report`,
    run: runView(ranking.run),
    blind,
    indexHref: relativeHref(recruiter, 'index.html'),
    feedbackHref: blind ? null : relativeHref(recruiter, checkReportPath(candidate.reports.feedback)),
    candidate: {
      id: candidate.id,
      name,
      file: blind ? '' : clip(candidate.file, 500),
      sourceHref: sourceLink(options, ranking, recruiter, candidate.file),
      format: candidate.format,
      rank: candidate.rank,
      of: ranking.candidates.length,
      score: row.score.toFixed(1),
      scoreHow: scoreHow(assessment.fit ?? null, assessment.quality ?? null),
      tier: row.tier,
      tierLabel: TIER_LABELS[row.tier],
      tierTone: TIER_TONE[row.tier],
      years: row.years.toFixed(1),
      language: cv.language,
      contact: {
        emails: cv.contact.emails.map(link),
        phones: cv.contact.phones.map((p) => clip(p, 100)),
        links: cv.contact.links.map(link),
        location: clipOrNull(cv.contact.location, 200),
      },
      gatesFailed: assessment.gatesFailed.map((id) => {
        const criterion = assessment.criteria.findLast((c) => c.id === id);
        return {
          id,
          title: clip(criterion ? criterion.headline : id, 200),
          reasons: (criterion?.evidence ?? []).map((e) => {
            const where = locationText(e);
            return clip(where ? `${e.message} (${where})` : e.message);
          }),
        };
      }),
      fitCriteria: criteria.filter((c) => c.category === 'fit').map((c) => criterionView(c, blind)),
      qualityCriteria: criteria.filter((c) => c.category === 'quality').map((c) => criterionView(c, blind)),
      requirements: [...required, ...preferred].map((r) => requirementView(r, blind)),
      requiredMet: row.requiredMet,
      positions: cv.positions.map((p) => ({
        title: clip(p.title, 300),
        organization: clipOrNull(p.organization, 300),
        location: clipOrNull(p.location, 200),
        dates: p.dates
          ? `${month(p.dates.start) ?? '?'} – ${p.dates.current ? 'Present' : (month(p.dates.end) ?? '?')}`
          : '',
        line: p.line,
      })),
      gaps: cv.facts.gaps.map((g) => ({
        from: month(g.from) ?? '',
        to: month(g.to) ?? '',
        months: g.months,
      })),
      education: cv.education.map((e) => ({
        institution: clipOrNull(e.institution, 300),
        degree: clipOrNull(e.degree, 300),
        end: month(e.end),
        line: e.line,
      })),
      skills: cv.skills.map((s) => ({
        name: clip(s.name, 200),
        category: clip(s.category, 100),
        mentions: s.mentions.length,
      })),
      ...skillsByDepth(cv),
      timeline: buildTimeline(cv, ranking.run.asOf),
      checklist: criteria.filter((c) => c.category === 'quality').map(checklistItem),
      flags: assessment.flags.map((f) => ({ id: f.id, message: clip(f.message, 500) })),
      facts: {
        pages: cv.facts.pages === null ? 'unknown' : String(cv.facts.pages),
        words: cv.facts.words,
        bullets: cv.facts.bullets,
        quantifiedBullets: cv.facts.quantifiedBullets,
      },
    },
  };
}

/**
 * What the candidate reads. Built from this candidate alone, and only from the parts meant for
 * them: quality criteria (the CV's own craft) with their advice, quoted lines and examples, and the
 * role's skills found or missing. The score, rank, tier, gates, flags, fit criteria and any other
 * candidate never enter this object, so no template can show them.
 */
export function buildFeedbackView(ranking: Ranking, candidate: Candidate, css: string): FeedbackView {
  const { cv, assessment } = candidate;
  const role = runView(ranking.run).role;
  const quality = assessment.criteria.filter(
    (c): c is CriterionResult & { score: number } =>
      c.category === 'quality' && c.mode !== 'off' && c.score !== null,
  );
  const strengths = quality
    .filter((c) => c.score >= STRENGTH_AT)
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
    .map((c) => ({ title: clip(c.title, 200) }));
  const toImprove = quality
    .filter((c) => c.score < IMPROVE_BELOW)
    .sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score) || a.id.localeCompare(b.id));
  const heading = (c: CriterionResult): string => clip(FEEDBACK_HEADINGS[c.id] ?? c.headline, 200);
  const improvements = toImprove.slice(0, MAX_IMPROVEMENTS).map((c) => {
    const before = c.example ? clip(c.example.before, MAX_QUOTE) : '';
    const source = c.evidence.find(
      (e) => e.quote !== undefined && clip(e.quote, MAX_QUOTE).trim() === before.trim(),
    );
    const example = c.example
      ? { before, after: clip(c.example.after, MAX_QUOTE), location: source ? locationText(source) : null }
      : null;
    return {
      heading: heading(c),
      title: clip(c.headline, 200),
      advice: clipOrNull(c.advice),
      quotes: c.evidence
        .filter((e) => e.quote !== undefined && e.quote.trim() !== '')
        // The example shows its own line as "Your line": no need to quote it twice.
        .filter((e) => example === null || clip(e.quote ?? '', MAX_QUOTE).trim() !== example.before.trim())
        .slice(0, MAX_QUOTES_PER_ADVICE)
        .map((e) => ({ text: clip(e.quote ?? '', MAX_QUOTE), location: locationText(e) })),
      example,
    };
  });
  const smallerPoints = toImprove
    .slice(MAX_IMPROVEMENTS)
    .map((c) => ({ heading: heading(c), advice: clipOrNull(c.advice) }));
  const message = messageParagraphs(ranking.run.feedbackMessage);
  const requirements = [
    ...assessment.requirements.filter((r) => r.kind === 'required'),
    ...assessment.requirements.filter((r) => r.kind === 'preferred'),
  ];
  const matchedSkills = requirements
    .filter((r) => r.met)
    .map((r) => {
      const first = r.evidence.find((e) => e.location);
      return { skill: clip(r.skill, 200), where: first ? locationText(first) : null };
    });
  const missingSkills = requirements
    .filter((r) => r.kind === 'required' && !r.met)
    .map((r) => {
      const skill = clip(r.skill, 200);
      return { skill, sentence: `If you have experience with ${skill}, make it visible in a recent role.` };
    });
  const name = clipOrNull(cv.contact.name, 200);
  return {
    css,
    title: name ? `Feedback on your CV, ${name}` : 'Feedback on your CV',
    name,
    role,
    asOf: ranking.run.asOf,
    message: message.length > 0 ? { paragraphs: message } : null,
    strengths,
    matchedSkills,
    improvements,
    smallerPoints,
    missingSkills,
    hasStrengths: strengths.length > 0 || matchedSkills.length > 0,
    hasImprovements: improvements.length > 0 || missingSkills.length > 0,
    hasExamples: improvements.some((i) => i.example !== null),
  };
}

/** The recruiter's message as paragraphs: split at blank lines, lines within a paragraph joined. */
function messageParagraphs(message: string | undefined): string[] {
  if (message === undefined) return [];
  return clip(message, MAX_MESSAGE)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

// ---------------------------------------------------------------- templates

export interface Templates {
  index: Handlebars.TemplateDelegate<IndexView>;
  candidate: Handlebars.TemplateDelegate<CandidateView>;
  feedback: Handlebars.TemplateDelegate<FeedbackView>;
  css: string;
}

/**
 * Templates compile in strict mode. When a template calls no helper but Handlebars' built-in ones
 * (the only ones registered), it also compiles with knownHelpersOnly: each `{{value}}` is then a
 * plain lookup rather than a check for a helper of that name first (with the pages' views, which
 * hold no functions, the output is the same). A template that does call another helper compiles as
 * before, so it fails (or not) as it always did.
 */
const STRICT: CompileOptions = { strict: true };
const KNOWN_HELPERS_ONLY: CompileOptions = { strict: true, knownHelpersOnly: true };

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

/**
 * Whether a template may need Handlebars' @-data (@index, @root, @last...), which costs a new frame
 * for every item of every #each: it does when it has an `@` anywhere, or calls a partial or a
 * decorator (which may use the data it is given). Without, it compiles with `data: false`.
 */
function usesData(source: string): boolean {
  return source.includes('@') || /\{\{~?#?[>*]/.test(source);
}

function compileTemplate<T>(handlebars: typeof Handlebars, source: string): Handlebars.TemplateDelegate<T> {
  const fast = handlebars.compile<T>(
    source,
    usesData(source) ? KNOWN_HELPERS_ONLY : { ...KNOWN_HELPERS_ONLY, data: false },
  );
  try {
    // Handlebars compiles on first use: compile now, to learn whether this template can be compiled
    // so (a template with an unknown helper, or any other error, is left to the usual compile).
    (fast as unknown as { _setup(options: object): void })._setup({});
    return fast;
  } catch {
    return handlebars.compile<T>(source, STRICT);
  }
}

/**
 * Read and compile the templates once per run: index.hbs, candidate.hbs, feedback.hbs, style.css,
 * and every partials/*.hbs as a partial named after its file. Templates compile in strict mode, so
 * a name the view model does not have is an error, not a silent blank.
 */
export async function loadTemplates(dir: string): Promise<Templates> {
  const handlebars = Handlebars.create();
  const read = (name: string): Promise<string> => readFile(join(dir, name), 'utf8');
  const partialsDir = join(dir, 'partials');
  const partialFiles = await readdir(partialsDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const file of partialFiles.filter((f) => f.endsWith('.hbs')).sort()) {
    handlebars.registerPartial(
      file.slice(0, -'.hbs'.length),
      compileTemplate(handlebars, await readFile(join(partialsDir, file), 'utf8')),
    );
  }
  const [index, candidate, feedback, css] = await Promise.all([
    read('index.hbs'),
    read('candidate.hbs'),
    read('feedback.hbs'),
    read('style.css'),
  ]);
  return {
    index: compileTemplate<IndexView>(handlebars, index),
    candidate: compileTemplate<CandidateView>(handlebars, candidate),
    feedback: compileTemplate<FeedbackView>(handlebars, feedback),
    // Inlined raw into <style>: make sure the stylesheet cannot close the element early.
    css: css.replace(/<\/(style)/gi, '<\\/$1'),
  };
}

/**
 * Every page, rendered one at a time so a large run never holds all of them in memory:
 * index.html, then each candidate's recruiter and feedback reports, in rank order.
 */
export function* renderPages(
  ranking: Ranking,
  templates: Templates,
  options: PageOptions = {},
): Generator<{ path: string; html: string }> {
  // The recruiter pages read the recruiter's view (blinded in blind mode); the feedback pages, which
  // go to the candidate, read the original.
  const shown = recruiterRanking(ranking);
  yield {
    path: 'index.html',
    html: render('index.hbs', templates.index, buildIndexView(shown, templates.css, options)),
  };
  for (const [i, candidate] of ranking.candidates.entries()) {
    yield* candidatePages(shown, shown.candidates[i] ?? candidate, ranking, candidate, templates, options);
  }
}

/**
 * One candidate's two pages: the recruiter report from the recruiter's view of the ranking (blinded
 * in blind mode), and the feedback page from the candidate as read.
 */
export function* candidatePages(
  shown: Ranking,
  shownCandidate: Candidate,
  ranking: Ranking,
  candidate: Candidate,
  templates: Templates,
  options: PageOptions = {},
): Generator<{ path: string; html: string }> {
  yield {
    path: checkReportPath(candidate.reports.recruiter),
    html: render(
      'candidate.hbs',
      templates.candidate,
      buildCandidateView(shown, shownCandidate, templates.css, options),
    ),
  };
  yield {
    path: checkReportPath(candidate.reports.feedback),
    html: render('feedback.hbs', templates.feedback, buildFeedbackView(ranking, candidate, templates.css)),
  };
}

/** Run a template, naming it in the error: with --templates, the user needs to know which file to fix. */
function render<T>(name: string, template: Handlebars.TemplateDelegate<T>, view: T): string {
  try {
    return template(view);
  } catch (error) {
    throw new Error(`Template ${name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/**
 * Renders and writes the recruiter and feedback pages of some candidates, each given as the recruiter
 * sees it (`shown`, in the ranking `shownRanking`) and as read (`original`, null when the same): a
 * report worker's task, or the main thread's share of one (see render-pool.ts).
 */
export function writeCandidatePages(
  shownRanking: Ranking,
  originalRanking: Ranking,
  candidates: { shown: Candidate; original: Candidate | null }[],
  templates: Templates,
  outDir: string,
): { written: string[]; unchanged: number } {
  const result = { written: [] as string[], unchanged: 0 };
  for (const c of candidates) {
    for (const page of candidatePages(
      shownRanking,
      c.shown,
      originalRanking,
      c.original ?? c.shown,
      templates,
      { outDir },
    )) {
      const path = join(outDir, ...page.path.split('/'));
      if (!writeFileIfChangedSync(path, page.html)) result.unchanged++;
      result.written.push(path);
    }
  }
  return result;
}

/** Told, as the reports are written, how many candidates' reports are (`done`) out of `total`. */
export type ReportProgress = (done: number, total: number) => void;

/**
 * Writes index.html and every candidate's two reports, and returns the path of each, in that order.
 * A page whose file already holds exactly the same bytes is left as it is (not rewritten, its
 * modification time kept) but still listed: the list names every report of the ranking. Pass
 * `stats` to learn how many were left unchanged.
 */
export async function writeHtmlReports(
  ranking: Ranking,
  outDir: string,
  templatesDir: string,
  stats?: { unchanged: number },
  onReports?: ReportProgress,
): Promise<string[]> {
  const templates = await loadTemplates(templatesDir);
  const total = ranking.candidates.length;
  if (total < POOL_FROM) {
    const written: string[] = [];
    for (const page of renderPages(ranking, templates, { outDir })) {
      const path = join(outDir, ...page.path.split('/'));
      if (!writeFileIfChangedSync(path, page.html) && stats) stats.unchanged++;
      written.push(path);
    }
    onReports?.(total, total);
    return written;
  }
  let done = 0;
  // Many candidates: their reports are rendered and written by worker threads, while this thread
  // writes the index (and, in writeOutputs, the workbook and results.json).
  const shown = recruiterRanking(ranking);
  // The main thread renders some too, once it has written the other outputs (lendMainThread), with
  // the same page builders the workers use.
  const pages = renderInPool(
    { templatesDir, outDir, shownRun: shown.run, run: ranking.run, of: ranking.candidates.length },
    ranking.candidates.map((c, i) => {
      const view = shown.candidates[i] ?? c;
      return { shown: view, original: view === c ? null : c };
    }),
    undefined,
    (slice) => writeCandidatePages(shown, ranking, slice, templates, outDir),
    (count) => onReports?.((done += count), total),
  );
  const index = join(outDir, 'index.html');
  const indexWrite = (async () =>
    writeFileIfChangedSync(
      index,
      render('index.hbs', templates.index, buildIndexView(shown, templates.css, { outDir })),
    ))();
  const [indexChanged, reports] = await Promise.all([indexWrite, pages]);
  if (stats) stats.unchanged += reports.unchanged + (indexChanged ? 0 : 1);
  return [index, ...reports.written];
}
