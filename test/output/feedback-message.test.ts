import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toResultsJson } from '../../src/output/json.js';
import { prepareRun } from '../../src/pipeline/run.js';
import { loadProfile } from '../../src/profile/load.js';
import { makeRanking } from '../fixtures/ranking.js';

// The recruiter's note for the feedback reports: a profile's `feedbackMessage`, or `--message`,
// which wins. It reaches the writers on the Ranking (run.feedbackMessage) and nowhere else.

let dir: string;
let profile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shortlist-message-'));
  profile = join(dir, 'with-message.yaml');
  await writeFile(
    profile,
    'extends: default\nid: with-message\nfeedbackMessage: |\n  Thanks for applying to Acme.\n\n  We read every CV.\n',
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('feedback message', () => {
  it('is read from the profile', async () => {
    expect(loadProfile(profile).feedbackMessage).toBe('Thanks for applying to Acme.\n\nWe read every CV.\n');
    expect((await prepareRun({ profile })).feedbackMessage).toBe(
      'Thanks for applying to Acme.\n\nWe read every CV.',
    );
  });

  it('comes from the command line over the profile', async () => {
    expect((await prepareRun({ profile, feedbackMessage: 'From the flag' })).feedbackMessage).toBe(
      'From the flag',
    );
    // An empty --message silences the profile's note.
    expect((await prepareRun({ profile, feedbackMessage: '  ' })).feedbackMessage).toBeNull();
  });

  it('is absent by default', async () => {
    expect(loadProfile('default').feedbackMessage).toBeUndefined();
    expect((await prepareRun({})).feedbackMessage).toBeNull();
  });

  it('is recorded in results.json, null when there is none', () => {
    const ranking = makeRanking();
    expect((toResultsJson(ranking) as { run: { feedbackMessage: unknown } }).run.feedbackMessage).toBeNull();
    ranking.run.feedbackMessage = 'Hello';
    expect((toResultsJson(ranking) as { run: { feedbackMessage: unknown } }).run.feedbackMessage).toBe(
      'Hello',
    );
  });
});
