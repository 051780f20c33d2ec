import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WordLists } from './parse/facts.js';
import type { SkillEntry } from './parse/skills.js';
import type { Background } from './score/terms.js';

/** The folder of data files that ship with shortlist (skills taxonomy, word lists). */
export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

let skills: SkillEntry[] | undefined;
let words: WordLists | undefined;

export function loadTaxonomy(): SkillEntry[] {
  skills ??= JSON.parse(readFileSync(`${DATA_DIR}skills.json`, 'utf8')) as SkillEntry[];
  return skills;
}

export function loadWordLists(): WordLists {
  words ??= JSON.parse(readFileSync(`${DATA_DIR}word-lists.json`, 'utf8')) as WordLists;
  return words;
}

let background: Background | undefined;

/** Document frequencies of a general corpus shipped with shortlist, for weighting a job's terms. */
export function loadBackground(): Background {
  if (!background) {
    try {
      background = JSON.parse(readFileSync(`${DATA_DIR}background.json`, 'utf8')) as Background;
    } catch {
      // Without the corpus the relevance criterion reports itself not applicable.
      background = { documents: 0, df: {} };
    }
  }
  return background;
}
