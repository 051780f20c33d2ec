// Zip archives dropped in the folder (the way applicant-tracking systems export a batch): checked
// against limits before anything is inflated, each member inflated with a hard cap, and never written
// under its own name: member names are untrusted text, shown in outputs, never used as a path.
import { basename } from 'node:path';
import { listZipEntries, readZipEntry, ZipLimitError, type ZipEntry } from '../extract/zip.js';
import type { ExtractionFailure } from '../model.js';
import { isIgnoredName } from './discover.js';

export interface ArchiveLimits {
  /** The archive file itself. */
  maxArchiveBytes: number;
  maxEntries: number;
  /** All members together, as declared and as inflated. */
  maxTotalBytes: number;
  /** Whole-archive expansion (uncompressed / compressed) above which it is treated as a zip bomb. */
  maxRatio: number;
  /** One member; larger ones are reported `too-large` and not inflated. */
  maxEntryBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: Omit<ArchiveLimits, 'maxEntryBytes'> = {
  maxArchiveBytes: 512 * 1024 * 1024,
  maxEntries: 2_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 100,
};

export interface ArchiveMember {
  /** `archive.zip/inner/path.pdf`: the archive's relative path and the member's cleaned name. */
  file: string;
  bytes?: Buffer;
  failure?: ExtractionFailure;
}

/** Whether a file is screened as an archive of CVs: a `.zip` that is not a Word document. */
export function isArchiveName(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** A .docx renamed .zip is a CV, not a batch. */
function looksLikeWordDocument(entries: ZipEntry[]): boolean {
  const names = new Set(entries.map((e) => e.name));
  return names.has('[Content_Types].xml') && names.has('word/document.xml');
}

const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A member's name as outputs may show it: forward slashes, no control or bidi characters, no empty,
 * `.` or `..` segments, no drive letter. Only ever displayed; never joined to a path.
 */
export function cleanMemberName(name: string): string {
  return name
    .replace(/\\/g, '/')
    .split('/')
    .map((part) => part.replace(UNSAFE_CHARS, '').trim())
    .filter((part) => part !== '' && part !== '.' && part !== '..' && !/^[A-Za-z]:$/.test(part))
    .join('/');
}

export type ArchiveResult =
  | { kind: 'archive'; members: ArchiveMember[] }
  | { kind: 'document' }
  | { kind: 'failed'; failure: ExtractionFailure };

/**
 * Opens the archive `bytes` (found at `archivePath`, relative to the folder) and returns its members
 * with their bytes, or a failure for the whole archive. Directories, hidden and temporary files and
 * `__MACOSX` resource forks are left out; an archive inside the archive is reported, not opened.
 */
export function expandArchive(bytes: Buffer, archivePath: string, limits: ArchiveLimits): ArchiveResult {
  if (bytes.length > limits.maxArchiveBytes) {
    return {
      kind: 'failed',
      failure: {
        ok: false,
        status: 'too-large',
        message: `The archive is over ${Math.round(limits.maxArchiveBytes / 1048576)} MB; unpack it into the folder instead`,
      },
    };
  }
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes, {
      maxEntries: limits.maxEntries,
      maxUncompressedBytes: limits.maxTotalBytes,
      maxRatio: limits.maxRatio,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      failure:
        error instanceof ZipLimitError
          ? { ok: false, status: 'too-large', message: `The archive is not opened: ${message}` }
          : { ok: false, status: 'malformed', message: `The archive cannot be read: ${message}` },
    };
  }
  if (looksLikeWordDocument(entries)) return { kind: 'document' };
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > 10 * 1024 * 1024 && declared / Math.max(bytes.length, 1) > limits.maxRatio) {
    return {
      kind: 'failed',
      failure: {
        ok: false,
        status: 'too-large',
        message: `The archive expands ${Math.round(declared / bytes.length)}:1, a zip bomb; it is not opened`,
      },
    };
  }

  const members: ArchiveMember[] = [];
  const used = new Set<string>();
  let inflated = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') || entry.name.endsWith('\\')) continue;
    const clean = cleanMemberName(entry.name);
    const parts = clean.split('/');
    if (!clean || parts[0] === '__MACOSX' || parts.some((p) => isIgnoredName(p))) continue;
    let file = `${archivePath}/${clean}`;
    for (let n = 2; used.has(file); n++) file = `${archivePath}/${clean} (${n})`;
    used.add(file);
    const fail = (status: ExtractionFailure['status'], message: string): void => {
      members.push({ file, failure: { ok: false, status, message } });
    };
    if (isArchiveName(basename(clean))) {
      fail('unsupported', 'An archive inside an archive is not opened; unpack it into the folder');
      continue;
    }
    if (isEncrypted(bytes, entry)) {
      fail('protected', 'The archive entry is password-protected');
      continue;
    }
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      fail(
        'too-large',
        `${(entry.uncompressedSize / 1048576).toFixed(1)} MB, over the ${Math.round(limits.maxEntryBytes / 1048576)} MB limit`,
      );
      continue;
    }
    let data: Buffer;
    try {
      // Never more than the header declared (which the limits above checked), whatever the data says.
      data = readZipEntry(bytes, entry, Math.max(entry.uncompressedSize, 1));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      fail('malformed', `The archive entry cannot be unpacked (${message.slice(0, 80)})`);
      continue;
    }
    inflated += data.length;
    if (inflated > limits.maxTotalBytes) {
      return {
        kind: 'failed',
        failure: { ok: false, status: 'too-large', message: 'The archive expands past its limit' },
      };
    }
    members.push({ file, bytes: Buffer.from(data) });
  }
  return { kind: 'archive', members };
}

/** General-purpose flag bit 0 of the local header: the entry is encrypted. */
function isEncrypted(buf: Buffer, entry: ZipEntry): boolean {
  const at = entry.localHeaderOffset;
  return at + 8 <= buf.length && (buf.readUInt16LE(at + 6) & 1) === 1;
}
