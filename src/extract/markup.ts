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

// The patterns below also match a tag or comment left unclosed (no ">" or "-->" after it) and
// keep it as written, so the scan goes on after it: otherwise each "<" of a long run of them began
// a match that failed at the text's end (quadratic time). They remove what they removed before.

/** A saved web page: headings, paragraphs and list items as lines; scripts and styles dropped. */
export function htmlToText(html: string): { text: string; links: string[] } {
  // An "<a " with no href before its ">" is matched whole by the second branch and skipped.
  const links = [...html.matchAll(/<a\s(?:[^>]*href\s*=\s*["']([^"']+)["']|[^>]*)/gi)].flatMap((m) =>
    m[1] === undefined ? [] : [decodeEntities(m[1])],
  );
  const text = dropElements(html.replace(/<!--[\s\S]*?(?:(-->)|$)/g, (m, end?: string) => (end ? '' : m)))
    .replace(/<\/t[dh]>\s*<t[dh][^>]*>/gi, ' | ')
    .replace(/<li[^>]*(>)?/gi, (m, end?: string) => (end ? '\n• ' : m))
    .replace(
      /<(p|div|h[1-6]|tr|br|section|article|header|footer|ul|ol|dl|dt|dd|table)\b[^>]*(>)?/gi,
      (m, _name: string, end?: string) => (end ? '\n' : m),
    )
    .replace(/<[^>]+(>)?/g, (m, end?: string) => (end ? '' : m));
  return {
    text: tidyLines(decodeEntities(text)),
    links: [...new Set(links.filter((l) => /^(https?:|mailto:)/i.test(l)))],
  };
}

const DROPPED_ELEMENT = /<(script|style|head|noscript|template)/gi;

/**
 * Drops each script, style, head, noscript and template element, from "<name" to the first
 * "</name>" after it in any case, as /<(script|...)[\s\S]*?<\/\1>/gi did; but a name with no
 * closing tag left is given up at once, where that pattern scanned to the end from each opening.
 */
function dropElements(html: string): string {
  const open = new RegExp(DROPPED_ELEMENT.source, 'gi');
  const closers = new Map<string, RegExp | null>();
  let kept = '';
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (!closers.has(name)) closers.set(name, new RegExp(`</${name}>`, 'gi'));
    const close = closers.get(name);
    if (!close) continue;
    close.lastIndex = open.lastIndex;
    const end = close.exec(html);
    if (!end) {
      closers.set(name, null); // no "</name>" after this one, so none after any later one either
      continue;
    }
    kept += html.slice(from, m.index);
    from = open.lastIndex = end.index + end[0].length;
  }
  return kept + html.slice(from);
}

/** OpenDocument content.xml: text:h and text:p as lines, list items with bullets, spaces and tabs. */
export function odfToText(xml: string): string {
  const body = xml
    .replace(/^[\s\S]*?<office:body>/, '')
    // Unclosed, the second branch takes the rest, kept: no scan to the end from each opening.
    .replace(
      /<office:automatic-styles>(?:[\s\S]*?(<\/office:automatic-styles>)|[\s\S]*)/,
      (m, end?: string) => (end ? '' : m),
    );
  const text = body
    .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_m, n: string | undefined) =>
      ' '.repeat(Number(n ?? 1)),
    )
    .replace(/<text:tab\s*\/>/g, '\t')
    .replace(/<text:line-break\s*\/>/g, '\n')
    // As in htmlToText, a tag left unclosed is matched and kept as written: the scan goes past it.
    .replace(/<text:list-item[^>]*(?:>\s*<text:(p|h)[^>]*(>)?)?/g, (m, _name?: string, end?: string) =>
      end ? '\n• ' : m,
    )
    .replace(/<\/table:table-cell>\s*<table:table-cell[^>]*>/g, ' | ')
    .replace(/<text:(p|h)\b[^>]*(>)?/g, (m, _name: string, end?: string) => (end ? '\n' : m))
    .replace(/<[^>]+(>)?/g, (m, end?: string) => (end ? '' : m));
  return tidyLines(decodeEntities(text));
}
