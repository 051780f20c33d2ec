import type { Bullet, Evidence, ParsedCv } from '../../model.js';

export function allBullets(cv: ParsedCv): Bullet[] {
  return cv.positions.flatMap((p) => p.bullets);
}

/** A bullet quoted as evidence, with where it stands. */
export function bulletEvidence(cv: ParsedCv, bullet: Bullet, message: string): Evidence {
  const position = cv.positions.find((p) => p.bullets.includes(bullet));
  return {
    message,
    quote: bullet.text.length > 300 ? bullet.text.slice(0, 297) + '...' : bullet.text,
    location: {
      section: position
        ? `${position.title}${position.organization ? `, ${position.organization}` : ''}`
        : 'experience',
      line: bullet.line,
    },
  };
}

// Ways a bullet opens with a duty instead of an action: "Responsible for maintaining...".
const WEAK_OPENER =
  /^(?:was |were )?(?:responsible for|in charge of|worked on|working on|helped(?: with| to)?|assisted(?: with| in)?|involved in|duties included|tasked with|participated in|took part in|part of)\s+/iu;
const IRREGULAR: Record<string, string> = {
  building: 'Built',
  making: 'Made',
  leading: 'Led',
  writing: 'Wrote',
  running: 'Ran',
  setting: 'Set',
  taking: 'Took',
  keeping: 'Kept',
  bringing: 'Brought',
  teaching: 'Taught',
  selling: 'Sold',
  buying: 'Bought',
  driving: 'Drove',
  giving: 'Gave',
  finding: 'Found',
  holding: 'Held',
  cutting: 'Cut',
  spending: 'Spent',
};
// A verb for a bullet that names only a thing: "Worked on APIs" -> "Built APIs".
const VERB_FOR: [RegExp, string][] = [
  [/\b(bugs?|issues?|incidents?|defects?|tickets?)\b/iu, 'Resolved'],
  [/\b(tests?|testing|qa)\b/iu, 'Automated'],
  [/\b(migrations?|upgrades?)\b/iu, 'Delivered'],
  [/\b(reports?|dashboards?|analys[ie]s)\b/iu, 'Produced'],
  [/\b(customers?|clients?|users?|patients?|guests?)\b/iu, 'Supported'],
  [/\b(juniors?|team|staff|trainees?|new starters?)\b/iu, 'Mentored'],
  [
    /\b(apis?|services?|features?|systems?|apps?|applications?|tools?|pipelines?|websites?|pages?|platforms?)\b/iu,
    'Built',
  ],
];

function pastTense(gerund: string): string {
  const lower = gerund.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  const base = lower.replace(/ing$/, '');
  const word = /ied$/.test(base) ? base : base.endsWith('y') ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A stronger version of a bullet, built from the candidate's own words: the duty opener dropped, a
 * verb of action in front, and a marked place for the result they should add. Never claims more than
 * the line does ("helped with" stays a contribution), and what only the candidate knows stays in
 * [brackets].
 */
export function strongerBullet(
  text: string,
  result = '[and the result: by how much, for how many]',
  strongVerbs: ReadonlySet<string> = new Set(),
): string {
  // The lookbehind makes a long run of dots cost linear time: without it each dot began a match
  // that failed at the run's end.
  const trimmed = text.trim().replace(/(?<![.;])[.;]+$/, '');
  const opener = WEAK_OPENER.exec(trimmed)?.[0].trim().toLowerCase() ?? null;
  const rest = trimmed.slice(opener ? WEAK_OPENER.exec(trimmed)![0].length : 0);
  // "fixing bugs and supporting users" -> "Fixed bugs and supported users".
  const tensed = rest.replace(
    /\b(and|or) ([\p{Ll}]{3,}ing)\b/gu,
    (_m, joiner: string, g: string) => `${joiner} ${pastTense(g).toLowerCase()}`,
  );
  const [first = '', ...others] = tensed.split(/\s+/);
  const lowerFirst = (t: string) => (/^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
  let sentence: string;
  if (opener && /^(helped|assisted|participated|took part|part of|involved)/.test(opener))
    sentence = `Contributed to ${lowerFirst(tensed)}`;
  else if (/^[\p{L}]{3,}ing$/u.test(first)) sentence = [pastTense(first), ...others].join(' ');
  else if (opener)
    sentence = `${VERB_FOR.find(([re]) => re.test(tensed))?.[1] ?? 'Delivered'} ${lowerFirst(tensed)}`;
  else if (strongVerbs.size && !strongVerbs.has(first.toLowerCase()))
    sentence = `[a stronger verb: Led / Planned / Ran] ${others.join(' ')}`;
  else sentence = tensed;
  return `${sentence}, ${result}`;
}
