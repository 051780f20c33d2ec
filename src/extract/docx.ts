import { createRequire } from 'node:module';
import type { Extraction } from '../model.js';
import { readDocxFast } from './docx-fast.js';
import { damageDetail } from './damage.js';
import { decodeEntities } from './markup.js';
import { checkOfficeZip, DoctypeError, ZipLimitError, type ZipEntry, type ZipLimits } from './zip.js';

/**
 * Word .docx through mammoth, after checking the archive ourselves: mammoth and jszip have no limits of
 * their own, and an XML part with a DOCTYPE is how entity-expansion attacks arrive.
 *
 * A plain document (see docx-fast.ts) skips mammoth's unzipping and XML reading: the fast reader
 * builds the same document for mammoth's converter from the parts already inflated for the checks.
 * `fast: false` turns that shortcut off (the regression test compares both ways).
 */
export async function extractDocx(
  bytes: Uint8Array,
  limits: ZipLimits,
  options: { fast?: boolean } = {},
): Promise<Extraction> {
  const opened = openDocx(bytes, limits);
  if ('status' in opened) return opened;
  const { buf, entries, parts, hasImages, headers, footers, externalLinks } = opened;
  try {
    const html = await bodyHtml(buf, entries, parts, limits, options.fast !== false);
    const body = htmlToLines(html.html);
    const seen = new Set<string>();
    const once = (lines: string[]) => lines.filter((l) => (seen.has(l) ? false : (seen.add(l), true)));
    const text = [...once(headers), body.text, ...once(footers)].filter(Boolean).join('\n');
    const links = [...new Set([...body.links, ...externalLinks.filter((l) => !l.startsWith('mailto:'))])];
    const tables = (html.html.match(/<table\b/g) ?? []).length;
    return { ok: true, format: 'docx', text, pages: null, links, hasImages, tables };
  } catch (error) {
    return {
      ok: false,
      status: 'malformed',
      message: `The Word file could not be read (${damageDetail(error)})`,
    };
  }
}

/**
 * The HTML mammoth writes for a .docx's body, and whether the fast reader wrote it (for tests and
 * measurements). Throws where extractDocx reports a failure.
 */
export async function docxBodyHtml(
  bytes: Uint8Array,
  limits: ZipLimits,
  options: { fast?: boolean } = {},
): Promise<{ html: string; fast: boolean }> {
  const opened = openDocx(bytes, limits);
  if ('status' in opened) throw new Error(opened.message);
  return bodyHtml(opened.buf, opened.entries, opened.parts, limits, options.fast !== false);
}

interface OpenedDocx {
  buf: Buffer;
  entries: ZipEntry[];
  /** Every XML part, inflated once (by the DOCTYPE check). */
  parts: Map<ZipEntry, Buffer>;
  hasImages: boolean;
  headers: string[];
  footers: string[];
  externalLinks: string[];
}

function openDocx(bytes: Uint8Array, limits: ZipLimits): OpenedDocx | Extract<Extraction, { ok: false }> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const parts = new Map<ZipEntry, Buffer>();
    const entries = checkOfficeZip(buf, limits, (entry, data) => parts.set(entry, data));
    if (!entries.some((e) => e.name === 'word/document.xml')) {
      return { ok: false, status: 'unsupported', message: 'The zip file is not a Word document' };
    }
    const hasImages = entries.some((e) => e.name.startsWith('word/media/'));
    const partText = (e: ZipEntry) => parts.get(e)!.toString('utf8');
    // mammoth skips page headers and footers, where many CVs keep their contact details.
    const part = (re: RegExp) =>
      entries
        .filter((e) => re.test(e.name))
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .flatMap((e) => wordXmlLines(partText(e)));
    const headers = part(/^word\/header\d*\.xml$/);
    const footers = part(/^word\/footer\d*\.xml$/);
    const externalLinks = entries
      .filter((e) => /^word\/_rels\/.*\.rels$/.test(e.name))
      .flatMap((e) =>
        [...partText(e).matchAll(/Target="(https?:[^"]+|mailto:[^"]+)"/g)].map((m) =>
          decodeEntities(m[1] ?? ''),
        ),
      );
    return { buf, entries, parts, hasImages, headers, footers, externalLinks };
  } catch (error) {
    if (error instanceof ZipLimitError) return { ok: false, status: 'too-large', message: error.message };
    if (error instanceof DoctypeError) return { ok: false, status: 'malformed', message: error.message };
    return { ok: false, status: 'malformed', message: `The Word file is damaged (${damageDetail(error)})` };
  }
}

async function bodyHtml(
  buf: Buffer,
  entries: ZipEntry[],
  parts: Map<ZipEntry, Buffer>,
  limits: ZipLimits,
  fast: boolean,
): Promise<{ html: string; fast: boolean }> {
  const read = fast ? readDocxFast(buf, entries, parts, limits.maxUncompressedBytes) : null;
  if (read) return { html: (await convertDocumentToHtml(read.document)).value, fast: true };
  return { html: (await convertToHtml(buf)).value, fast: false };
}

// mammoth's own pieces (the version is pinned), so that its default style map is parsed once per
// process instead of on every convertToHtml call (a third of the conversion's cost on a CV).
const require = createRequire(import.meta.url);
interface MammothResult<T> {
  value: T;
  map<U>(f: (value: T) => U): MammothResult<U>;
  flatMapThen<U>(f: (value: T) => Promise<MammothResult<U>>): Promise<MammothResult<U>>;
}
interface MammothOptions {
  embeddedStyleMap?: string;
  readStyleMap(): string[];
}
interface StyleMapping {
  from: unknown;
  to: unknown;
}
const mammothLib = {
  unzip: require('mammoth/lib/unzip') as { openZip(input: { buffer: Buffer }): Promise<unknown> },
  embeddedStyleMap: require('mammoth/lib/docx/style-map') as {
    readStyleMap(docxFile: unknown): Promise<string | undefined>;
  },
  docxReader: require('mammoth/lib/docx/docx-reader') as {
    read(
      docxFile: unknown,
      input: { buffer: Buffer },
      options: MammothOptions,
    ): Promise<MammothResult<unknown>>;
  },
  options: require('mammoth/lib/options-reader') as {
    readOptions(options: Record<string, unknown>): MammothOptions;
    _defaultStyleMap: string[];
  },
  readStyle: (require('mammoth/lib/style-reader') as { readStyle(rule: string): MammothResult<StyleMapping> })
    .readStyle,
  Result: (
    require('mammoth/lib/results') as {
      Result: { combine<T>(results: MammothResult<T>[]): MammothResult<T[]> };
    }
  ).Result,
  DocumentConverter: (
    require('mammoth/lib/document-to-html') as {
      DocumentConverter: new (options: object) => {
        convertToHtml(document: unknown): Promise<MammothResult<string>>;
      };
    }
  ).DocumentConverter,
};

/** mammoth's parseStyleMap: each rule parsed, the ones that fail to parse dropped. */
function parseStyleMap(rules: string[]): StyleMapping[] {
  return mammothLib.Result.combine(rules.map(mammothLib.readStyle)).value.filter(Boolean);
}

let defaultStyleMap: StyleMapping[] | undefined;

/**
 * mammoth.convertToHtml(input, { externalFileAccess: false }) step for step (mammoth 1.13
 * lib/index.js convert and convertDocumentToHtml), with the default style map parsed once. A style
 * map embedded in the document is still read and parsed per document, ahead of the defaults.
 */
async function convertToHtml(buffer: Buffer): Promise<{ value: string }> {
  defaultStyleMap ??= parseStyleMap(mammothLib.options._defaultStyleMap);
  const options = mammothLib.options.readOptions({
    externalFileAccess: false,
    includeDefaultStyleMap: false,
  });
  const input = { buffer };
  const docxFile = await mammothLib.unzip.openZip(input);
  options.embeddedStyleMap = await mammothLib.embeddedStyleMap.readStyleMap(docxFile);
  const document = await mammothLib.docxReader.read(docxFile, input, options);
  const styleMap = [...parseStyleMap(options.readStyleMap()), ...defaultStyleMap];
  const converter = new mammothLib.DocumentConverter({ ...options, styleMap });
  return document.flatMapThen((doc) => converter.convertToHtml(doc));
}

/**
 * The last step of convertToHtml for a document the fast reader built: the same options, and the
 * default style map alone (the fast reader refuses documents with an embedded one).
 */
async function convertDocumentToHtml(document: unknown): Promise<{ value: string }> {
  defaultStyleMap ??= parseStyleMap(mammothLib.options._defaultStyleMap);
  const options = mammothLib.options.readOptions({
    externalFileAccess: false,
    includeDefaultStyleMap: false,
  });
  const styleMap = [...parseStyleMap(options.readStyleMap()), ...defaultStyleMap];
  const converter = new mammothLib.DocumentConverter({ ...options, styleMap });
  return converter.convertToHtml(document);
}

/** The paragraphs of a WordprocessingML part (header, footer) as lines of text. */
function wordXmlLines(xml: string): string[] {
  return [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)]
    .map((paragraph) =>
      [...paragraph[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((m) => (m[0].startsWith('<w:tab') ? '   ' : decodeEntities(m[1] ?? '')))
        .join('')
        .trim(),
    )
    .filter(Boolean);
}

/** mammoth's HTML back to lines: one per paragraph, "• " for list items, " | " between table cells. */
function htmlToLines(html: string): { text: string; links: string[] } {
  const links = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? ''));
  const text = html
    .replace(/<img[^>]*>/g, '')
    .replace(/<\/t[dh]>\s*<t[dh][^>]*>/g, ' | ')
    .replace(/<li[^>]*>/g, '\n• ')
    .replace(/<(p|h[1-6]|tr|br)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) =>
      decodeEntities(line)
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
  return { text, links: [...new Set(links.filter((l) => !l.startsWith('#')))] };
}
