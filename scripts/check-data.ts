// Validates the data files the CV reader and scorer load: data/skills.json and data/word-lists.json.
// Run with `npx tsx scripts/check-data.ts`. Prints a summary and exits 0, or lists every problem and exits 1.

import { readFileSync } from 'node:fs';
import { normalisePhrase } from '../src/parse/skills.js';

const MIN_SKILLS = 1000;

const ALLOWED_CATEGORIES = [
  'programming-language',
  'web-framework',
  'backend-framework',
  'frontend',
  'desktop',
  'mobile',
  'database',
  'cloud',
  'devops',
  'container',
  'ci-cd',
  'monitoring',
  'messaging',
  'data-engineering',
  'data-science',
  'machine-learning',
  'testing',
  'security',
  'architecture',
  'api',
  'networking',
  'os',
  'it-support',
  'software-engineering',
  'tool',
  'cms',
  'methodology',
  'design',
  'product',
  'marketing',
  'sales',
  'retail',
  'customer-service',
  'finance-accounting',
  'accounting-software',
  'healthcare-clinical',
  'nursing',
  'pharmacy',
  'social-care',
  'health-safety',
  'culinary',
  'hospitality',
  'food-safety',
  'logistics',
  'supply-chain',
  'hr',
  'legal',
  'education-teaching',
  'construction',
  'engineering-mechanical',
  'engineering-electrical',
  'office',
  'language-spoken',
  'soft-skill',
  'certification',
] as const;

const SKILL_FIELDS = ['name', 'category', 'aliases', 'ambiguous'] as const;

const WORD_LISTS = [
  'actionVerbs',
  'weakOpeners',
  'genericSkillTerms',
  'personalDetailPatterns',
  'stopwords',
] as const;

/**
 * The form two skill names or aliases are compared in: the CV matcher's own (lower case, single spaces,
 * list punctuation and trailing full stops dropped), so two phrases that look different but that the
 * matcher would treat as one are caught too.
 */
function key(text: string): string {
  return normalisePhrase(text);
}

function readJson(relativePath: string, problems: string[]): unknown {
  const url = new URL(`../${relativePath}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as unknown;
  } catch (error) {
    problems.push(`${relativePath}: cannot read or parse: ${(error as Error).message}`);
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkText(value: string, where: string, problems: string[]): void {
  if (value.trim() === '') problems.push(`${where}: empty string`);
  else if (value !== value.trim()) problems.push(`${where}: leading or trailing whitespace in "${value}"`);
  else if (/\s{2,}/.test(value)) problems.push(`${where}: repeated whitespace in "${value}"`);
}

interface Skill {
  name: string;
  category: string;
  aliases: string[];
  ambiguous: boolean;
}

function checkSkills(problems: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const file = 'data/skills.json';
  const data = readJson(file, problems);
  if (data === undefined) return counts;
  if (!Array.isArray(data)) {
    problems.push(`${file}: expected a JSON array of skills`);
    return counts;
  }
  if (data.length < MIN_SKILLS) problems.push(`${file}: ${data.length} skills, need at least ${MIN_SKILLS}`);

  const allowed = new Set<string>(ALLOWED_CATEGORIES);
  const skills: Skill[] = [];
  data.forEach((entry: unknown, index) => {
    const where = `${file}[${index}]`;
    if (!isRecord(entry)) {
      problems.push(`${where}: expected an object`);
      return;
    }
    const label = typeof entry.name === 'string' ? `${where} "${entry.name}"` : where;
    for (const field of SKILL_FIELDS) {
      if (!(field in entry)) problems.push(`${label}: missing field "${field}"`);
    }
    for (const field of Object.keys(entry)) {
      if (!(SKILL_FIELDS as readonly string[]).includes(field)) {
        problems.push(`${label}: unknown field "${field}"`);
      }
    }
    const { name, category, aliases, ambiguous } = entry;
    let ok = true;
    if (typeof name !== 'string') {
      problems.push(`${label}: "name" must be a string`);
      ok = false;
    } else checkText(name, label, problems);
    if (typeof category !== 'string') {
      problems.push(`${label}: "category" must be a string`);
      ok = false;
    } else if (!allowed.has(category)) problems.push(`${label}: category "${category}" is not allowed`);
    if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string')) {
      problems.push(`${label}: "aliases" must be an array of strings`);
      ok = false;
    } else aliases.forEach((alias: string) => checkText(alias, `${label} alias`, problems));
    if (typeof ambiguous !== 'boolean') {
      problems.push(`${label}: "ambiguous" must be true or false`);
      ok = false;
    }
    if (ok) skills.push(entry as unknown as Skill);
  });

  // Every name and alias belongs to exactly one skill, compared case-insensitively.
  const owners = new Map<string, string>();
  for (const skill of skills) {
    counts.set(skill.category, (counts.get(skill.category) ?? 0) + 1);
    const own = new Set<string>();
    for (const form of [skill.name, ...skill.aliases]) {
      const k = key(form);
      if (k === '') {
        problems.push(`"${skill.name}": "${form}" has no letters or digits the matcher can use`);
        continue;
      }
      if (own.has(k)) {
        problems.push(
          form === skill.name || key(skill.name) === k
            ? `"${skill.name}": alias "${form}" repeats the skill's own name`
            : `"${skill.name}": alias "${form}" is listed twice`,
        );
        continue;
      }
      own.add(k);
      const owner = owners.get(k);
      if (owner === undefined) owners.set(k, skill.name);
      else if (form === skill.name && key(owner) === k) problems.push(`duplicate skill name "${form}"`);
      else {
        const what = form === skill.name ? 'name' : 'alias';
        problems.push(`${what} "${form}" of "${skill.name}" is already the name or an alias of "${owner}"`);
      }
    }
  }

  // Sorted by category, then by name (case-insensitive), so diffs stay small and readable.
  for (let i = 1; i < skills.length; i++) {
    const a = skills[i - 1]!;
    const b = skills[i]!;
    const order =
      a.category < b.category
        ? -1
        : a.category > b.category
          ? 1
          : a.name.toLowerCase() < b.name.toLowerCase()
            ? -1
            : a.name.toLowerCase() > b.name.toLowerCase()
              ? 1
              : 0;
    if (order > 0) problems.push(`${file}: "${b.name}" (${b.category}) is out of order after "${a.name}"`);
  }
  return counts;
}

function checkWordLists(problems: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  const file = 'data/word-lists.json';
  const data = readJson(file, problems);
  if (data === undefined) return sizes;
  if (!isRecord(data)) {
    problems.push(`${file}: expected a JSON object of arrays`);
    return sizes;
  }
  for (const field of Object.keys(data)) {
    if (!(WORD_LISTS as readonly string[]).includes(field)) problems.push(`${file}: unknown list "${field}"`);
  }
  for (const list of WORD_LISTS) {
    const words = data[list];
    if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) {
      problems.push(`${file}: "${list}" must be an array of strings`);
      continue;
    }
    if (words.length === 0) problems.push(`${file}: "${list}" is empty`);
    sizes.set(list, words.length);
    const seen = new Set<string>();
    for (const word of words as string[]) {
      checkText(word, `${file} ${list}`, problems);
      if (word !== word.toLowerCase()) problems.push(`${file} ${list}: "${word}" must be lowercase`);
      if (seen.has(word)) problems.push(`${file} ${list}: "${word}" is listed twice`);
      seen.add(word);
    }
  }
  const verbs = data.actionVerbs;
  const weak = data.weakOpeners;
  if (Array.isArray(verbs) && Array.isArray(weak)) {
    const weakSet = new Set(weak);
    for (const verb of verbs) {
      if (weakSet.has(verb))
        problems.push(`${file}: "${String(verb)}" is both an action verb and a weak opener`);
    }
  }
  return sizes;
}

function main(): void {
  const problems: string[] = [];
  const counts = checkSkills(problems);
  const sizes = checkWordLists(problems);

  if (problems.length > 0) {
    console.error(`check-data: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }

  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  console.log(`data/skills.json: ${total} skills in ${counts.size} categories`);
  for (const category of ALLOWED_CATEGORIES) {
    const n = counts.get(category);
    if (n !== undefined) console.log(`  ${category.padEnd(22)} ${n}`);
  }
  console.log('data/word-lists.json:');
  for (const [list, n] of sizes) console.log(`  ${list.padEnd(22)} ${n}`);
  console.log('check-data: OK');
}

main();
