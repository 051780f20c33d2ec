import { fileURLToPath } from 'node:url';
import type { Ranking } from '../model.js';
import { writeRankingCsv } from './csv.js';
import { writeHtmlReports } from './html.js';
import { writeResultsJson } from './json.js';
import { writeRankingXlsx } from './xlsx.js';

export type OutputFormat = 'json' | 'xlsx' | 'csv' | 'html';

export interface OutputOptions {
  /** The folder every output goes in; report paths in the ranking are relative to it. */
  outDir: string;
  /** Handlebars templates and style.css for the HTML reports: see reports/README.md. */
  templatesDir: string;
  /** Which outputs to write, in this order; all four when absent. */
  formats?: OutputFormat[] | undefined;
}

/** A writer reads only the ranking (it never re-scores) and returns the paths it wrote. */
export type Writer = (ranking: Ranking, options: OutputOptions) => Promise<string[]>;

export const writers: Record<OutputFormat, Writer> = {
  json: async (ranking, { outDir }) => [await writeResultsJson(ranking, outDir)],
  xlsx: async (ranking, { outDir }) => [await writeRankingXlsx(ranking, outDir)],
  csv: async (ranking, { outDir }) => [await writeRankingCsv(ranking, outDir)],
  html: (ranking, { outDir, templatesDir }) => writeHtmlReports(ranking, outDir, templatesDir),
};

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'xlsx', 'csv', 'html'];

/** Write every output (or options.formats), one after another, and return the paths written. */
export async function writeOutputs(ranking: Ranking, options: OutputOptions): Promise<string[]> {
  const written: string[] = [];
  for (const format of options.formats ?? OUTPUT_FORMATS) {
    written.push(...(await writers[format](ranking, options)));
  }
  return written;
}

/** The repo's reports/ folder: ../../reports from both src/output and dist/output. */
export function defaultTemplatesDir(): string {
  return fileURLToPath(new URL('../../reports/', import.meta.url));
}
