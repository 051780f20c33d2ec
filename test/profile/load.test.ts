import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';

function profileFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'profile-'));
  const file = join(dir, 'p.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('loadProfile', () => {
  it('loads the bundled profiles by name', () => {
    expect(loadProfile('default').id).toBe('default');
    const backend = loadProfile('backend-developer');
    expect(backend.seniority).toBe('senior');
    expect(backend.criteria['required-skills']?.weight).toBe(22);
    // inherited from default through `extends`
    expect(backend.criteria['summary']?.weight).toBe(4);
  });

  it.each([
    [
      'criteria:\n  experience-years:\n    options:\n      minYears: "five"\n',
      'criteria.experience-years.options.minYears',
    ],
    ['criteria:\n  no-such-thing: { weight: 3 }\n', 'criteria.no-such-thing: unknown criterion'],
    ['tiers:\n  shortlst: 80\n', 'tiers'],
    ['criteria:\n  summary: { mode: maybe }\n', 'criteria.summary.mode'],
    ['colour: blue\n', 'colour'],
    ['criteria: [\n', 'not valid YAML'],
  ])('rejects %j naming %s', (yaml, path) => {
    expect(() => loadProfile(profileFile(yaml))).toThrow(path);
  });

  it('rejects an extends cycle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    writeFileSync(join(dir, 'a.yaml'), 'extends: b.yaml\n');
    writeFileSync(join(dir, 'b.yaml'), 'extends: a.yaml\n');
    expect(() => loadProfile(join(dir, 'a.yaml'))).toThrow('circle');
  });
});
