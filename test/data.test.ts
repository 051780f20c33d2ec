import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('data files', () => {
  it('pass scripts/check-data.ts (1,000+ skills, unique aliases, known categories, word lists)', async () => {
    const root = join(import.meta.dirname, '..');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts/check-data.ts')], {
      cwd: root,
    });
    expect(stdout).toContain('check-data: OK');
  });
});
