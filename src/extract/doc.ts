import WordExtractor from 'word-extractor';
import type { Extraction } from '../model.js';
import { damageDetail } from './damage.js';
import { urlsIn } from './markup.js';

/** Legacy Word 97-2003 .doc (an OLE file): body, headers, footers and text boxes, in that order. */
export async function extractDoc(bytes: Uint8Array): Promise<Extraction> {
  try {
    const doc = await new WordExtractor().extract(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
    const parts = [
      doc.getHeaders({ includeFooters: false }),
      doc.getBody(),
      doc.getTextboxes({ includeHeadersAndFooters: false }),
      doc.getFooters(),
    ];
    const text = parts
      .map((p) => p.replace(/\r\n?/g, '\n').trim())
      .filter(Boolean)
      .join('\n');
    const links = urlsIn(text);
    return { ok: true, format: 'doc', text, pages: null, links, hasImages: false };
  } catch (error) {
    return {
      ok: false,
      status: 'malformed',
      message: `The Word 97-2003 file could not be read (${damageDetail(error)})`,
    };
  }
}
