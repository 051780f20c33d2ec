import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

// Words that mean the same in job titles, reduced to one form; phrases are joined before splitting.
const PHRASES: [string, string][] = [
  ['back-end', 'backend'],
  ['back end', 'backend'],
  ['server-side', 'backend'],
  ['server side', 'backend'],
  ['front-end', 'frontend'],
  ['front end', 'frontend'],
  ['full-stack', 'fullstack'],
  ['full stack', 'fullstack'],
  ['staff nurse', 'nurse'],
  ['chef de partie', 'chef'],
  ['sous chef', 'chef'],
  ['head chef', 'chef'],
];
const SYNONYMS: Record<string, string> = Object.fromEntries(
  (
    [
      [
        'developer',
        'engineer programmer dev coder swe ingeniera ingeniero desarrolladora desarrollador ingénieur ingénieure développeur développeuse entwickler entwicklerin softwareentwickler softwareentwicklerin ingenieur ingenieurin engenheiro engenheira desenvolvedor desenvolvedora programador programadora',
      ],
      [
        'nurse',
        'rgn rn enfermera enfermero infirmière infirmier krankenschwester pflegefachkraft enfermeira enfermeiro',
      ],
      ['chef', 'cook cocinero cocinera cuisinier cuisinière koch köchin cozinheiro cozinheira'],
      [
        'accountant',
        'bookkeeper accounting accounts contable contador contadora comptable buchhalter buchhalterin contabilista',
      ],
      ['teacher', 'lecturer tutor profesor profesora professeur lehrer lehrerin professor professora'],
      ['frontend', 'ui'],
    ] as const
  ).flatMap(([to, from]) => from.split(' ').map((w) => [w, to])),
);
const NOISE = new Set([
  'senior',
  'junior',
  'lead',
  'principal',
  'staff',
  'head',
  'chief',
  'associate',
  'assistant',
  'trainee',
  'intern',
  'graduate',
  'mid',
  'level',
  'i',
  'ii',
  'iii',
  'the',
  'of',
  'and',
  'for',
  'at',
  'a',
  'de',
  'la',
  'le',
  'du',
  'des',
  'en',
  'sénior',
  'júnior',
  'registered',
]);

export const GENERIC_ROLE_WORDS = new Set([
  'developer',
  'manager',
  'officer',
  'specialist',
  'consultant',
  'executive',
  'analyst',
  'administrator',
  'coordinator',
  'advisor',
  'adviser',
  'worker',
  'operative',
  'technician',
]);

// Titles repeat across CVs and criteria (the job's on every CV): each read once, in a small store.
const titleCache = new Map<string, readonly string[]>();

export function titleWords(title: string): Set<string> {
  let words = titleCache.get(title);
  if (!words) {
    if (titleCache.size >= 10_000) titleCache.clear();
    titleCache.set(title, (words = [...readTitleWords(title)]));
  }
  return new Set(words);
}

function readTitleWords(title: string): Set<string> {
  let t = title.toLowerCase();
  for (const [from, to] of PHRASES) t = t.split(from).join(to);
  return new Set(
    t
      .split(/[^\p{L}+#-]+/u)
      // "Backend-Entwickler" is "backend" + "entwickler".
      .flatMap((w) => (w.includes('-') ? w.split('-') : [w]))
      .map((w) => SYNONYMS[w] ?? w)
      .filter((w) => w.length > 1 && !NOISE.has(w)),
  );
}

export default defineCriterion({
  id: 'title-match',
  title: 'Has held this kind of role',
  failureTitle: "Recent roles have other titles than the job's",
  description:
    "Similarity of the candidate's recent job titles to the job's title (synonyms such as engineer/developer count).",
  category: 'fit',
  defaultWeight: 6,
  advice: 'If your role matched this job under another name, say so in your title line or summary.',
  options: z.object({}).strict(),
  evaluate(cv, ctx) {
    const title = ctx.job.title ?? null;
    if (!title) return { notApplicable: 'no job title' };
    const wanted = titleWords(title);
    const head = [...wanted].pop();
    if (wanted.size === 0) return { notApplicable: 'the job title has no telling words' };
    // Newest roles first, as dated; the most recent counts fully, older ones less.
    const roles = [...cv.positions]
      .sort((a, b) => ((b.dates?.end ?? '') > (a.dates?.end ?? '') ? 1 : -1))
      .slice(0, 3);
    let best = 0;
    let bestRole: (typeof roles)[number] | null = null;
    roles.forEach((p, i) => {
      const have = titleWords(p.title);
      // The specific words ("backend", "nurse") weigh more than the generic head noun ("developer"),
      // so a DevOps engineer is not half a backend developer.
      // The head noun, the title's last word ("Scientist" in "Data Scientist"), says the most.
      const weightOf = (w: string) => (GENERIC_ROLE_WORDS.has(w) ? 0.3 : w === head ? 1.5 : 1);
      const total = [...wanted].reduce((sum, w) => sum + weightOf(w), 0);
      const similarity =
        [...wanted].filter((w) => have.has(w)).reduce((sum, w) => sum + weightOf(w), 0) / total;
      const weighted = similarity * (i === 0 ? 1 : i === 1 ? 0.8 : 0.6);
      if (weighted > best) {
        best = weighted;
        bestRole = p;
      }
    });
    const role = bestRole as (typeof roles)[number] | null;
    return {
      score: best,
      evidence: role
        ? [
            {
              message: `Closest role to "${title}": ${role.title}${role.organization ? ` at ${role.organization}` : ''}`,
              quote: role.title,
              location: { section: 'experience', line: role.line },
            },
          ]
        : [
            {
              message: `No recent role title resembles "${title}"${roles.length ? ` (recent: ${roles.map((p) => p.title).join('; ')})` : ''}`,
            },
          ],
    };
  },
});
