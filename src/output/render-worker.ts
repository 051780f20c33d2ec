// Runs in a worker thread of the report pool: renders and writes the recruiter and feedback reports
// of a slice of the candidates, so that a large ranking's reports are written on every core while
// the main thread writes the workbook and results.json.
import { join } from 'node:path';
import type { Candidate, Ranking, RunInfo } from '../model.js';
import { writeFileIfChangedSync } from './atomic.js';
import { candidatePages, loadTemplates, type Templates } from './html.js';

export interface RenderTask {
  templatesDir: string;
  outDir: string;
  /** The run as the recruiter sees it (blinded in blind mode) and as it is (for feedback pages). */
  shownRun: RunInfo;
  run: RunInfo;
  /** Candidates in the ranking, for "rank N of M". */
  of: number;
  /** The recruiter's view of each candidate, and the candidate as read (for the feedback page). */
  candidates: { shown: Candidate; original: Candidate | null }[];
}

export interface RenderResult {
  written: string[];
  unchanged: number;
}

const templates = new Map<string, Promise<Templates>>();

/** A ranking with what the page builders read of it: the run and how many candidates there are. */
function rankingOf(run: RunInfo, of: number): Ranking {
  return { run, candidates: new Array<Candidate>(of), failures: [] };
}

export default async function renderInWorker(task: RenderTask): Promise<RenderResult> {
  let loaded = templates.get(task.templatesDir);
  if (!loaded) templates.set(task.templatesDir, (loaded = loadTemplates(task.templatesDir)));
  const t = await loaded;
  const shown = rankingOf(task.shownRun, task.of);
  const original = rankingOf(task.run, task.of);
  const result: RenderResult = { written: [], unchanged: 0 };
  for (const c of task.candidates) {
    for (const page of candidatePages(shown, c.shown, original, c.original ?? c.shown, t, {
      outDir: task.outDir,
    })) {
      const path = join(task.outDir, ...page.path.split('/'));
      if (!writeFileIfChangedSync(path, page.html)) result.unchanged++;
      result.written.push(path);
    }
  }
  return result;
}
