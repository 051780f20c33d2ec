// XML and HTML to lines of text, for ODT content and saved web pages. Regex-level on purpose: these
// documents are read for their words only, never rendered, and DOCTYPEs are refused before this.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  hellip: '…',
  middot: '·',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  atilde: 'ã',
  otilde: 'õ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** The http(s) addresses written in a text, each once, in order: links of formats without link markup. */
export function urlsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\bhttps?:\/\/[^\s)>\]]+/gi)].map((m) => m[0]))];
}

export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** A saved web page: headings, paragraphs and list items as lines; scripts and styles dropped. */
export function htmlToText(html: string): { text: string; links: string[] } {
  const links = [...html.matchAll(/<a\s[^>]*href\s*=\s*["']([^"']+)["']/gi)].map((m) =>
    decodeEntities(m[1] ?? ''),
  );
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|noscript|template)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/t[dh]>\s*<t[dh][^>]*>/gi, ' | ')
    .replace(/<li[^>]*>/gi, '\n• ')
    .replace(/<(p|div|h[1-6]|tr|br|section|article|header|footer|ul|ol|dl|dt|dd|table)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return {
    text: tidyLines(decodeEntities(text)),
    links: [...new Set(links.filter((l) => /^(https?:|mailto:)/i.test(l)))],
  };
}

/** OpenDocument content.xml: text:h and text:p as lines, list items with bullets, spaces and tabs. */
export function odfToText(xml: string): string {
  const body = xml
    .replace(/^[\s\S]*?<office:body>/, '')
    .replace(/<office:automatic-styles>[\s\S]*?<\/office:automatic-styles>/, '');
  const text = body
    .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_m, n: string | undefined) =>
      ' '.repeat(Number(n ?? 1)),
    )
    .replace(/<text:tab\s*\/>/g, '\t')
    .replace(/<text:line-break\s*\/>/g, '\n')
    .replace(/<text:list-item[^>]*>\s*<text:(p|h)[^>]*>/g, '\n• ')
    .replace(/<\/table:table-cell>\s*<table:table-cell[^>]*>/g, ' | ')
    .replace(/<text:(p|h)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return tidyLines(decodeEntities(text));
}
