import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface DiscoveredFile {
  path: string;
  relativePath: string;
  size: number;
  /** Last modification time (ms since the epoch), to tell a changed or still-growing file. */
  mtimeMs: number;
  /** Status change time and inode: with size and mtime, how a re-run tells an untouched file. */
  ctimeMs?: number;
  ino?: number;
}

export interface SkippedFile {
  relativePath: string;
  reason: string;
}

/** Editor, sync and partial-download files that are never CVs and may vanish or change under us. */
const IGNORED = [
  /^~\$/,
  /^\.~lock/,
  /\.part$/i,
  /\.crdownload$/i,
  /\.tmp$/i,
  /^\.DS_Store$/,
  /^Thumbs\.db$/i,
  /^desktop\.ini$/i,
];

export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || IGNORED.some((re) => re.test(name));
}

/**
 * Every file under `root`, recursively, in a stable order (sorted by relative path). Symlinks are
 * followed only when they stay inside the folder; FIFOs, sockets and devices are skipped with a note.
 */
export async function discoverFiles(
  root: string,
): Promise<{ files: DiscoveredFile[]; skipped: SkippedFile[] }> {
  const realRoot = await realpath(root);
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  const seenDirs = new Set<string>([realRoot]);

  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      let info = await lstat(path);
      if (info.isSymbolicLink()) {
        const target = await realpath(path).catch(() => null);
        if (!target || !(target === realRoot || target.startsWith(realRoot + sep))) {
          skipped.push({ relativePath: rel, reason: 'a link that leads outside the folder' });
          continue;
        }
        info = await stat(path);
        if (info.isDirectory()) {
          if (seenDirs.has(target)) continue;
          seenDirs.add(target);
        }
      }
      if (info.isDirectory()) await walk(path);
      else if (info.isFile())
        files.push({
          path,
          relativePath: rel,
          size: info.size,
          mtimeMs: info.mtimeMs,
          ctimeMs: info.ctimeMs,
          ino: info.ino,
        });
      else skipped.push({ relativePath: rel, reason: 'not a regular file (a pipe, socket or device)' });
    }
  }

  await walk(root);
  files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  return { files, skipped };
}
