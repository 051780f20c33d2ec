// Runs in a worker thread of the report pool: renders and writes the recruiter and feedback reports
// of a slice of the candidates, so that a large ranking's reports are written on every core while
// the main thread writes the workbook and results.json.
import type { Candidate, Ranking, RunInfo } from '../model.js';
import { loadTemplates, writeCandidatePages, type Templates } from './html.js';

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
  return writeCandidatePages(
    rankingOf(task.shownRun, task.of),
    rankingOf(task.run, task.of),
    task.candidates,
    t,
    task.outDir,
  );
}
