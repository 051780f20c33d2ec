import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolders } from '../../src/output/atomic.js';

const root = mkdtempSync(join(tmpdir(), 'shortlist-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('makeFolders', () => {
  it('makes every missing folder down to the last, which alone gets the mode; an existing one is fine', async () => {
    const last = join(root, 'a', 'b', 'c');
    await makeFolders(last, 0o700);
    expect(statSync(last).isDirectory()).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(last).mode & 0o777).toBe(0o700);
      expect(statSync(join(root, 'a')).mode & 0o777).not.toBe(0o700);
    }
    await expect(makeFolders(last)).resolves.toBeUndefined();
  });

  it('fails where a file stands in the way', async () => {
    writeFileSync(join(root, 'file'), 'x');
    await expect(makeFolders(join(root, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(existsSync(join(root, 'file', 'sub'))).toBe(false);
  });

  // Node's own `mkdir(..., { recursive: true })` never returns there.
  it.skipIf(!existsSync('/proc/self'))(
    'fails, and returns, where the file system will not make the folder',
    async () => {
      await expect(makeFolders('/proc/shortlist-test/out')).rejects.toMatchObject({ code: 'ENOENT' });
    },
  );
});
