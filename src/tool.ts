import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** This program's name and version, as results.json and the reports name it. */
export const TOOL = { name: 'shortlist', version: packageJson.version };
