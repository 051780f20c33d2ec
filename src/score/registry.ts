import type { Criterion } from './criterion.js';

export type AnyCriterion = Criterion<Record<string, unknown>>;
import actionVerbs from './criteria/action-verbs.js';
import architectureKnowledge from './criteria/architecture-knowledge.js';
import atsFormat from './criteria/ats-format.js';
import breadthOverDepth from './criteria/breadth-over-depth.js';
import bulletLength from './criteria/bullet-length.js';
import certifications from './criteria/certifications.js';
import dateFormat from './criteria/date-format.js';
import education from './criteria/education.js';
import experienceYears from './criteria/experience-years.js';
import fileFormat from './criteria/file-format.js';
import genericSkills from './criteria/generic-skills.js';
import jargon from './criteria/jargon.js';
import keySkills from './criteria/key-skills.js';
import keywordCoverage from './criteria/keyword-coverage.js';
import length from './criteria/length.js';
import openSource from './criteria/open-source.js';
import operationalExcellence from './criteria/operational-excellence.js';
import outdatedTech from './criteria/outdated-tech.js';
import personalDetails from './criteria/personal-details.js';
import preferredSkills from './criteria/preferred-skills.js';
import quantifiedAchievements from './criteria/quantified-achievements.js';
import requiredSkills from './criteria/required-skills.js';
import relevance from './criteria/relevance.js';
import reverseChronological from './criteria/reverse-chronological.js';
import scaleSignals from './criteria/scale-signals.js';
import senioritySignals from './criteria/seniority-signals.js';
import skillDepth from './criteria/skill-depth.js';
import summary from './criteria/summary.js';
import titleMatch from './criteria/title-match.js';
import typography from './criteria/typography.js';
import vagueDuties from './criteria/vague-duties.js';
import whyAndImpact from './criteria/why-and-impact.js';

/** Every criterion, in the order reports list them: fit first, then the quality of the CV. */
export const CRITERIA: readonly AnyCriterion[] = [
  requiredSkills,
  preferredSkills,
  skillDepth,
  experienceYears,
  keywordCoverage,
  relevance,
  titleMatch,
  senioritySignals,
  scaleSignals,
  operationalExcellence,
  architectureKnowledge,
  certifications,
  openSource,
  education,
  quantifiedAchievements,
  actionVerbs,
  bulletLength,
  vagueDuties,
  whyAndImpact,
  genericSkills,
  breadthOverDepth,
  outdatedTech,
  reverseChronological,
  dateFormat,
  length,
  summary,
  keySkills,
  personalDetails,
  atsFormat,
  typography,
  fileFormat,
  jargon,
];

export const CRITERIA_BY_ID: ReadonlyMap<string, AnyCriterion> = new Map(CRITERIA.map((c) => [c.id, c]));
