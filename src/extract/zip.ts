import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  maxRatio: number;
}

export class ZipLimitError extends Error {
  override name = 'ZipLimitError';
}

/**
 * Reads a zip's central directory without inflating anything, so limits on entry count, declared
 * size and compression ratio are checked before any library (mammoth, jszip) touches the archive.
 */
export function listZipEntries(buf: Buffer, limits: ZipLimits): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new Error('not a complete zip archive (no central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count > limits.maxEntries)
    throw new ZipLimitError(`${count} entries, over the limit of ${limits.maxEntries}`);
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged zip directory');
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localHeaderOffset = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    total += uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new ZipLimitError(`expands to more than ${Math.round(limits.maxUncompressedBytes / 1048576)} MB`);
    }
    if (
      compressedSize > 0 &&
      uncompressedSize / compressedSize > limits.maxRatio &&
      uncompressedSize > 1_000_000
    ) {
      throw new ZipLimitError(
        `an entry compresses ${Math.round(uncompressedSize / compressedSize)}:1, a zip bomb`,
      );
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry, never past `maxBytes` whatever its header claims. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw new Error('damaged zip entry');
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.subarray(0, maxBytes);
  if (entry.method !== 8) throw new Error(`unsupported zip compression method ${entry.method}`);
  return inflateRawSync(data, { maxOutputLength: maxBytes });
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}

/**
 * Checks an Office zip (DOCX, ODT) before anything parses it: limits on entries, size and ratio,
 * and no XML part with a DOCTYPE (how entity-expansion attacks arrive). Returns the entries.
 * `onPart`, if given, receives each XML part once inflated and checked, so a caller can keep it
 * instead of inflating it again.
 */
export function checkOfficeZip(
  buf: Buffer,
  limits: ZipLimits,
  onPart?: (entry: ZipEntry, data: Buffer) => void,
): ZipEntry[] {
  const entries = listZipEntries(buf, limits);
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const data = readZipEntry(buf, entry, limits.maxUncompressedBytes);
    const head = data.subarray(0, 4096).toString('utf8');
    if (/<!DOCTYPE/i.test(head)) throw new DoctypeError(`The document contains a DOCTYPE in ${entry.name}`);
    onPart?.(entry, data);
  }
  return entries;
}

export class DoctypeError extends Error {
  override name = 'DoctypeError';
}
