import { PDFParse } from 'pdf-parse';
import type { Extraction } from '../model.js';

export interface PdfLimits {
  maxPages: number;
}

/**
 * PDF through pdf-parse v2 (pdf.js). Runs inside an extraction worker: pdf.js parses on the calling
 * thread in Node, so a pathological file must only ever block a worker we can kill.
 */
export async function extractPdf(bytes: Uint8Array, limits: PdfLimits): Promise<Extraction> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy so the caller's stays valid.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
  try {
    const info = await parser.getInfo({ parsePageInfo: true });
    if (info.total > limits.maxPages) {
      return {
        ok: false,
        status: 'too-large',
        message: `${info.total} pages, over the limit of ${limits.maxPages}`,
      };
    }
    const result = await parser.getText({ pageJoiner: '' });
    const text = result.pages.map((p) => p.text.replace(/\t+/g, '  ')).join('\n\f\n');
    const links = new Set<string>();
    for (const page of info.pages ?? [])
      for (const link of page.links ?? []) if (link.url) links.add(link.url);
    return { ok: true, format: 'pdf', text, pages: result.total, links: [...links], hasImages: false };
  } catch (error) {
    return pdfFailure(error);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function pdfFailure(error: unknown): Extraction {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return { ok: false, status: 'protected', message: 'The PDF is password-protected' };
  }
  return { ok: false, status: 'malformed', message: `The PDF could not be read (${oneLine(message)})` };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? line.slice(0, 117) + '...' : line || 'unknown error';
}
