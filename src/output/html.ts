import { readFile, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import Handlebars from 'handlebars';
import type {
  Candidate,
  CriterionResult,
  Evidence,
  Failure,
  Ranking,
  Requirement,
  RunInfo,
  Tier,
  YearMonth,
} from '../model.js';
import { writeFileAtomic } from './atomic.js';
import { FAILURE_ADVICE, TIER_LABELS, checkReportPath, rankingRow, safeCell, safeHref } from './cells.js';

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
  recruiterHref: string;
  feedbackHref: string;
}

export interface FailureView {
  file: string;
  status: string;
  reason: string;
  advice: string;
}

export interface IndexView extends PageView {
  run: RunView;
  counts: { candidates: number; shortlist: number; consider: number; reject: number; failures: number };
  tiers: { value: Tier; label: string }[];
  candidates: IndexRowView[];
  failures: FailureView[];
}

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

export interface CandidateView extends PageView {
  run: RunView;
  indexHref: string;
  feedbackHref: string;
  candidate: {
    id: string;
    name: string;
    file: string;
    format: string;
    rank: number;
    of: number;
    score: string;
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
  /** Quality criteria scoring below 0.7, biggest gain first. */
  improvements: {
    title: string;
    advice: string | null;
    quotes: { text: string; location: string | null }[];
    example: { before: string; after: string } | null;
  }[];
  /** Required skills with no evidence in the CV. */
  missingSkills: { skill: string; sentence: string }[];
  /** strengths or matchedSkills is not empty. */
  hasStrengths: boolean;
  /** improvements or missingSkills is not empty. */
  hasImprovements: boolean;
}

export type Tone = 'good' | 'warn' | 'bad';

const TIER_ORDER: Tier[] = ['shortlist', 'consider', 'reject'];
const TIER_TONE: Record<Tier, Tone> = { shortlist: 'good', consider: 'warn', reject: 'bad' };

const STRENGTH_AT = 0.8;
const IMPROVE_BELOW = 0.7;
const MAX_QUOTE = 400;
const MAX_TEXT = 2000;
const MAX_QUOTES_PER_ADVICE = 3;

/** CV text for a page: characters HTML has no use for removed, long text cut with an ellipsis. */
function clip(value: string, max: number = MAX_TEXT): string {
  const cleaned = safeCell(value, Number.MAX_SAFE_INTEGER);
  return cleaned.length > max ? `${safeCell(cleaned, max - 1)}…` : cleaned;
}

function clipOrNull(value: string | null | undefined, max?: number): string | null {
  if (value === null || value === undefined) return null;
  const text = clip(value, max).trim();
  return text === '' ? null : text;
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

function evidenceView(evidence: Evidence): EvidenceView {
  return {
    message: clip(evidence.message),
    quote: clipOrNull(evidence.quote, MAX_QUOTE),
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

export function buildIndexView(ranking: Ranking, css: string): IndexView {
  const run = runView(ranking.run);
  const count = (tier: Tier): number => ranking.candidates.filter((c) => c.assessment.tier === tier).length;
  return {
    css,
    title: `Shortlist: ${run.role}`,
    run,
    counts: {
      candidates: ranking.candidates.length,
      shortlist: count('shortlist'),
      consider: count('consider'),
      reject: count('reject'),
      failures: ranking.failures.length,
    },
    tiers: TIER_ORDER.map((value) => ({ value, label: TIER_LABELS[value] })),
    candidates: ranking.candidates.map((candidate): IndexRowView => {
      const row = rankingRow(candidate);
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
        flags: candidate.assessment.flags.map((f) => clip(f.message, 140)),
        file: clip(row.file, 500),
        recruiterHref: checkReportPath(candidate.reports.recruiter),
        feedbackHref: checkReportPath(candidate.reports.feedback),
      };
    }),
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

function criterionView(criterion: CriterionResult): CriterionView {
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
    evidence: criterion.evidence.map(evidenceView),
    advice: clipOrNull(criterion.advice),
  };
}

function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

function requirementView(requirement: Requirement): RequirementView {
  return {
    skill: clip(requirement.skill, 200),
    kind: requirement.kind,
    met: requirement.met,
    status: requirement.met ? 'Met' : 'Missing',
    tone: requirement.met ? 'good' : requirement.kind === 'required' ? 'bad' : 'warn',
    evidence: requirement.evidence.map(evidenceView),
  };
}

export function buildCandidateView(ranking: Ranking, candidate: Candidate, css: string): CandidateView {
  const { cv, assessment } = candidate;
  const row = rankingRow(candidate);
  const recruiter = checkReportPath(candidate.reports.recruiter);
  const criteria = assessment.criteria.filter((c) => c.mode !== 'off');
  const byId = new Map(assessment.criteria.map((c) => [c.id, c]));
  const required = assessment.requirements.filter((r) => r.kind === 'required');
  const preferred = assessment.requirements.filter((r) => r.kind === 'preferred');
  const name = clip(row.name, 200);
  return {
    css,
    title: `${name}: recruiter report`,
    run: runView(ranking.run),
    indexHref: relativeHref(recruiter, 'index.html'),
    feedbackHref: relativeHref(recruiter, checkReportPath(candidate.reports.feedback)),
    candidate: {
      id: candidate.id,
      name,
      file: clip(candidate.file, 500),
      format: candidate.format,
      rank: candidate.rank,
      of: ranking.candidates.length,
      score: row.score.toFixed(1),
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
        const criterion = byId.get(id);
        return {
          id,
          title: clip(criterion ? criterion.headline : id, 200),
          reasons: (criterion?.evidence ?? []).map((e) => {
            const where = locationText(e);
            return clip(where ? `${e.message} (${where})` : e.message);
          }),
        };
      }),
      fitCriteria: criteria.filter((c) => c.category === 'fit').map(criterionView),
      qualityCriteria: criteria.filter((c) => c.category === 'quality').map(criterionView),
      requirements: [...required, ...preferred].map(requirementView),
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
  const improvements = quality
    .filter((c) => c.score < IMPROVE_BELOW)
    .sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score) || a.id.localeCompare(b.id))
    .map((c) => ({
      title: clip(c.headline, 200),
      advice: clipOrNull(c.advice),
      quotes: c.evidence
        .filter((e) => e.quote !== undefined && e.quote.trim() !== '')
        .slice(0, MAX_QUOTES_PER_ADVICE)
        .map((e) => ({ text: clip(e.quote ?? '', MAX_QUOTE), location: locationText(e) })),
      example: c.example
        ? { before: clip(c.example.before, MAX_QUOTE), after: clip(c.example.after, MAX_QUOTE) }
        : null,
    }));
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
    strengths,
    matchedSkills,
    improvements,
    missingSkills,
    hasStrengths: strengths.length > 0 || matchedSkills.length > 0,
    hasImprovements: improvements.length > 0 || missingSkills.length > 0,
  };
}

// ---------------------------------------------------------------- templates

export interface Templates {
  index: Handlebars.TemplateDelegate<IndexView>;
  candidate: Handlebars.TemplateDelegate<CandidateView>;
  feedback: Handlebars.TemplateDelegate<FeedbackView>;
  css: string;
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
      await readFile(join(partialsDir, file), 'utf8'),
    );
  }
  const options = { strict: true };
  const [index, candidate, feedback, css] = await Promise.all([
    read('index.hbs'),
    read('candidate.hbs'),
    read('feedback.hbs'),
    read('style.css'),
  ]);
  return {
    index: handlebars.compile<IndexView>(index, options),
    candidate: handlebars.compile<CandidateView>(candidate, options),
    feedback: handlebars.compile<FeedbackView>(feedback, options),
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
): Generator<{ path: string; html: string }> {
  yield {
    path: 'index.html',
    html: render('index.hbs', templates.index, buildIndexView(ranking, templates.css)),
  };
  for (const candidate of ranking.candidates) {
    yield {
      path: checkReportPath(candidate.reports.recruiter),
      html: render(
        'candidate.hbs',
        templates.candidate,
        buildCandidateView(ranking, candidate, templates.css),
      ),
    };
    yield {
      path: checkReportPath(candidate.reports.feedback),
      html: render('feedback.hbs', templates.feedback, buildFeedbackView(ranking, candidate, templates.css)),
    };
  }
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

export async function writeHtmlReports(
  ranking: Ranking,
  outDir: string,
  templatesDir: string,
): Promise<string[]> {
  const templates = await loadTemplates(templatesDir);
  const written: string[] = [];
  for (const page of renderPages(ranking, templates)) {
    const path = join(outDir, ...page.path.split('/'));
    await writeFileAtomic(path, page.html);
    written.push(path);
  }
  return written;
}
