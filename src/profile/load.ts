import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import type { CriterionSetting, RoleProfile } from '../model.js';
import { CRITERIA_BY_ID } from '../score/registry.js';
import { profileFileSchema, type ProfileFile } from './schema.js';
import { ProfileError } from '../errors.js';

/** The profiles that ship with shortlist, usable by name: `--profile backend-developer`. */
export const PROFILES_DIR = fileURLToPath(new URL('../../profiles/', import.meta.url));

export { ProfileError };

/** Finds a profile by path, or by name among the bundled profiles. */
export function resolveProfilePath(ref: string): string {
  if (existsSync(ref)) return resolve(ref);
  const bundled = join(PROFILES_DIR, `${ref.replace(/\.ya?ml$/, '')}.yaml`);
  if (/^[a-z0-9-]+(\.ya?ml)?$/.test(ref) && existsSync(bundled)) return bundled;
  throw new ProfileError(
    `Profile "${ref}" not found: give a YAML file path or one of the bundled names (${bundledNames().join(', ')})`,
  );
}

function bundledNames(): string[] {
  try {
    return ['default', 'backend-developer'].filter((n) => existsSync(join(PROFILES_DIR, `${n}.yaml`)));
  } catch {
    return [];
  }
}

/**
 * Reads a profile, follows `extends` (a bundled name or a path relative to the file), validates it and
 * returns the resolved RoleProfile. Every error names the file and the full path of the bad key.
 */
export function loadProfile(ref: string): RoleProfile {
  const path = resolveProfilePath(ref);
  const { merged, sources } = readWithExtends(path, []);
  validateCriteria(merged, path);
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s);
  const skills = merged.skills ?? {};
  return {
    id: merged.id ?? basename(path, extname(path)),
    title: merged.title ?? merged.id ?? basename(path, extname(path)),
    description: merged.description ?? '',
    sha256: hash.digest('hex'),
    seniority: merged.seniority ?? null,
    skills: { required: skills.required ?? [], preferred: skills.preferred ?? [] },
    extraSkills: (skills.extra ?? []).map((e) => ({
      name: e.name,
      aliases: e.aliases,
      category: e.category,
    })),
    experience: {
      minYears: merged.experience?.minYears ?? null,
      idealYears: merged.experience?.idealYears ?? null,
    },
    tiers: { shortlist: merged.tiers?.shortlist ?? 60, consider: merged.tiers?.consider ?? 35 },
    scoring: { quality: merged.scoring?.quality ?? 0.4 },
    criteria: (merged.criteria ?? {}) as Record<string, CriterionSetting>,
    ...(merged.feedbackMessage === undefined ? {} : { feedbackMessage: merged.feedbackMessage }),
  };
}

function readWithExtends(path: string, chain: string[]): { merged: ProfileFile; sources: string[] } {
  if (chain.includes(path)) throw new ProfileError(`${basename(path)}: "extends" goes round in a circle`);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new ProfileError(`Profile file ${path} cannot be read`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(source) ?? {};
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    throw new ProfileError(
      `${basename(path)}: not valid YAML${where}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const parsed = profileFileSchema.safeParse(raw);
  if (!parsed.success) throw new ProfileError(`${basename(path)}: ${formatIssues(parsed.error.issues)}`);
  const file = parsed.data;
  if (!file.extends) return { merged: file, sources: [source] };
  const parentPath = existsSync(resolve(dirname(path), file.extends))
    ? resolve(dirname(path), file.extends)
    : resolveProfilePath(file.extends);
  const parent = readWithExtends(parentPath, [...chain, path]);
  return { merged: mergeProfiles(parent.merged, file), sources: [...parent.sources, source] };
}

/** A child profile overrides its parent key by key; criteria settings merge per criterion. */
function mergeProfiles(parent: ProfileFile, child: ProfileFile): ProfileFile {
  const criteria: NonNullable<ProfileFile['criteria']> = { ...(parent.criteria ?? {}) };
  for (const [id, setting] of Object.entries(child.criteria ?? {})) {
    const base = criteria[id] ?? {};
    criteria[id] = { ...base, ...setting, options: { ...(base.options ?? {}), ...(setting.options ?? {}) } };
  }
  const { extends: _e, ...rest } = child;
  return {
    ...parent,
    ...rest,
    skills: { ...(parent.skills ?? {}), ...(child.skills ?? {}) },
    experience: { ...(parent.experience ?? {}), ...(child.experience ?? {}) },
    tiers: { ...(parent.tiers ?? {}), ...(child.tiers ?? {}) },
    scoring: { ...(parent.scoring ?? {}), ...(child.scoring ?? {}) },
    criteria,
  };
}

/** Criterion ids must exist, and each criterion's options must fit that criterion's own schema. */
function validateCriteria(profile: ProfileFile, path: string): void {
  const tiers = profile.tiers ?? {};
  if ((tiers.shortlist ?? 70) < (tiers.consider ?? 50)) {
    throw new ProfileError(`${basename(path)}: tiers.shortlist must be at least tiers.consider`);
  }
  for (const [id, setting] of Object.entries(profile.criteria ?? {})) {
    const criterion = CRITERIA_BY_ID.get(id);
    if (!criterion) {
      throw new ProfileError(
        `${basename(path)}: criteria.${id}: unknown criterion (known: ${[...CRITERIA_BY_ID.keys()].join(', ')})`,
      );
    }
    const result = criterion.options.safeParse(setting.options ?? {});
    if (!result.success) {
      throw new ProfileError(
        `${basename(path)}: ${formatIssues(result.error.issues, `criteria.${id}.options`)}`,
      );
    }
  }
}

export function formatIssues(issues: z.core.$ZodIssue[], prefix = ''): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      return `${path || '(top level)'}: ${issue.message}${keys}`;
    })
    .join('; ');
}

/** The options a criterion runs with: the profile's, validated, with the criterion's defaults filled in. */
export function criterionOptions(profile: RoleProfile, id: string): Record<string, unknown> {
  const criterion = CRITERIA_BY_ID.get(id);
  if (!criterion) return {};
  return criterion.options.parse(profile.criteria[id]?.options ?? {});
}
