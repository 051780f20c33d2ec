import { describe, expect, it } from 'vitest';
import { loadBackground, loadTaxonomy, loadWordLists } from '../../src/data.js';
import type { JobSpec, ParsedCv, RoleProfile } from '../../src/model.js';
import { isQuantified } from '../../src/parse/facts.js';
import { parseCv } from '../../src/parse/index.js';
import { buildSkillMatcher } from '../../src/parse/skills.js';
import { loadProfile } from '../../src/profile/load.js';
import { assess, combine, packAssessment, unpackAssessment } from '../../src/score/evaluate.js';
import { CRITERIA, CRITERIA_BY_ID } from '../../src/score/registry.js';
import { signalOutcome } from '../../src/score/criteria/signals.js';

// Each criterion against small CVs it must reward and must not reward, read by the real parser.
const matcher = buildSkillMatcher(loadTaxonomy());
const words = loadWordLists();
const AS_OF = '2026-11';

function cv(text: string): ParsedCv {
  return parseCv(
    { ok: true, format: 'txt', text, pages: null, links: [], hasImages: false },
    { asOf: AS_OF, skills: matcher, words },
  );
}

// Every criterion on at its default weight (the default profile switches the software-only ones off).
const ALL_ON: RoleProfile = { ...loadProfile('default'), criteria: {} };

const NO_JOB: JobSpec = {
  title: null,
  file: null,
  sha256: null,
  required: [],
  preferred: [],
  minYears: null,
  keywords: [],
};
const BACKEND_JOB: JobSpec = {
  ...NO_JOB,
  title: 'Backend Developer',
  required: ['Node.js or Go', 'PostgreSQL'],
  preferred: ['Apache Kafka'],
  minYears: 4,
  keywords: ['Node.js', 'PostgreSQL', 'payments', 'latency'],
};

function score(
  id: string,
  text: string,
  job: JobSpec = BACKEND_JOB,
  profile: RoleProfile = ALL_ON,
): number | null {
  const result = assess(cv(text), { profile, job, asOf: AS_OF, words }).criteria.find((c) => c.id === id);
  if (!result) throw new Error(`criterion ${id} did not run`);
  return result.score;
}

const role = (bullets: string[], dates = 'Mar 2020 – Present', title = 'Backend Engineer — Acme Payments') =>
  [title, dates, ...bullets.map((b) => `• ${b}`)].join('\n');
const STRONG_BULLETS = [
  'Reduced p99 latency of the payments API by 40% by batching PostgreSQL reads in Node.js',
  'Built a Kafka pipeline processing 500K messages per second with exactly-once delivery',
];
const VAGUE_BULLETS = ['Responsible for maintaining backend services', 'Worked on various projects'];

describe.each([
  ['quantified-achievements', role(STRONG_BULLETS), role(VAGUE_BULLETS)],
  [
    'action-verbs',
    role(STRONG_BULLETS),
    role(['The payments API was made faster by the team', 'Various projects for the business']),
  ],
  ['vague-duties', role(STRONG_BULLETS), role(VAGUE_BULLETS)],
  ['bullet-length', role(STRONG_BULLETS), role(['Did stuff', 'Fixed bugs'])],
  [
    'required-skills',
    `SKILLS\nGo, PostgreSQL, Docker\nEXPERIENCE\n${role(STRONG_BULLETS)}`,
    `SKILLS\nPhotoshop, Figma\nEXPERIENCE\n${role(['Designed brand identities for 30 clients across Europe'])}`,
  ],
  [
    'preferred-skills',
    role(STRONG_BULLETS),
    role(['Designed brand identities for 30 clients across Europe']),
  ],
  [
    'skill-depth',
    role(STRONG_BULLETS),
    `SKILLS\nNode.js, PostgreSQL\nEXPERIENCE\n${role(['Designed brand identities for 30 clients'], '2010 – 2012')}`,
  ],
  [
    'experience-years',
    role(STRONG_BULLETS, 'Jan 2018 – Present'),
    role(STRONG_BULLETS, 'Jan 2025 – Present'),
  ],
  ['keyword-coverage', role(STRONG_BULLETS), role(['Cooked 300 covers a night in a busy brasserie kitchen'])],
  [
    'reverse-chronological',
    `${role(STRONG_BULLETS, 'Mar 2022 – Present')}\n${role(STRONG_BULLETS, 'Jan 2018 – Feb 2022', 'Developer — Beta Ltd')}`,
    `${role(STRONG_BULLETS, 'Jan 2018 – Feb 2022', 'Developer — Beta Ltd')}\n${role(STRONG_BULLETS, 'Mar 2022 – Present')}`,
  ],
  [
    'date-format',
    `${role(STRONG_BULLETS, 'Mar 2022 – Present')}\n${role(STRONG_BULLETS, 'Jan 2018 – Feb 2022', 'Developer — Beta Ltd')}`,
    `${role(STRONG_BULLETS, '03/2022 - Present')}\n${role(STRONG_BULLETS, '2018–2021', 'Developer — Beta Ltd')}\n${role(STRONG_BULLETS, 'Jan 2015 – Dec 2017', 'Developer — Gamma Ltd')}`,
  ],
  [
    'personal-details',
    `Jane Doe\n${role(STRONG_BULLETS)}`,
    `Jane Doe\nDate of birth: 12/03/1990\nMarital status: married\n${role(STRONG_BULLETS)}`,
  ],
  [
    'summary',
    `SUMMARY\nBackend engineer with 8 years building payment APIs in Go and PostgreSQL for fintech platforms serving 2M users a day.\nEXPERIENCE\n${role(STRONG_BULLETS)}`,
    role(STRONG_BULLETS),
  ],
  [
    'key-skills',
    `SKILLS\nGo, Node.js, PostgreSQL, Redis, Kafka, Docker, Kubernetes, AWS, Terraform\n${role(STRONG_BULLETS)}`,
    role(STRONG_BULLETS),
  ],
  [
    'generic-skills',
    `SKILLS\nGo, PostgreSQL, Kafka\n${role(STRONG_BULLETS)}`,
    `SKILLS\nTeam player, hard worker, problem-solving, self-motivated\n${role(STRONG_BULLETS)}`,
  ],
  [
    'breadth-over-depth',
    `SKILLS\nGo, Python, SQL\n${role(STRONG_BULLETS)}`,
    `SKILLS\nGo, Python, Java, C, C++, C#, Ruby, Perl, PHP, Pascal, COBOL, Fortran, Haskell, Scala, Kotlin\n${role(STRONG_BULLETS)}`,
  ],
  [
    'outdated-tech',
    `SKILLS\nGo, PostgreSQL\n${role(STRONG_BULLETS)}`,
    `SKILLS\nColdFusion, Visual Basic 6, Silverlight\n${role(STRONG_BULLETS)}`,
  ],
  [
    'open-source',
    `Jane Doe\nhttps://github.com/janedoe\n${role(STRONG_BULLETS)}`,
    `Jane Doe\n${role(STRONG_BULLETS)}`,
  ],
  [
    'certifications',
    `CERTIFICATIONS\nAWS Certified Solutions Architect – Associate (2023)\n${role(STRONG_BULLETS)}`,
    role(STRONG_BULLETS),
  ],
  [
    'seniority-signals',
    role([
      'Led a team of 5 engineers and mentored two juniors',
      'Architected the ledger service, owned the payments core platform',
    ]),
    role(VAGUE_BULLETS),
  ],
  ['scale-signals', role(STRONG_BULLETS), role(VAGUE_BULLETS)],
  [
    'operational-excellence',
    role([
      'Joined the on-call rota and led incident post-mortems',
      'Set up Prometheus monitoring and a CI/CD pipeline',
    ]),
    role(VAGUE_BULLETS),
  ],
  [
    'education',
    `EDUCATION\nBSc Computer Science, University of Leeds, 2016\n${role(STRONG_BULLETS)}`,
    role(STRONG_BULLETS),
  ],
])('%s', (id, good, bad) => {
  it('rewards the CV that shows it', () => {
    expect(score(id, good)).toBeGreaterThanOrEqual(0.7);
  });
  it('does not reward the CV that lacks it', () => {
    const s = score(id, bad);
    expect(s).not.toBeNull();
    expect(s!).toBeLessThan(score(id, good)!);
    expect(s!).toBeLessThan(0.7);
  });
});

const LAYOUT_GOOD = {
  columns: 1,
  bodyFontSize: 10.5,
  margins: { left: 72, right: 72, top: 60, bottom: 72 },
  fonts: 2,
  images: 0,
  hiddenText: [],
};
const LAYOUT_BAD = {
  columns: 2,
  bodyFontSize: 7.5,
  margins: { left: 14, right: 10, top: 12, bottom: 10 },
  fonts: 6,
  images: 5,
  hiddenText: [],
};

function scoreDoc(
  id: string,
  text: string,
  doc: { format?: 'pdf' | 'docx'; layout?: typeof LAYOUT_GOOD; tables?: number },
): number | null {
  const parsed = parseCv(
    {
      ok: true,
      format: doc.format ?? 'pdf',
      text,
      pages: 1,
      links: [],
      hasImages: false,
      ...(doc.layout ? { layout: doc.layout } : {}),
      tables: doc.tables ?? 0,
    },
    { asOf: AS_OF, skills: matcher, words },
  );
  return assess(parsed, {
    profile: loadProfile('default'),
    job: BACKEND_JOB,
    asOf: AS_OF,
    words,
  }).criteria.find((c) => c.id === id)!.score;
}

describe.each([
  ['typography', { layout: LAYOUT_GOOD }, { layout: LAYOUT_BAD }],
  ['ats-format', { layout: LAYOUT_GOOD }, { layout: LAYOUT_BAD, tables: 2 }],
  ['file-format', { format: 'pdf' as const, layout: LAYOUT_GOOD }, { format: 'docx' as const }],
])('%s (from the document)', (id, good, bad) => {
  const text = `EXPERIENCE\n${role(STRONG_BULLETS)}\nEDUCATION\nBSc Computer Science, University of Leeds, 2016\nSKILLS\nGo, PostgreSQL`;
  it('rewards the document that shows it and not the one that lacks it', () => {
    expect(scoreDoc(id, text, good)).toBeGreaterThanOrEqual(0.7);
    expect(scoreDoc(id, text, bad)!).toBeLessThan(0.7);
  });
});

describe.each([
  [
    'why-and-impact',
    role(STRONG_BULLETS),
    role(['Used Redis for the payments service', 'Wrote Go services for the ledger team']),
  ],
  [
    'architecture-knowledge',
    role([
      'Designed REST and gRPC APIs between 12 microservices',
      'Built event-driven order flows on Kafka with Redis caching',
    ]),
    role(['Fixed bugs in the billing screens', 'Wrote unit tests for the admin pages']),
  ],
  [
    'jargon',
    role(STRONG_BULLETS),
    role([
      'Owned the BFF, DLQ, WAL and CDC for the OMS and PSP',
      'Ran SRE SLO work on the IDP, TSDB and LSM layers for the EMEA BU',
    ]),
  ],
])('%s', (id, good, bad) => {
  it('rewards the CV that shows it and not the one that lacks it', () => {
    expect(score(id, good)).toBeGreaterThanOrEqual(0.7);
    expect(score(id, bad)!).toBeLessThan(0.7);
  });
});

describe('every criterion', () => {
  it('is tested above and declares its wording', () => {
    for (const c of CRITERIA) {
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.failureTitle, c.id).not.toBe(c.title);
      expect(c.advice.length, c.id).toBeGreaterThan(20);
      expect(c.defaultWeight, c.id).toBeGreaterThan(0);
    }
    expect(CRITERIA_BY_ID.size).toBe(CRITERIA.length);
  });

  it('is not applicable, weighing nothing, when there is nothing to judge', () => {
    expect(score('required-skills', role(STRONG_BULLETS), NO_JOB)).toBeNull();
    expect(score('experience-years', role(STRONG_BULLETS), NO_JOB)).toBeNull();
    expect(score('quantified-achievements', 'Jane Doe\nSKILLS\nGo')).toBeNull();
  });
});

describe('relevance of experience', () => {
  it('does not count years in another kind of work', () => {
    const chef = `${role(['Ran a kitchen of 12 cooks serving 300 covers a night'], 'Jan 2010 – Dec 2019', 'Head Chef — The Brasserie')}`;
    expect(score('experience-years', chef)).toBe(0);
  });
});

describe('gates', () => {
  it('tiers a candidate who fails a gate as reject, with the gate reported', () => {
    const profile = {
      ...loadProfile('default'),
      criteria: { 'required-skills': { mode: 'gate' as const, gateAt: 1 } },
    };
    const a = assess(cv(`SKILLS\nGo\n${role(['Designed brand identities for 30 clients'])}`), {
      profile,
      job: BACKEND_JOB,
      asOf: AS_OF,
      words,
    });
    expect(a.tier).toBe('reject');
    expect(a.gatesFailed).toEqual(['required-skills']);
    expect(a.criteria.find((c) => c.id === 'required-skills')?.passed).toBe(false);
  });
});

describe('stored assessments', () => {
  // Gates (one at its default bar), a weight of the profile's own, a criterion off, and criteria
  // with advice and examples.
  const profile: RoleProfile = {
    ...ALL_ON,
    criteria: {
      'required-skills': { mode: 'gate', gateAt: 1 },
      'bullet-length': { weight: 9 },
      'action-verbs': { mode: 'gate' },
      jargon: { mode: 'off' },
    },
  };
  const texts = [
    `SKILLS\nGo\n${role(['Designed brand identities for 30 clients'])}`,
    `SUMMARY\nBackend engineer.\nSKILLS\nNode.js, PostgreSQL, Kafka\n${role(STRONG_BULLETS)}`,
    role([
      'Responsible for various tasks',
      'Worked on the API',
      'Helped the team with JIRA and CI/CD and SLAs',
    ]),
  ];

  it('keep only what the profile does not give, and unpack to the same assessment, key for key', () => {
    for (const text of texts) {
      const assessment = assess(cv(text), { profile, job: BACKEND_JOB, asOf: AS_OF, words });
      const packed = packAssessment(assessment);
      for (const c of packed.criteria) {
        expect(Object.keys(c).filter((k) => !['id', 'score', 'evidence', 'example'].includes(k))).toEqual([]);
      }
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(assessment).length * 0.8);
      // Through JSON, as the cache and the spill file keep it; compared as JSON text, so that the key
      // order results.json is written in is the same too.
      const back = unpackAssessment(JSON.parse(JSON.stringify(packed)) as typeof packed, profile);
      expect(JSON.stringify(back)).toBe(JSON.stringify(assessment));
      // A full assessment comes back as it was.
      expect(JSON.stringify(unpackAssessment(assessment, profile))).toBe(JSON.stringify(assessment));
    }
    const all = texts.map((t) => assess(cv(t), { profile, job: BACKEND_JOB, asOf: AS_OF, words }));
    const seen = all.flatMap((a) => a.criteria);
    // The cases above are there: a failed gate, the other gate, the weight, advice, an example.
    expect(seen.some((c) => c.passed === false)).toBe(true);
    expect(seen.some((c) => c.id === 'bullet-length' && c.weight === 9)).toBe(true);
    expect(seen.some((c) => c.id === 'action-verbs' && c.mode === 'gate' && c.passed !== undefined)).toBe(
      true,
    );
    expect(seen.some((c) => c.advice)).toBe(true);
    expect(seen.some((c) => c.example)).toBe(true);
    expect(seen.some((c) => c.id === 'jargon')).toBe(false);
  });

  it('refuse a criterion shortlist does not know', () => {
    const packed = packAssessment(assess(cv(texts[0]!), { profile, job: BACKEND_JOB, asOf: AS_OF, words }));
    packed.criteria[0] = { ...packed.criteria[0]!, id: 'no-such-criterion' };
    expect(() => unpackAssessment(packed, profile)).toThrow(/no-such-criterion/);
  });
});

describe('title-match and relevance', () => {
  const job: JobSpec = {
    ...BACKEND_JOB,
    text: 'Senior Backend Developer. You will build REST APIs and event-driven services for our payments platform in Node.js or Go, tune PostgreSQL queries, run Kafka pipelines and own services on-call. Requirements: 5+ years of backend development, PostgreSQL, Docker, AWS.',
  };
  const background = loadBackground();
  const assessOf = (text: string) =>
    assess(cv(text), { profile: loadProfile('default'), job, asOf: AS_OF, words, background });
  const scoreOf = (id: string, text: string) => assessOf(text).criteria.find((c) => c.id === id)!.score!;
  const backend = role(STRONG_BULLETS, 'Mar 2020 – Present', 'Server-side Engineer — Acme Payments');
  const chef = role(
    [
      'Ran a kitchen of 12 cooks serving 300 covers a night',
      'Cut food waste by 20% with weekly stock counts',
    ],
    'Mar 2020 – Present',
    'Head Chef — The Brasserie',
  );

  it('credits a synonym of the job title and not another profession', () => {
    expect(scoreOf('title-match', backend)).toBe(1);
    expect(scoreOf('title-match', chef)).toBe(0);
  });

  it('scores a CV about the same work above one about other work', () => {
    expect(scoreOf('relevance', backend)).toBeGreaterThan(0.5);
    expect(scoreOf('relevance', chef)).toBeLessThan(0.2);
  });

  it('gives stuffing a term little: ten repeats earn far less than ten times one', () => {
    const once = scoreOf('relevance', `${chef}\nSkills: Kafka`);
    const stuffed = scoreOf('relevance', `${chef}\nSkills: ${'Kafka '.repeat(10)}`);
    expect(stuffed - once).toBeLessThan(0.15);
  });
});

describe('how the total is made', () => {
  it('is fit adjusted by quality: a polished CV of the wrong profession stays below a plain one of the right', () => {
    expect(combine(0.2, 1, 0.4)).toBeCloseTo(0.2);
    expect(combine(0.6, 0.2, 0.4)).toBeCloseTo(0.6 * 0.68);
    expect(combine(0.6, 0.2, 0.4)).toBeGreaterThan(combine(0.2, 1, 0.4));
    expect(combine(null, 0.7, 0.4)).toBe(0.7);
    expect(combine(0.5, null, 0.4)).toBe(0.5);
  });

  it('gives a required skill only listed half the credit of one used in a role', () => {
    const listed = score(
      'required-skills',
      `SKILLS\nGo, PostgreSQL\nEXPERIENCE\n${role(['Designed brand identities for 30 clients across Europe'])}`,
    );
    const used = score('required-skills', role(STRONG_BULLETS));
    expect(used).toBe(1);
    expect(listed).toBe(0.5);
  });
});

describe('generic-skills', () => {
  it('finds the terms one pattern over the whole list finds, in the same order', () => {
    const text = [
      'SKILLS',
      'Team player, hard worker, problem-solving skills, self-motivated; problem solver',
      'Excellent communication skills and attention to detail (detail-oriented), results-driven',
      'Problem-solvingly creative: not a term; co-problem-solving is',
      role(STRONG_BULLETS),
    ].join('\n');
    const terms = [...words.genericSkillTerms].sort((a, b) => b.length - a.length);
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}])(${terms.map(escape).join('|')})(?![\\p{L}])`, 'gu');
    const expected = [
      ...new Set(text.split('\n').flatMap((l) => [...l.toLowerCase().matchAll(pattern)].map((m) => m[1]!))),
    ];
    const outcome = CRITERIA_BY_ID.get('generic-skills')!.evaluate(
      cv(text),
      { profile: ALL_ON, job: NO_JOB, asOf: AS_OF, words, requirements: [] },
      { allowed: 0 },
    );
    expect(expected.length).toBeGreaterThan(4);
    expect('evidence' in outcome && outcome.evidence[0]!.message).toBe(
      `${expected.length} generic terms: ${expected.join(', ')}`,
    );
  });
});

describe('signals', () => {
  it('finds a signal only within a line, and the first line that has it', () => {
    const signals = [
      { label: 'figure in ms', pattern: /\b\d+(\.\d+)?\s*ms\b/iu },
      { label: 'caching', pattern: /\b(cach(e|ing)|redis)\b/iu },
      { label: 'anchored', pattern: /^kafka\b/iu },
    ];
    const parsed = cv(
      ['Jane Doe', 'Served 200', 'ms responses from Redis', 'Kafka consumers', 'Added caching: 40 ms'].join(
        '\n',
      ),
    );
    const outcome = signalOutcome(parsed, signals, 3, 'signal');
    const found = 'evidence' in outcome ? outcome.evidence.slice(1) : [];
    expect(found.map((e) => [e.message, e.location?.line])).toEqual([
      ['figure in ms', 5],
      ['caching', 3],
      ['anchored', 4],
    ]);
  });
});

describe('scale-signals on long lines', () => {
  it('counts a latency word only with a figure within 150 characters of it', () => {
    const near = score('scale-signals', role(['Cut the latency of the payments API by 40%']));
    const far = score('scale-signals', role([`Cut the latency of the ${'payments '.repeat(20)}API by 40%`]));
    expect(near).toBeGreaterThan(far!);
  });

  it('reads lines of 100,000 characters of figures and scale words, finding the real figures', () => {
    // Every repeat in the patterns is bounded; unbounded, such lines took minutes to score.
    const runs = ['1.'.repeat(50_000), 'latency '.repeat(12_500), `${'1,'.repeat(50_000)}x`];
    const withRuns = score('scale-signals', role([...STRONG_BULLETS, ...runs]));
    expect(withRuns).toBe(score('scale-signals', role(STRONG_BULLETS)));
  }, 20_000); // about a second here: the limit only tells a hang from a pass
});

describe('reading long runs of figures and brackets', () => {
  it.each([
    ['Cut costs by 40%', true],
    ['Grew the platform to 1,200,000 users', true],
    ['Saved $120K a year', true],
    ['Served the pages in 200ms', true],
    ['Shipped release 10.1.2 beta', true],
    ['Worked on the tracking pages', false],
  ])('reads %j as a figure: %s', (text, quantified) => {
    expect(isQuantified(text)).toBe(quantified);
  });

  it('reads lines of 100,000 and more figures as no result', () => {
    // In time growing with the square of a run's length, these lines took over a minute together.
    for (const run of ['1'.repeat(100_000), '11.'.repeat(50_000), '11,'.repeat(50_000)]) {
      expect(isQuantified(run)).toBe(false);
    }
    expect(isQuantified(`${'11.'.repeat(50_000)}5 users`)).toBe(true);
  }, 10_000); // some 50 ms here: the limit only tells a hang from a pass

  it('reads a school beside a run of 150,000 brackets, and trims the brackets a year leaves', () => {
    // In time growing with the square of the run's length, this line took about a minute to read.
    const run = '('.repeat(150_000);
    const text = [
      'Jane Doe',
      'EDUCATION',
      'BSc Computing, University of Leeds (2016 – 2019)',
      `MSc Data Science, University of York ${run}x`,
      'Diploma in Design – Leeds College of Art –',
    ].join('\n');
    expect(cv(text).education.map((e) => [e.degree, e.institution, e.end])).toEqual([
      ['BSc Computing', 'University of Leeds', '2019'],
      ['MSc Data Science', `University of York ${run}x`, null],
      ['Diploma in Design', 'Leeds College of Art', null],
    ]);
  }, 10_000); // some 50 ms here: the limit only tells a hang from a pass
});
