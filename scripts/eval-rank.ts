// Ranking quality on the labelled benchmark in bench/rank/ (built by scripts/make-bench-corpus.ts):
// every job's posting against every CV of the corpus, ranked by shortlist and by a plain BM25 of the
// same texts, measured with NDCG@10, precision@10 and ROC-AUC.
//   npm run eval:rank                        the table, per job and averaged
//   npm run eval:rank -- --json              the same figures (and each top 10) as JSON
//   npm run eval:rank -- --detail            also why: the top 10 of each ranking, the misplaced CVs
//                                            and the criteria that put them there
//   npm run eval:rank -- --job chef          one job only
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadWordLists } from '../src/data.js';
import { extractDocument } from '../src/extract/index.js';
import type { Candidate, ExtractedDocument } from '../src/model.js';
import { parseCv } from '../src/parse/index.js';
import { prepareRun, sha256 } from '../src/pipeline/run.js';
import { assess } from '../src/score/evaluate.js';
import { rankCandidates } from '../src/score/rank.js';
import { bm25, terms, type Background } from '../src/score/terms.js';
import { ndcgAt, precisionAt, rocAuc } from './rank-metrics.js';

const BENCH = join(import.meta.dirname, '..', 'bench', 'rank');
const K = 10;

interface Labels {
  asOf: string;
  relevantGrade: number;
  jobs: Record<string, { file: string; title: string; adjacent: string[] }>;
  cvs: Record<string, { profession: string; kind: string; note: string; stuffs?: string }>;
  relevance: Record<string, Record<string, number>>;
}

/** One CV's place in one ranking. */
interface Ranked {
  file: string;
  grade: number;
  score: number;
  /** What decides the order: the score, and for shortlist a failed gate or an unread CV first. */
  key: number;
  /** shortlist only: each criterion's share of the total score, in points, and its own score. */
  criteria?: {
    id: string;
    category: 'fit' | 'quality';
    points: number;
    score: number | null;
    headline: string;
  }[];
  note?: string;
}

interface Measures {
  ndcg: number;
  precision: number;
  auc: number;
}

interface JobResult {
  id: string;
  title: string;
  relevant: number;
  adjacent: number;
  shortlist: Measures;
  bm25: Measures;
  rankings: { shortlist: Ranked[]; bm25: Ranked[] };
}

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    detail: { type: 'boolean', default: false },
    job: { type: 'string', multiple: true },
  },
});

const labels = JSON.parse(readFileSync(join(BENCH, 'labels.json'), 'utf8')) as Labels;
const asOfMonth = labels.asOf.slice(0, 7);
const words = loadWordLists();
const stopwords = new Set(words.stopwords);

async function readAll(dir: string): Promise<Map<string, { doc: ExtractedDocument; sha256: string }>> {
  const out = new Map<string, { doc: ExtractedDocument; sha256: string }>();
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    const doc = await extractDocument(name, bytes);
    if (!doc.ok) throw new Error(`${name} cannot be read: ${doc.message}`);
    out.set(name, { doc, sha256: sha256(bytes) });
  }
  return out;
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

function measure(ranking: Ranked[]): Measures {
  const grades = ranking.map((r) => r.grade);
  return {
    ndcg: ndcgAt(grades, K),
    precision: precisionAt(grades, K, labels.relevantGrade),
    auc: rocAuc(
      ranking.map((r) => r.key),
      ranking.map((r) => r.grade >= labels.relevantGrade),
    ),
  };
}

/** shortlist, as a run ranks: real parsing, real assessment, real rank order. */
async function rankWithShortlist(
  jobId: string,
  cvs: Map<string, { doc: ExtractedDocument; sha256: string }>,
): Promise<Ranked[]> {
  const ctx = await prepareRun({
    jd: join(BENCH, labels.jobs[jobId]!.file),
    profile: 'default',
    asOf: labels.asOf,
  });
  const grades = labels.relevance[jobId]!;
  const scored: Omit<Candidate, 'rank'>[] = [];
  const unread: Ranked[] = [];
  for (const [file, { doc, sha256: hash }] of cvs) {
    const cv = parseCv(doc, { asOf: asOfMonth, skills: ctx.matcher, words });
    if (cv.kind !== 'cv') {
      // A run reports these as not-a-cv failures and never ranks them: they come last here.
      unread.push({
        file,
        grade: grades[file] ?? 0,
        score: 0,
        key: -Infinity,
        note: `not a CV: ${cv.kindReason}`,
      });
      continue;
    }
    // The background corpus as a run passes it (data/background.json, read once).
    const assessment = assess(cv, {
      profile: ctx.profile,
      job: ctx.job,
      asOf: asOfMonth,
      words,
      background: loadBackground(),
    });
    scored.push({
      id: file,
      file,
      sha256: hash,
      format: doc.format,
      cv,
      assessment,
      reports: { recruiter: '', feedback: '' },
    });
  }
  const ranked = rankCandidates(scored).map((c): Ranked => {
    const counted = c.assessment.criteria.filter((r) => r.score !== null && r.weight > 0);
    const totalWeight = counted.reduce((s, r) => s + r.weight, 0) || 1;
    const failedGate = c.assessment.gatesFailed.length > 0;
    return {
      file: c.file,
      grade: grades[c.file] ?? 0,
      score: c.assessment.score,
      // A failed gate ranks below every passing candidate, whatever the score.
      key: c.assessment.score - (failedGate ? 1000 : 0),
      criteria: c.assessment.criteria.map((r) => ({
        id: r.id,
        category: r.category,
        points: r.score === null || r.weight === 0 ? 0 : (100 * r.weight * r.score) / totalWeight,
        score: r.score,
        headline: r.evidence[0]?.message ?? r.headline,
      })),
      ...(failedGate ? { note: `failed gate ${c.assessment.gatesFailed.join(', ')}` } : {}),
    };
  });
  return [...ranked, ...unread.sort(byFile)];
}

/** The classic baseline: Okapi BM25, the posting's terms as the query, IDF over the CVs themselves. */
function rankWithBm25(
  jobText: string,
  jobId: string,
  cvs: Map<string, { doc: ExtractedDocument }>,
): Ranked[] {
  const docs = [...cvs].map(([file, { doc }]) => ({ file, terms: terms(doc.text, stopwords) }));
  const df: Record<string, number> = {};
  for (const d of docs) for (const t of new Set(d.terms)) df[t] = (df[t] ?? 0) + 1;
  const background: Background = { documents: docs.length, df };
  const avgLength = docs.reduce((s, d) => s + d.terms.length, 0) / docs.length;
  const query = terms(jobText, stopwords);
  const grades = labels.relevance[jobId]!;
  return docs
    .map((d) => {
      const score = bm25(query, d.terms, background, avgLength);
      return { file: d.file, grade: grades[d.file] ?? 0, score, key: score };
    })
    .sort((a, b) => b.score - a.score || byFile(a, b));
}

async function main(): Promise<void> {
  const started = performance.now();
  const cvs = await readAll(join(BENCH, 'cvs'));
  const jobIds = Object.keys(labels.jobs).filter((id) => !args.job?.length || args.job.includes(id));
  if (jobIds.length === 0) throw new Error(`No such job: ${args.job?.join(', ')}`);
  for (const file of cvs.keys()) {
    for (const id of jobIds) {
      if (labels.relevance[id]?.[file] === undefined) throw new Error(`${file} has no label for ${id}`);
    }
  }
  const results: JobResult[] = [];
  for (const id of jobIds) {
    const job = labels.jobs[id]!;
    const jobDoc = await extractDocument(job.file, readFileSync(join(BENCH, job.file)));
    if (!jobDoc.ok) throw new Error(`${job.file} cannot be read: ${jobDoc.message}`);
    const shortlist = await rankWithShortlist(id, cvs);
    const baseline = rankWithBm25(jobDoc.text, id, cvs);
    const grades = Object.values(labels.relevance[id]!);
    results.push({
      id,
      title: job.title,
      relevant: grades.filter((g) => g >= labels.relevantGrade).length,
      adjacent: grades.filter((g) => g > 0 && g < labels.relevantGrade).length,
      shortlist: measure(shortlist),
      bm25: measure(baseline),
      rankings: { shortlist, bm25: baseline },
    });
  }
  const mean = (pick: (r: JobResult) => number) => results.reduce((s, r) => s + pick(r), 0) / results.length;
  const averages = {
    shortlist: {
      ndcg: mean((r) => r.shortlist.ndcg),
      precision: mean((r) => r.shortlist.precision),
      auc: mean((r) => r.shortlist.auc),
    },
    bm25: {
      ndcg: mean((r) => r.bm25.ndcg),
      precision: mean((r) => r.bm25.precision),
      auc: mean((r) => r.bm25.auc),
    },
  };
  const seconds = (performance.now() - started) / 1000;

  if (args.json) {
    const rounded = (m: Measures): Measures => ({
      ndcg: Math.round(m.ndcg * 1e4) / 1e4,
      precision: Math.round(m.precision * 1e4) / 1e4,
      auc: Math.round(m.auc * 1e4) / 1e4,
    });
    const top = (ranking: Ranked[]) =>
      ranking
        .slice(0, K)
        .map((r) => ({ file: r.file, grade: r.grade, score: Math.round(r.score * 1000) / 1000 }));
    process.stdout.write(
      JSON.stringify(
        {
          corpus: {
            cvs: cvs.size,
            jobs: results.length,
            asOf: labels.asOf,
            k: K,
            relevantGrade: labels.relevantGrade,
          },
          jobs: results.map((r) => ({
            id: r.id,
            title: r.title,
            relevant: r.relevant,
            adjacent: r.adjacent,
            shortlist: rounded(r.shortlist),
            bm25: rounded(r.bm25),
            top: { shortlist: top(r.rankings.shortlist), bm25: top(r.rankings.bm25) },
          })),
          mean: { shortlist: rounded(averages.shortlist), bm25: rounded(averages.bm25) },
          seconds: Math.round(seconds * 10) / 10,
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }

  const f = (n: number) => (Number.isNaN(n) ? '  n/a' : n.toFixed(3));
  const pair = (a: number, b: number) => `${f(a)}  ${f(b)}${a > b ? ' +' : a < b ? ' -' : '  '}`;
  const lines: string[] = [
    `Ranking benchmark: ${cvs.size} CVs x ${results.length} postings (bench/rank), as of ${labels.asOf}`,
    `relevant = same profession (grade ${labels.relevantGrade}); NDCG gains 2 same / 1 near miss / 0 other; + shortlist ahead, - behind`,
    '',
    `${'job'.padEnd(20)} rel adj | NDCG@10          | P@10             | ROC-AUC`,
    `${''.padEnd(28)} | short   BM25     | short   BM25     | short   BM25`,
  ];
  for (const r of results) {
    lines.push(
      `${r.id.padEnd(20)} ${String(r.relevant).padStart(3)} ${String(r.adjacent).padStart(3)} | ${pair(r.shortlist.ndcg, r.bm25.ndcg)} | ${pair(r.shortlist.precision, r.bm25.precision)} | ${pair(r.shortlist.auc, r.bm25.auc)}`,
    );
  }
  const a = averages;
  lines.push(
    `${'mean'.padEnd(28)} | ${pair(a.shortlist.ndcg, a.bm25.ndcg)} | ${pair(a.shortlist.precision, a.bm25.precision)} | ${pair(a.shortlist.auc, a.bm25.auc)}`,
    '',
    `${seconds.toFixed(1)} s`,
  );
  if (args.detail) for (const r of results) lines.push('', ...detail(r));
  process.stdout.write(lines.join('\n') + '\n');
}

/** Why a job's rankings came out as they did: both top tens, then shortlist's misplaced CVs. */
function detail(r: JobResult): string[] {
  const cvNote = (file: string) => {
    const c = labels.cvs[file];
    return c ? `${c.kind}${c.kind === 'same-profession' ? '' : ` (${c.profession})`}: ${c.note}` : '';
  };
  const row = (x: Ranked, i: number) =>
    `  ${String(i + 1).padStart(3)}. [${x.grade}] ${x.file.padEnd(28)} ${x.score.toFixed(1).padStart(6)}  ${cvNote(x.file)}${x.note ? ` — ${x.note}` : ''}`;
  const out = [`== ${r.id} (${r.title})`, ' shortlist top 10:', ...r.rankings.shortlist.slice(0, K).map(row)];
  out.push(' BM25 top 10:', ...r.rankings.bm25.slice(0, K).map(row));
  const sl = r.rankings.shortlist;
  const categoryOf = new Map(sl.flatMap((x) => x.criteria ?? []).map((c) => [c.id, c.category]));
  const bm25Rank = (x: Ranked) => r.rankings.bm25.findIndex((y) => y.file === x.file) + 1;
  const relevantScores = sl.filter((x) => x.grade >= labels.relevantGrade && x.criteria);
  const meanPoints = new Map<string, number>();
  for (const x of relevantScores)
    for (const c of x.criteria!)
      meanPoints.set(c.id, (meanPoints.get(c.id) ?? 0) + c.points / relevantScores.length);
  const gap = (x: Ranked) =>
    x
      .criteria!.map((c) => ({ ...c, delta: c.points - (meanPoints.get(c.id) ?? 0) }))
      .sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta))
      .slice(0, 4)
      .map((c) => `${c.id} ${c.delta >= 0 ? '+' : ''}${c.delta.toFixed(1)} (${c.headline})`)
      .join('; ');
  const lastRelevant = sl.map((x) => x.grade >= labels.relevantGrade).lastIndexOf(true);
  const intruders = sl.slice(0, K).filter((x) => x.grade < labels.relevantGrade);
  const sunk = sl.filter((x, i) => i >= K && x.grade >= labels.relevantGrade);
  if (intruders.length) {
    out.push(' not relevant but in shortlist top 10 (points vs the mean relevant CV):');
    for (const x of intruders)
      out.push(
        `   ${x.file} #${sl.indexOf(x) + 1} (BM25 #${bm25Rank(x)}) ${x.score.toFixed(1)}: ${x.criteria ? gap(x) : x.note}`,
      );
  }
  if (sunk.length) {
    out.push(` relevant but below 10 (last relevant at #${lastRelevant + 1}):`);
    for (const x of sunk)
      out.push(
        `   ${x.file} #${sl.indexOf(x) + 1} (BM25 #${bm25Rank(x)}) ${x.score.toFixed(1)}: ${x.criteria ? gap(x) : x.note}`,
      );
  }
  // ROC-AUC counts every (relevant, other) pair in the wrong order: who is above whom.
  const split = (x: Ranked) => {
    const sum = (cat: string) =>
      (x.criteria ?? []).filter((c) => c.category === cat).reduce((t, c) => t + c.points, 0);
    return `fit ${sum('fit').toFixed(1)} + quality ${sum('quality').toFixed(1)}`;
  };
  for (const [name, ranking] of [
    ['shortlist', r.rankings.shortlist],
    ['BM25', r.rankings.bm25],
  ] as const) {
    const relevant = ranking.filter((x) => x.grade >= labels.relevantGrade);
    const outranks = (x: Ranked) =>
      relevant.filter((y) => x.key > y.key).length + relevant.filter((y) => x.key === y.key).length / 2;
    const others = ranking
      .filter((x) => x.grade < labels.relevantGrade)
      .map((x) => ({ x, lost: outranks(x) }));
    const total = relevant.length * others.length;
    const byKind = new Map<string, number>();
    for (const o of others) {
      // By grade, not by how the CV was made: a frontend developer is a near miss for a backend post.
      const key =
        o.x.grade > 0
          ? 'near miss'
          : labels.cvs[o.x.file]?.kind === 'keyword-stuffer'
            ? 'keyword stuffer'
            : 'other profession';
      byKind.set(key, (byKind.get(key) ?? 0) + o.lost);
    }
    const lost = others.reduce((t, o) => t + o.lost, 0);
    out.push(
      ` ${name}: ${lost} of ${total} pairs in the wrong order (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})`,
    );
    if (name === 'shortlist') {
      const points = (cat: string) =>
        [...meanPoints].filter(([id]) => categoryOf.get(id) === cat).reduce((t, [, p]) => t + p, 0);
      const lowest = relevant.at(-1)!;
      out.push(
        `   the mean relevant CV: fit ${points('fit').toFixed(1)} + quality ${points('quality').toFixed(1)}; lowest relevant ${lowest.file} ${lowest.score.toFixed(1)} (${split(lowest)}, BM25 #${bm25Rank(lowest)})`,
      );
      for (const o of others
        .filter((o) => o.lost > 0)
        .sort((a, b) => b.lost - a.lost)
        .slice(0, 8)) {
        out.push(
          `   ${o.x.file} ${o.x.score.toFixed(1)} (${split(o.x)}) above ${o.lost} relevant (BM25 #${bm25Rank(o.x)}): ${cvNote(o.x.file)}`,
        );
      }
    }
  }
  return out;
}

await main();
