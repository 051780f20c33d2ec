import type { Extraction, SourceFormat } from '../model.js';
import { htmlToText } from './markup.js';
import type * as ReaderModule from './readers.js';
import { listZipEntries } from './zip.js';
import { formatFromExtension, sniffContent } from './sniff.js';
import { extractText } from './text.js';

/**
 * Bump when extraction output changes shape or content for the same bytes: caches of extracted
 * documents are keyed by content hash *and* this version, so old entries are simply not found.
 */
export const EXTRACTOR_VERSION = 4;

export interface ExtractLimits {
  maxPages: number;
  maxZipEntries: number;
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
  /**
   * Characters of text a file may give. A CV is rarely over 50,000; a 15 MB text file took a run of
   * two files to 777 MB of memory and 9 s, and many such files could exhaust the run's memory.
   */
  maxTextChars: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxPages: 50,
  maxZipEntries: 2_000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxTextChars: 1_000_000,
};

type Extractor = (bytes: Uint8Array, limits: ExtractLimits) => Promise<Extraction>;

const zipLimits = (limits: ExtractLimits) => ({
  maxEntries: limits.maxZipEntries,
  maxUncompressedBytes: limits.maxUncompressedBytes,
  maxRatio: limits.maxCompressionRatio,
});

type Readers = typeof ReaderModule;
let readers: Readers | Promise<Readers> | null = null;

/**
 * The readers are loaded when a file first needs one: pdf.js and mammoth take a third of a second to
 * load, which the main process (a text job description, a run that finds nothing changed) never
 * needs. A worker hands them over at start (`useReaders`) instead: a dynamic import inside a worker
 * thread does not go through the TypeScript loader when running from sources.
 */
export function useReaders(given: Readers): void {
  readers = given;
}

const load = async (): Promise<Readers> => (readers ??= import('./readers.js'));

const extractors: Record<SourceFormat, Extractor> = {
  pdf: async (bytes, limits) => (await load()).extractPdf(bytes, limits),
  docx: async (bytes, limits) => (await load()).extractDocx(bytes, zipLimits(limits)),
  odt: async (bytes, limits) => (await load()).extractOdt(bytes, zipLimits(limits)),
  doc: async (bytes) => (await load()).extractDoc(bytes),
  rtf: async (bytes) => (await load()).extractRtf(bytes),
  html: async (bytes) => {
    const html = new TextDecoder('utf-8').decode(bytes);
    const { text, links } = htmlToText(html);
    const tables = (html.match(/<table\b/gi) ?? []).length;
    return {
      ok: true,
      format: 'html',
      text,
      pages: null,
      links,
      hasImages: /<img\b/i.test(Buffer.from(bytes).toString('latin1')),
      tables,
    };
  },
  txt: async (bytes) => extractText(bytes, 'txt'),
  md: async (bytes) => extractText(bytes, 'md'),
};

/**
 * Decide what a file really is from its bytes (content beats extension), or why it cannot be read.
 */
export function resolveFormat(
  name: string,
  head: Uint8Array,
): { format: SourceFormat } | { failure: Extraction & { ok: false } } {
  const byName = formatFromExtension(name);
  const kind = sniffContent(head);
  switch (kind) {
    case 'empty':
      return { failure: { ok: false, status: 'empty', message: 'The file is empty (0 bytes)' } };
    case 'pdf':
      return { format: 'pdf' };
    case 'zip':
      return { format: zipFormat(head) };
    case 'odt':
      return { format: 'odt' };
    case 'rtf':
      return { format: 'rtf' };
    case 'html':
      return { format: 'html' };
    case 'ole':
      return isEncryptedOffice(head)
        ? { failure: { ok: false, status: 'protected', message: 'The Word file is password-protected' } }
        : { format: 'doc' };
    case 'text':
      if (byName === 'html') return { format: 'html' };
      if (byName === 'txt' || byName === 'md') return { format: byName };
      return {
        failure: {
          ok: false,
          status: 'unsupported',
          message:
            'The file is not a format shortlist reads (PDF, Word, OpenDocument, RTF, HTML, text, Markdown)',
        },
      };
    case 'binary':
      return {
        failure: {
          ok: false,
          status: byName === 'pdf' || byName === 'docx' ? 'malformed' : 'unsupported',
          message:
            byName === 'pdf' || byName === 'docx'
              ? `The file is not a valid ${byName.toUpperCase()} (its content is unreadable)`
              : 'The file is not a format shortlist reads (PDF, Word .docx, text, Markdown)',
        },
      };
  }
}

/** A zip is a Word or an OpenDocument file by what it holds; unreadable ones go to the Word reader to fail. */
function zipFormat(bytes: Uint8Array): 'docx' | 'odt' {
  try {
    const names = listZipEntries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      maxEntries: Infinity,
      maxUncompressedBytes: Infinity,
      maxRatio: Infinity,
    }).map((e) => e.name);
    return names.includes('content.xml') && !names.includes('word/document.xml') ? 'odt' : 'docx';
  } catch {
    return 'docx';
  }
}

/** Encrypted OOXML sits inside an OLE container with an "EncryptionInfo" stream (UTF-16 name). */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  return Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

/** Turns the bytes of one file into text, or a failure with a status and a one-line reason. */
export async function extractDocument(
  name: string,
  bytes: Uint8Array,
  limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS,
): Promise<Extraction> {
  const resolved = resolveFormat(name, bytes);
  if ('failure' in resolved) return resolved.failure;
  const result = await extractors[resolved.format](bytes, limits);
  if (!result.ok) return result;
  if (result.text.length > limits.maxTextChars) {
    const millions = (n: number) => `${Number((n / 1_000_000).toFixed(1))} million`;
    return {
      ok: false,
      status: 'too-large',
      message: `${millions(result.text.length)} characters of text, over the limit of ${millions(limits.maxTextChars)}; a CV is rarely over 50,000`,
    };
  }
  const visible = result.text.replace(/[\s\f]+/g, '');
  if (visible.length === 0) {
    return resolved.format === 'pdf'
      ? {
          ok: false,
          status: 'no-text',
          message: 'The PDF has no text layer (a scan or image); OCR is not done',
        }
      : { ok: false, status: 'empty', message: 'The file contains no text' };
  }
  if (visible.length < 40) {
    return {
      ok: false,
      status: 'no-text',
      message: `Only ${visible.length} characters of text could be read`,
    };
  }
  return result;
}
