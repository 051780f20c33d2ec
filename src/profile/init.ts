import { stringify } from 'yaml';
import type { JobSpec } from '../model.js';

/**
 * A starting profile from a job description, for a recruiter to edit: the posting's skills, years and
 * seniority, extending the default profile, with comments saying what each part does.
 */
export function profileFromJob(job: JobSpec, id: string): string {
  const body: Record<string, unknown> = {
    extends: 'default',
    id,
    title: job.title ?? id,
    description: `Made from ${job.file ?? 'a job description'}; edit freely.`,
    ...(job.seniority ? { seniority: job.seniority } : {}),
    experience: { minYears: job.minYears, idealYears: job.minYears === null ? null : job.minYears + 3 },
    skills: { required: job.required, preferred: job.preferred },
    tiers: { shortlist: 60, consider: 35 },
    criteria: {
      'required-skills': { weight: 25 },
      'experience-years': { weight: 12 },
    },
  };
  const header = [
    `# Role profile made by \`shortlist profile init --from-jd ${job.file ?? ''}\`.`,
    '# Edit it, check it with `shortlist profile validate <this file>`, use it with `--profile <this file>`.',
    '# skills.required: "A or B" is met by either. Move a skill to preferred if it is a nice-to-have.',
    '# criteria.<id>: { weight, mode: score | gate | off, gateAt, options }; see the README for every criterion.',
    '',
  ];
  return header.join('\n') + stringify(body, { lineWidth: 110 });
}

/** A profile id from a file or title: lower case, digits and dashes. */
export function profileId(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\.[a-z0-9]+$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'profile'
  );
}
