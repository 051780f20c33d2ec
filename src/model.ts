// The values that flow between stages. Plain, JSON-serialisable data and no logic, so any stage's
// output can be dumped, cached by content hash and fed back in.
//
// SourceFile -> ExtractedDocument | ExtractionFailure -> ParsedCv -> Assessment -> Ranking -> outputs

export type SourceFormat = 'pdf' | 'docx' | 'doc' | 'odt' | 'rtf' | 'html' | 'txt' | 'md';

export interface SourceFile {
  /** Absolute path on disk. */
  path: string;
  /** Path relative to the input folder, with forward slashes: what outputs show. */
  relativePath: string;
  size: number;
  sha256: string;
  /** Format from the file's content (magic bytes) first, its extension second. */
  format: SourceFormat | 'unknown';
}

export type FailureStatus =
  'malformed' | 'protected' | 'timeout' | 'too-large' | 'unsupported' | 'empty' | 'no-text' | 'not-a-cv';

export interface ExtractionFailure {
  ok: false;
  status: FailureStatus;
  /** One line a recruiter can read: what went wrong. */
  message: string;
}

export interface ExtractedDocument {
  ok: true;
  format: SourceFormat;
  /** Plain text, lines separated by \n, pages separated by \f. */
  text: string;
  pages: number | null;
  /** Hyperlink targets found in the file itself (PDF link annotations, DOCX hyperlinks). */
  links: string[];
  /** Whether the document carries embedded images (a photo, icons, a scanned page). */
  hasImages: boolean;
  /** Geometry read from a PDF's layout; absent for formats without one. */
  layout?: LayoutFacts;
  /** Tables in the document (Word, OpenDocument, HTML). */
  tables?: number;
}

export interface LayoutFacts {
  /** 2 when a column gutter (sidebar) was found on a page. */
  columns: number;
  /** The font size most of the text is set in, in points. */
  bodyFontSize: number | null;
  /** First page margins in points (72 points = 1 inch). */
  margins: { left: number; right: number; top: number; bottom: number } | null;
  /** Distinct fonts used. */
  fonts: number;
  /** Images drawn (a photo, logos, icons, a scan). */
  images: number;
  /** Text drawn white or near-white, or under 3 points: invisible to a reader, kept out of the text. */
  hiddenText: string[];
}

export type Extraction = ExtractedDocument | ExtractionFailure;

/** Where a piece of evidence stands in the CV: the section heading and the 1-based line number. */
export interface Location {
  section: string;
  line: number;
}

export interface Contact {
  name: string | null;
  emails: string[];
  phones: string[];
  links: string[];
  location: string | null;
}

export type SectionKind =
  | 'header'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'languages'
  | 'volunteering'
  | 'awards'
  | 'publications'
  | 'interests'
  | 'references'
  | 'personal'
  | 'other';

export interface CvLine {
  /** 1-based line number in the extracted text. */
  number: number;
  text: string;
}

export interface Section {
  kind: SectionKind;
  /** The heading as written, or '' for the part above the first heading. */
  heading: string;
  lines: CvLine[];
}

/** A month as 'YYYY-MM'. */
export type YearMonth = string;

export interface DateRange {
  start: YearMonth | null;
  end: YearMonth | null;
  /** True when the range ends "Present", "Current", "now"... */
  current: boolean;
  /** The text the range was read from, e.g. "Mar 2022 – Present". */
  raw: string;
  /** The style it was written in, e.g. 'Mon YYYY', 'MM/YYYY', 'YYYY'. */
  style: string;
}

export interface Bullet {
  text: string;
  line: number;
}

export interface Position {
  title: string;
  organization: string | null;
  location: string | null;
  dates: DateRange | null;
  bullets: Bullet[];
  line: number;
}

export interface EducationEntry {
  institution: string | null;
  degree: string | null;
  end: YearMonth | null;
  line: number;
}

export interface SkillMention {
  section: SectionKind;
  line: number;
  /** Index into ParsedCv.positions when the mention sits inside a position's lines. */
  position: number | null;
  /** The words as written in the CV ("k8s", "Postgres"). */
  matched: string;
}

export interface SkillFound {
  /** Canonical name from the taxonomy (or a profile's own skill list). */
  name: string;
  category: string;
  mentions: SkillMention[];
}

export interface CvFacts {
  pages: number | null;
  words: number;
  bullets: number;
  quantifiedBullets: number;
  actionVerbBullets: number;
  /** Count of bullets of 12-20 words. */
  wellSizedBullets: number;
  dateStyles: string[];
  reverseChronological: boolean | null;
  hasPhoto: boolean;
  personalDetails: string[];
  totalExperienceMonths: number;
  /** Gaps of more than six months between positions, newest first. */
  gaps: { from: YearMonth; to: YearMonth; months: number }[];
  /** PDF geometry (columns, body font size, margins, fonts, images), or null for other formats. */
  layout: LayoutFacts | null;
  /** Text a reader cannot see (white, tiny): never scored, always flagged. */
  hiddenText: string[];
  /** Tables found (DOCX/ODT/HTML table rows read as "a | b"); ATS parsers often lose them. */
  tables: number;
}

/** What the document is: only a 'cv' is scored; the others become a `not-a-cv` failure row. */
export type DocumentKind = 'cv' | 'cover-letter' | 'template' | 'transcript' | 'unknown';

/** How sure the reading is, 0..1, per field and overall; low values are flagged, not hidden. */
export interface Confidence {
  document: number;
  name: number;
  contact: number;
  positions: number;
  dates: number;
  education: number;
  sections: number;
}

export interface ParsedCv {
  /** The format the CV was read from (its content, not its extension). */
  format: SourceFormat;
  contact: Contact;
  sections: Section[];
  positions: Position[];
  education: EducationEntry[];
  skills: SkillFound[];
  facts: CvFacts;
  /** ISO 639-1 code of the CV's main language, or 'und' when unsure. */
  language: string;
  certifications: string[];
  /** Languages the candidate speaks, as written ("Spanish (native)" -> "Spanish"). */
  languagesSpoken: string[];
  kind: DocumentKind;
  /** Why the document is not a CV, when `kind` is not 'cv'. */
  kindReason: string | null;
  confidence: Confidence;
  /** All lines, numbered, for quoting evidence. */
  lines: CvLine[];
}

// ---------------------------------------------------------------- job and profile

export interface JobSpec {
  title: string | null;
  file: string | null;
  sha256: string | null;
  required: string[];
  preferred: string[];
  minYears: number | null;
  /** Distinctive words and phrases of the posting, for keyword coverage. */
  keywords: string[];
  /** The posting's text as read ('' without a job description), for statistical relevance. */
  text?: string;
  /** From the title ("Senior", "Junior", "Staff") or the years asked for. */
  seniority?: 'junior' | 'mid' | 'senior' | 'staff' | null;
  /** The education line the posting asks for, as written ("Degree in Accounting or Finance"). */
  education?: string | null;
  /** Certifications the posting names (ACCA, AWS Certified..., NMC registration). */
  certifications?: string[];
  /** Where the work is, as written, and how: on-site, hybrid or remote. */
  location?: string | null;
  workMode?: 'on-site' | 'hybrid' | 'remote' | null;
  /** Years asked for a particular skill: "3+ years of Python". */
  skillYears?: { skill: string; years: number }[];
}

export type CriterionMode = 'score' | 'gate' | 'off';

export interface CriterionSetting {
  weight?: number | undefined;
  mode?: CriterionMode | undefined;
  /** For gates: the least score (0..1) that passes; 0.5 when not set. */
  gateAt?: number | undefined;
  options?: Record<string, unknown> | undefined;
}

export interface RoleProfile {
  id: string;
  title: string;
  description: string;
  /** SHA-256 of the profile file as loaded (after extends). */
  sha256: string;
  seniority: 'junior' | 'mid' | 'senior' | 'staff' | null;
  skills: { required: string[]; preferred: string[] };
  /** Extra skills (canonical name and aliases) that extend the taxonomy for this role. */
  extraSkills: { name: string; aliases: string[]; category: string }[];
  experience: { minYears: number | null; idealYears: number | null };
  tiers: { shortlist: number; consider: number };
  /** How much CV quality moves the score: score = fit × (1 − quality + quality × CV quality). */
  scoring: { quality: number };
  criteria: Record<string, CriterionSetting>;
  /** A message from the recruiter, shown at the top of every feedback report (`--message` wins). */
  feedbackMessage?: string | undefined;
}

// ---------------------------------------------------------------- scoring

export interface Evidence {
  message: string;
  /** A line of the CV, quoted. */
  quote?: string;
  location?: Location;
}

export interface CriterionResult {
  id: string;
  title: string;
  /** The criterion's title when it scored well, its failure title when it did not. */
  headline: string;
  description: string;
  /** 'fit' criteria measure the match to the role; 'quality' criteria measure the CV itself. */
  category: 'fit' | 'quality';
  mode: CriterionMode;
  weight: number;
  /** 0..1, or null when the criterion does not apply (it then weighs nothing). */
  score: number | null;
  evidence: Evidence[];
  /** For gates: whether the candidate passed. */
  passed?: boolean;
  /** Candidate-facing advice when the score is below full marks: what to change, kindly worded. */
  advice?: string;
  /** A concrete before/after example for the advice, when the criterion can build one from the CV. */
  example?: { before: string; after: string };
}

export interface Requirement {
  skill: string;
  kind: 'required' | 'preferred';
  met: boolean;
  /** Where a met skill shows: used in a role, stated in the summary or a project, or only listed. */
  shown?: 'role' | 'stated' | 'listed';
  evidence: Evidence[];
}

export interface Flag {
  id: string;
  message: string;
}

export type Tier = 'shortlist' | 'consider' | 'reject';

export interface Assessment {
  criteria: CriterionResult[];
  requirements: Requirement[];
  gatesFailed: string[];
  /** 0..100, one decimal: fit adjusted by quality (see README, "How the score is made"). */
  score: number;
  /** Weighted average of the fit criteria, 0..100, or null when none applies. */
  fit?: number | null;
  /** Weighted average of the CV-quality criteria, 0..100, or null when none applies. */
  quality?: number | null;
  tier: Tier;
  flags: Flag[];
}

export interface Candidate {
  id: string;
  file: string;
  sha256: string;
  format: SourceFormat;
  cv: ParsedCv;
  assessment: Assessment;
  rank: number;
  reports: { recruiter: string; feedback: string };
  /**
   * Other files with the same content (relative paths, sorted): screened once, as this candidate,
   * which is the first of them by path.
   */
  duplicates?: string[];
  /** With several jobs (`--jd <folder>`): the job this candidate scores highest against. */
  bestFit?: { title: string | null; file: string | null; score: number };
}

/** One job's own ranking when several are screened at once; its outputs live in `folder`. */
export interface JobRanking {
  title: string | null;
  file: string | null;
  sha256: string | null;
  /** The job's output folder, relative to --out (e.g. "jobs/backend-developer"). */
  folder: string;
  ranking: Ranking;
}

export interface Failure {
  file: string;
  sha256: string | null;
  status: FailureStatus;
  message: string;
}

export interface RunInfo {
  id: string;
  startedAt: string;
  /** The date "Present" resolves against, YYYY-MM-DD. */
  asOf: string;
  tool: { name: string; version: string };
  input: string;
  profile: { id: string; title: string; sha256: string };
  job: { title: string | null; file: string | null; sha256: string | null } | null;
  /** With several jobs (`--jd <folder>`): every job, in file-name order; `job` is then null. */
  jobs?: { title: string | null; file: string | null; sha256: string | null }[];
  weights: Record<string, number>;
  /** The recruiter's message for the feedback reports (`--message`, else the profile's), if any. */
  feedbackMessage?: string | undefined;
  /**
   * `--blind`: the recruiter outputs hide each candidate's name, contact details, personal details and
   * file name (the feedback reports keep the name). Scores are the same either way.
   */
  blind?: boolean | undefined;
}

export interface Ranking {
  run: RunInfo;
  candidates: Candidate[];
  failures: Failure[];
  /** Several jobs at once: each job's ranking; `candidates` then holds each candidate's best fit. */
  jobs?: JobRanking[];
}
