import type { Extraction } from '../model.js';
import { urlsIn } from './markup.js';

// Groups whose text is not part of the document: fonts, colours, styles, metadata, pictures.
const SKIP_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'header',
  'footer',
  'object',
  'themedata',
  'datastore',
  'latentstyles',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'mmathPr',
]);

/** Rich Text Format to plain lines: paragraphs, line breaks, tabs, \'hh and \uN characters. */
export function rtfToText(rtf: string): string {
  const out: string[] = [];
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let pendingSkipChars = 0;
  const re = /\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rtf))) {
    const [, word, num, hex, symbol, brace, text] = m;
    if (brace === '{') {
      stack.push({ skip, uc });
    } else if (brace === '}') {
      ({ skip, uc } = stack.pop() ?? { skip: false, uc: 1 });
    } else if (word) {
      if (SKIP_DESTINATIONS.has(word)) skip = true;
      else if (skip) continue;
      else if (word === 'par' || word === 'line' || word === 'sect' || word === 'page' || word === 'row')
        out.push('\n');
      else if (word === 'tab' || word === 'cell') out.push(word === 'cell' ? ' | ' : '\t');
      else if (word === 'bullet') out.push('•');
      else if (word === 'emdash') out.push('—');
      else if (word === 'endash') out.push('–');
      else if (word === 'uc') uc = Number(num ?? 1);
      else if (word === 'u') {
        const code = Number(num);
        out.push(String.fromCharCode(code < 0 ? code + 65536 : code));
        pendingSkipChars = uc;
      }
    } else if (symbol) {
      if (symbol === '*') skip = true;
      else if (!skip && (symbol === '\\' || symbol === '{' || symbol === '}')) out.push(symbol);
      else if (!skip && symbol === '~') out.push(' ');
    } else if (hex) {
      if (pendingSkipChars > 0) pendingSkipChars--;
      else if (!skip) out.push(Buffer.from(hex, 'hex').toString('latin1'));
    } else if (text && !skip) {
      let t = text;
      if (pendingSkipChars > 0) {
        t = t.slice(pendingSkipChars);
        pendingSkipChars = 0;
      }
      out.push(t);
    }
  }
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function extractRtf(bytes: Uint8Array): Extraction {
  const text = rtfToText(Buffer.from(bytes).toString('latin1'));
  const links = urlsIn(text);
  return {
    ok: true,
    format: 'rtf',
    text,
    pages: null,
    links,
    hasImages: /\\pict/.test(Buffer.from(bytes).toString('latin1')),
  };
}
