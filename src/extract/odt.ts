import type { Extraction } from '../model.js';
import { damageDetail } from './damage.js';
import { odfToText, urlsIn } from './markup.js';
import { checkOfficeZip, DoctypeError, readZipEntry, ZipLimitError, type ZipLimits } from './zip.js';

/** OpenDocument text (.odt, LibreOffice, Google Docs export): content.xml read as lines. */
export function extractOdt(bytes: Uint8Array, limits: ZipLimits): Extraction {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const entries = checkOfficeZip(buf, limits);
    const content = entries.find((e) => e.name === 'content.xml');
    if (!content) return { ok: false, status: 'malformed', message: 'The OpenDocument file has no content' };
    const xml = readZipEntry(buf, content, limits.maxUncompressedBytes).toString('utf8');
    const text = odfToText(xml);
    const tables = (xml.match(/<table:table\b/g) ?? []).length;
    const links = urlsIn(text);
    return {
      ok: true,
      format: 'odt',
      text,
      pages: null,
      links,
      hasImages: entries.some((e) => e.name.startsWith('Pictures/')),
      tables,
    };
  } catch (error) {
    if (error instanceof ZipLimitError) return { ok: false, status: 'too-large', message: error.message };
    if (error instanceof DoctypeError) return { ok: false, status: 'malformed', message: error.message };
    return {
      ok: false,
      status: 'malformed',
      message: `The OpenDocument file is damaged (${damageDetail(error)})`,
    };
  }
}
