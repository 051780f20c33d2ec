import { z } from 'zod';
import { defineCriterion } from '../criterion.js';
import { signalOutcome, type Signal } from './signals.js';

const SIGNALS: Signal[] = [
  {
    label: 'Leads people or projects',
    pattern: /\b(led|lead(ing)?|headed|managed a team|team lead|tech lead)\b/iu,
  },
  { label: 'Mentors others', pattern: /\b(mentor(ed|ing|s)?|coach(ed|ing)|onboard(ed|ing))\b/iu },
  {
    label: 'Architecture and design decisions',
    pattern: /\b(architect(ed|ure)?|system design|designed the|technical direction|rfc|design docs?)\b/iu,
  },
  {
    label: 'Manages technical debt',
    pattern: /\b(technical debt|tech debt|refactor(ed|ing)?|legacy (migration|system))\b/iu,
  },
  {
    label: 'Owns business-critical systems',
    pattern: /\b(business[- ]critical|mission[- ]critical|payments?|core platform|owned|ownership)\b/iu,
  },
];

export default defineCriterion({
  id: 'seniority-signals',
  title: 'Shows senior responsibilities',
  failureTitle: 'Little evidence of senior responsibilities',
  description:
    'Leadership, mentoring, architecture decisions, technical debt and ownership of business-critical systems.',
  category: 'fit',
  defaultWeight: 6,
  advice:
    'Show progression: mention where you led work, mentored colleagues, made design decisions or owned a critical system.',
  options: z.object({ target: z.number().int().min(1).max(SIGNALS.length).default(3) }).strict(),
  evaluate: (cv, _ctx, options) => signalOutcome(cv, SIGNALS, options.target, 'senior responsibility'),
});
