import { fileURLToPath } from 'node:url';
import type { Ranking } from '../model.js';
import { shareRecruiterRanking } from './blind.js';
import { writeRankingCsv } from './csv.js';
import { writeHtmlReports, type ReportProgress } from './html.js';
import { lendMainThread } from './render-pool.js';
import { stageResultsJson, writeResultsJson } from './json.js';
import { writeRankingXlsx } from './xlsx.js';

export type OutputFormat = 'json' | 'xlsx' | 'csv' | 'html';

export interface OutputOptions {
  /** The folder every output goes in; report paths in the ranking are relative to it. */
  outDir: string;
  /** Handlebars templates and style.css for the HTML reports: see reports/README.md. */
  templatesDir: string;
  /** Which outputs to write, in this order; all four when absent. */
  formats?: OutputFormat[] | undefined;
  /**
   * Counts the files left as they were because they already held exactly the bytes to write (the
   * CSV and HTML reports; results.json and the workbook carry the run's id and time, so they always
   * change). Those files are still in the returned paths.
   */
  stats?: { unchanged: number } | undefined;
  /** Told how many candidates' reports are written, as they are (see writeHtmlReports). */
  onReports?: ReportProgress | undefined;
}

/** A writer reads only the ranking (it never re-scores) and returns the paths it wrote or found current. */
export type Writer = (ranking: Ranking, options: OutputOptions) => Promise<string[]>;

export const writers: Record<OutputFormat, Writer> = {
  json: async (ranking, { outDir }) => [await writeResultsJson(ranking, outDir)],
  xlsx: async (ranking, { outDir }) => [await writeRankingXlsx(ranking, outDir)],
  csv: async (ranking, { outDir, stats }) => [await writeRankingCsv(ranking, outDir, stats)],
  html: (ranking, { outDir, templatesDir, stats, onReports }) =>
    writeHtmlReports(ranking, outDir, templatesDir, stats, onReports),
};

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'xlsx', 'csv', 'html'];

/**
 * Write every output (or options.formats) and return their paths: every file of the ranking,
 * including those left as they were because nothing in them changed (see stats). The HTML reports
 * are started first (a large ranking's are written by worker threads) and the others written
 * meanwhile, in order; results.json, when the list puts it after the reports (as a run does), is
 * written meanwhile too but put in place once they are done, so a program waiting for it finds every
 * report it names.
 */
export async function writeOutputs(ranking: Ranking, options: OutputOptions): Promise<string[]> {
  // Blind mode: the recruiter's view of the ranking is made once for all the outputs.
  return shareRecruiterRanking(async () => {
    const formats = options.formats ?? OUTPUT_FORMATS;
    const html = formats.includes('html') ? writers.html(ranking, options) : null;
    const written: string[] = [];
    let htmlDone = false;
    try {
      for (const format of formats) {
        if (format === 'html') continue;
        // results.json after the reports, when the list puts it after them: written meanwhile under a
        // temporary name, and put in place once every report it names is.
        if (format === 'json' && html && formats.indexOf('html') < formats.indexOf('json') && !htmlDone) {
          const staged = await stageResultsJson(ranking, options.outDir);
          try {
            await lendMainThread();
            written.push(...(await html));
            htmlDone = true;
            await staged.commit();
          } catch (error) {
            await staged.discard();
            throw error;
          }
          written.push(staged.path);
          continue;
        }
        written.push(...(await writers[format](ranking, options)));
      }
    } finally {
      await html?.catch(() => undefined); // never leave the report writers running behind an error
    }
    if (html && !htmlDone) {
      await lendMainThread();
      written.push(...(await html));
    }
    return written;
  });
}

/** The repo's reports/ folder: ../../reports from both src/output and dist/output. */
export function defaultTemplatesDir(): string {
  return fileURLToPath(new URL('../../reports/', import.meta.url));
}
