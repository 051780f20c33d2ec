import mammoth from 'mammoth';
import type { Extraction } from '../model.js';
import { checkOfficeZip, DoctypeError, ZipLimitError, type ZipLimits } from './zip.js';

/**
 * Word .docx through mammoth, after checking the archive ourselves: mammoth and jszip have no limits of
 * their own, and an XML part with a DOCTYPE is how entity-expansion attacks arrive.
 */
export async function extractDocx(bytes: Uint8Array, limits: ZipLimits): Promise<Extraction> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let hasImages = false;
  try {
    const entries = checkOfficeZip(buf, limits);
    if (!entries.some((e) => e.name === 'word/document.xml')) {
      return { ok: false, status: 'unsupported', message: 'The zip file is not a Word document' };
    }
    hasImages = entries.some((e) => e.name.startsWith('word/media/'));
  } catch (error) {
    if (error instanceof ZipLimitError) return { ok: false, status: 'too-large', message: error.message };
    if (error instanceof DoctypeError) return { ok: false, status: 'malformed', message: error.message };
    return { ok: false, status: 'malformed', message: `The Word file is damaged (${describe(error)})` };
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: buf }, { externalFileAccess: false });
    const { text, links } = htmlToLines(result.value);
    const tables = (result.value.match(/<table\b/g) ?? []).length;
    return { ok: true, format: 'docx', text, pages: null, links, hasImages, tables };
  } catch (error) {
    return {
      ok: false,
      status: 'malformed',
      message: `The Word file could not be read (${describe(error)})`,
    };
  }
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

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function describe(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text.length > 100 ? text.slice(0, 97) + '...' : text;
}
