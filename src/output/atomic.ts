import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename, resolve } from 'node:path';

/**
 * Write a file so that readers only ever see the old or the new content, never half of it:
 * write beside the target under a temporary name, then rename over it (atomic on one file system).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Folders this thread has already made: mkdir once per folder, not once per file. */
const madeDirs = new Set<string>();

/**
 * An atomic write, unless the file already holds exactly these bytes (sizes compared first, then
 * the content): a run that changes nothing rewrites nothing. Returns whether the file was written.
 * Synchronous, for the reports and the CSV: each asynchronous call waits its turn on a busy
 * machine, and four of them per report added up to more than rendering it.
 */
export function writeFileIfChangedSync(path: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  // lstat: a link in the folder is replaced by a file. A file not there yet is undefined, not an
  // error: most reports of a first run are new, and building an error costs more than the call.
  const info = lstatSync(path, { throwIfNoEntry: false });
  const size = info?.isFile() ? info.size : -1;
  if (size === bytes.byteLength) {
    try {
      if (readFileSync(path).equals(bytes)) return false;
    } catch {
      // unreadable: write it again
    }
  }
  writeFileAtomicSync(path, bytes);
  return true;
}

/**
 * writeFileAtomic, synchronous: for the many small files of a run (reports, cache entries), where
 * an asynchronous write's trips through Node's thread pool (mkdir, open, write, close, rename) cost
 * more than the write itself.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    // The folder may have been removed meanwhile (a new run clearing it): make it and try once more.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && madeDirs.delete(dir)) {
      writeFileAtomicSync(path, data);
      return;
    }
    throw error;
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns where a file system answers
 * "no such file" for a folder whose parent exists (/proc, /sys), as it retries the parent forever.
 * Here that is an error like any other. `mode` applies to the last folder only.
 */
export async function makeFolders(path: string, mode?: number): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    try {
      if (!(await stat(at)).isDirectory()) {
        throw Object.assign(new Error(`Not a folder: ${at}`), { code: 'ENOTDIR' });
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(at) === at) throw error;
      missing.push(at);
    }
  }
  for (const [i, folder] of missing.reverse().entries()) {
    try {
      await mkdir(folder, i === missing.length - 1 && mode !== undefined ? { mode } : {});
    } catch (error) {
      // Made meanwhile by someone else: fine, as long as it is a folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !(await stat(folder)).isDirectory())
        throw error;
    }
  }
}
