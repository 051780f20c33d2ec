import type { SourceFormat } from '../model.js';

const EXTENSIONS: Record<string, SourceFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
  '.odt': 'odt',
  '.rtf': 'rtf',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
};

/** The formats shortlist reads, by file extension (lower case, with the dot). */
export function formatFromExtension(name: string): SourceFormat | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return EXTENSIONS[name.slice(dot).toLowerCase()] ?? null;
}

export function isSupportedExtension(name: string): boolean {
  return formatFromExtension(name) !== null;
}

/**
 * What the bytes say the file is. Content wins over the extension: a PDF renamed .docx is read as a
 * PDF. An OLE compound file (D0 CF 11 E0) is an encrypted Office document or a legacy .doc.
 */
export function sniffContent(
  head: Uint8Array,
): 'pdf' | 'zip' | 'odt' | 'ole' | 'rtf' | 'html' | 'text' | 'binary' | 'empty' {
  if (head.length === 0) return 'empty';
  const ascii = Buffer.from(head.subarray(0, 1024)).toString('latin1');
  if (ascii.includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    // OpenDocument stores its mimetype first and uncompressed, so it shows in the first bytes.
    return ascii.includes('mimetypeapplication/vnd.oasis.opendocument.text') ? 'odt' : 'zip';
  }
  if (/^\s*\{\\rtf/.test(ascii)) return 'rtf';
  if (/^(\uFEFF|\xEF\xBB\xBF)?\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(ascii)) return 'html';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole';
  return looksLikeText(head) ? 'text' : 'binary';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / Math.max(sample.length, 1) < 0.02;
}
