import type { Extraction } from '../model.js';
import { urlsIn } from './markup.js';

/** Plain text and Markdown: decode as UTF-8 (with or without BOM), falling back to UTF-16 by BOM. */
export function extractText(bytes: Uint8Array, format: 'txt' | 'md'): Extraction {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  text = text.replace(/\r\n?/g, '\n');
  if (format === 'md') text = stripMarkdown(text);
  const links = urlsIn(text);
  return {
    ok: true,
    format,
    text,
    pages: null,
    links,
    // The alt text stops at a later "![" (a match would start there too), so each "![" of a long
    // run of them scans only to the next one: unbounded, each scanned to the text's end.
    hasImages: /!\[(?:[^\]!]|!(?!\[))*\]\(/.test(text),
  };
}

/** Keep the words, lose the markup: headings, emphasis, link syntax (the URL is kept). */
function stripMarkdown(md: string): string {
  return md
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*[-*+]\s+/, '• ')
        // An image or link left unclosed is matched too and kept as written, so the scan goes
        // on after it: otherwise each "[" of a long run began a match failing at the line's end.
        .replace(/!\[([^\]]*)(?:\]\([^)]*(\))?)?/g, (m, label: string, close?: string) => (close ? label : m))
        .replace(/\[([^\]]+)(?:\]\(([^)]*)(\))?)?/g, (m, label: string, url?: string, close?: string) => {
          if (!close || !url) return m; // unclosed, or "[label]()": not a link
          return label === url || url.startsWith('mailto:') ? label : `${label} (${url})`;
        })
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/^\s*(-{3,}|\*{3,}|_{3,})\s*$/, ''),
    )
    .join('\n');
}
