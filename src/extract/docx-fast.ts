// A fast reader for plain Word documents: it builds, from word/document.xml, styles.xml,
// numbering.xml and the relationships, exactly the document mammoth 1.13 would build (its own
// element constructors, from lib/documents.js), so that mammoth's converter writes the same HTML,
// without jszip unzipping every part a second time, xmldom's DOM or mammoth's body reader.
//
// It applies only when it can prove mammoth would read the file the same way: a zip jszip would read
// the same, every XML part mammoth parses well-formed in a strict subset of XML (no DOCTYPE,
// comment, CDATA or processing instruction; only the five predefined entities and numeric
// references), and a body made only of the elements listed below (a whitelist: paragraphs, runs,
// text, tabs, breaks, hyphens, hyperlinks, bookmarks, tables, pictures). Anything else (alternate
// content, text boxes, fields, notes, comments, sdt, tracked changes, symbols, numbering linked to
// styles, an embedded style map, odd zips...) returns null, and the caller takes mammoth's path.
import { createRequire } from 'node:module';
import { readZipEntry, type ZipEntry } from './zip.js';

const require = createRequire(import.meta.url);

type MElement = Record<string, unknown>;
interface MammothDocuments {
  Document(children: MElement[], options: { notes: unknown; comments: unknown[] }): MElement;
  Notes: new (notes: unknown[]) => unknown;
  Paragraph(children: MElement[], properties: object): MElement;
  Run(children: MElement[], properties: object): MElement;
  Text(value: string): MElement;
  Tab(): MElement;
  Hyperlink(children: MElement[], options: object): MElement;
  Image(options: {
    readImage: (encoding?: string) => Promise<string>;
    altText: string | undefined;
    contentType: string | null;
  }): MElement;
  Table(children: MElement[], properties: object): MElement;
  TableRow(children: MElement[], options: object): MElement;
  TableCell(children: MElement[], options: object): MElement;
  BookmarkStart(options: { name: string | undefined }): MElement;
  lineBreak: MElement;
  pageBreak: MElement;
  columnBreak: MElement;
}
const documents = require('mammoth/lib/documents') as MammothDocuments;

/** Thrown (and caught in readDocxFast) wherever the fast reader would not match mammoth. */
class Unsupported extends Error {
  override name = 'Unsupported';
}
function unsupported(why: string): never {
  throw new Unsupported(why);
}

export interface FastDocx {
  /** mammoth's document (lib/documents.js), ready for its DocumentConverter. */
  document: MElement;
}

/**
 * mammoth's document for a .docx whose XML parts (inflated once by checkOfficeZip) are in `parts`,
 * or null when the fast reader cannot prove it reads the file as mammoth does.
 */
export function readDocxFast(
  buf: Buffer,
  entries: readonly ZipEntry[],
  parts: ReadonlyMap<ZipEntry, Buffer>,
  maxBytes: number,
): FastDocx | null {
  try {
    return read(buf, entries, parts, maxBytes);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The zip as jszip 3.10 (mammoth's unzipper) would see it.

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * The names of the files jszip would list, when it reads the archive exactly as listZipEntries
 * did: the same end record, no bytes before the archive, no zip64, no encryption, no Unicode path
 * fields, local names equal to central ones, data inside the file, names jszip keeps as they are.
 */
function jszipFiles(buf: Buffer, entries: readonly ZipEntry[]): Map<string, ZipEntry> {
  const eocd = buf.lastIndexOf(EOCD);
  if (eocd < 0 || eocd > buf.length - 22) unsupported('end record');
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (
    buf.readUInt16LE(eocd + 4) !== 0 ||
    buf.readUInt16LE(eocd + 6) !== 0 ||
    buf.readUInt16LE(eocd + 8) !== count ||
    count === 0xffff ||
    size === 0xffffffff ||
    offset === 0xffffffff ||
    offset + size !== eocd ||
    count !== entries.length ||
    eocd + 22 + buf.readUInt16LE(eocd + 20) > buf.length
  ) {
    unsupported('central directory');
  }
  const files = new Map<string, ZipEntry>();
  let at = offset;
  for (const entry of entries) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== 0x02014b50) unsupported('central record');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const uncompressed = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const attributes = buf.readUInt32LE(at + 38);
    const local = buf.readUInt32LE(at + 42);
    if (flags & 1 || (method !== 0 && method !== 8)) unsupported('encrypted or unknown method');
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || local === 0xffffffff) {
      unsupported('zip64');
    }
    const nameBytes = buf.subarray(at + 46, at + 46 + nameLength);
    let p = at + 46 + nameLength;
    const extraEnd = p + extraLength;
    while (p + 4 <= extraEnd) {
      const id = buf.readUInt16LE(p);
      if (id === 0x0001 || id === 0x7075) unsupported('zip64 or Unicode path field');
      p += 4 + buf.readUInt16LE(p + 2);
    }
    if (p !== extraEnd) unsupported('extra fields');
    at = extraEnd + commentLength;
    if (at > eocd) unsupported('central record');
    // jszip takes the name from the local header.
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) unsupported('local header');
    const localNameLength = buf.readUInt16LE(local + 26);
    const dataStart = local + 30 + localNameLength + buf.readUInt16LE(local + 28);
    if (!buf.subarray(local + 30, local + 30 + localNameLength).equals(nameBytes)) unsupported('local name');
    if (dataStart + compressed > buf.length) unsupported('data past the end');
    const name = entry.name;
    if (name !== nameBytes.toString('utf8') || name.includes('\ufffd')) unsupported('name');
    // jszip resolves "." and ".." and drops empty parts; such names are left to mammoth's path.
    if (/(^|\/)\.\.?(\/|$)|.\/\/./.test(name)) unsupported('name with dots');
    const isDir = (attributes & 0x10) !== 0 || name.endsWith('/');
    if (isDir) {
      if (!name.endsWith('/')) unsupported('directory flag on a file name');
      continue;
    }
    if (files.has(name)) unsupported('duplicate name');
    files.set(name, entry);
  }
  if (at !== eocd) unsupported('central directory size');
  return files;
}

// ---------------------------------------------------------------------------------------------
// A strict XML reader whose every accepted input xmldom 0.8 (through mammoth's xml/reader.js and
// office-xml-reader.js) parses without a warning into the same elements, names and text.

class XElement {
  constructor(
    /** The name as mammoth writes it: "w:p" for a mapped namespace, "{uri}local" otherwise. */
    readonly name: string,
    /** Attribute names (as mammoth writes them) and values, in turn; xmlns declarations left out. */
    readonly attrs: readonly string[],
    readonly children: XNode[],
  ) {}

  attr(name: string): string | undefined {
    const attrs = this.attrs;
    for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
    return undefined;
  }
}
type XNode = XElement | string;

const NO_ATTRIBUTES: readonly string[] = [];
const EMPTY = new XElement('', NO_ATTRIBUTES, []);

/** mammoth's office-xml-reader namespace map. */
const NAMESPACES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
});
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Names xmldom accepts (a subset of its tagNamePattern): ASCII, at most one colon. */
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const XML_DECLARATION = /<\?xml(?:[ \t\n][^<>?]*)?\?>/y;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** xmldom's replacement of `&...;` (predefined entities and numeric references only). */
function decodeText(raw: string): string {
  let i = raw.indexOf('&');
  if (i < 0) return raw;
  let out = '';
  let last = 0;
  while (i >= 0) {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(raw);
    if (!m) unsupported('entity');
    let value: string;
    if (m[1]) value = PREDEFINED[m[1]]!;
    else {
      const code = m[2] ? parseInt(m[2], 10) : parseInt(m[3]!, 16);
      if (code > 0x10ffff) unsupported('character reference');
      value = String.fromCodePoint(code);
    }
    out += raw.slice(last, i) + value;
    last = ENTITY.lastIndex;
    i = raw.indexOf('&', last);
  }
  return out + raw.slice(last);
}

/** A part's bytes as mammoth reads them: TextDecoder (drops one BOM), then one more BOM dropped. */
function decodePart(data: Buffer): string {
  let text = data.toString('utf8');
  if (text.includes('\ufffd')) unsupported('invalid UTF-8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  if (text.startsWith('\ufeff')) text = text.slice(1);
  // xmldom's normalizeLineEndings.
  if (/[\r\u0085\u2028]/.test(text)) {
    text = text.replace(/\r[\n\u0085]/g, '\n').replace(/[\r\u0085\u2028]/g, '\n');
  }
  return text;
}

interface Scope {
  ns: Record<string, string>;
  /** Resolved names of prefixed elements and attributes under these declarations. */
  elements: Map<string, string>;
  attributes: Map<string, string>;
}

const newScope = (ns: Record<string, string>): Scope => ({ ns, elements: new Map(), attributes: new Map() });

/** Scopes made by a root element's declarations, by those declarations: parts share them. */
const ROOT_SCOPES = new Map<string, Scope>();
/** Names already checked against NAME. */
const VALID_NAMES = new Set<string>();

function checkName(qname: string): void {
  if (VALID_NAMES.has(qname)) return;
  if (!NAME.test(qname)) unsupported('name');
  if (VALID_NAMES.size > 10_000) VALID_NAMES.clear();
  VALID_NAMES.add(qname);
}

/** The name mammoth's xml/reader.js gives an element or attribute (xmldom's namespaceURI). */
function resolveName(qname: string, scope: Scope, element: boolean): string {
  const colon = qname.indexOf(':');
  if (colon < 0 && !element) {
    // No namespace: the local name.
    checkName(qname);
    return qname;
  }
  const cache = element ? scope.elements : scope.attributes;
  const known = cache.get(qname);
  if (known !== undefined) return known;
  checkName(qname);
  const prefix = colon > 0 ? qname.slice(0, colon) : '';
  const local = colon > 0 ? qname.slice(colon + 1) : qname;
  let name: string;
  const uri = prefix === 'xml' ? XML_NS : scope.ns[prefix];
  if (uri === undefined) {
    if (!element || prefix !== '') unsupported('unbound prefix');
    name = local;
  } else {
    const mapped = NAMESPACES[uri];
    name = mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(qname, name);
  return name;
}

/** Characters of a name: letters, digits, "_", "-", "." and ":" (checked by NAME when resolved). */
const NAME_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:') {
  NAME_CHAR[c.charCodeAt(0)] = 1;
}
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;

/** The root element, or Unsupported for anything outside the strict subset. */
function parseXml(text: string): XElement {
  const length = text.length;
  const nameEnd = (from: number) => {
    let p = from;
    while (p < length) {
      const c = text.charCodeAt(p);
      if (c >= 128 || NAME_CHAR[c] === 0) break;
      p++;
    }
    return p;
  };
  let at = 0;
  XML_DECLARATION.lastIndex = 0;
  if (XML_DECLARATION.test(text)) at = XML_DECLARATION.lastIndex;
  const rootScope = newScope(Object.create(null) as Record<string, string>);
  const stack: { qname: string; element: XElement; scope: Scope }[] = [];
  let root: XElement | undefined;
  const qnames: string[] = [];
  const values: string[] = [];
  while (true) {
    const lt = text.indexOf('<', at);
    const end = lt < 0 ? length : lt;
    if (end > at) {
      const raw = text.slice(at, end);
      const top = stack[stack.length - 1];
      if (top) top.element.children.push(decodeText(raw));
      else if (!/^[ \t\n]*$/.test(raw)) unsupported('text outside the root');
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const top = stack.pop() ?? unsupported('end tag without start');
      const close = lt + 2 + top.qname.length;
      if (!text.startsWith(top.qname, lt + 2) || text.charCodeAt(close) !== 0x3e) unsupported('end tag');
      at = close + 1;
      continue;
    }
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) unsupported('comment, CDATA, DOCTYPE or PI');
    if (!stack.length && root) unsupported('second root');
    // The start tag: name, then attributes each after white space, then ">" or "/>".
    let p = nameEnd(lt + 1);
    const qname = text.slice(lt + 1, p);
    qnames.length = 0;
    values.length = 0;
    let closed = false;
    while (true) {
      const before = p;
      while (p < length && isSpace(text.charCodeAt(p))) p++;
      const c = text.charCodeAt(p);
      if (c === 0x3e /* > */) {
        p++;
        break;
      }
      if (c === 0x2f /* / */ && text.charCodeAt(p + 1) === 0x3e) {
        closed = true;
        p += 2;
        break;
      }
      if (p === before) unsupported('attribute without white space before it');
      const nameStart = p;
      p = nameEnd(p);
      if (p === nameStart) unsupported('tag');
      const attribute = text.slice(nameStart, p);
      while (p < length && isSpace(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) !== 0x3d /* = */) unsupported('attribute without a value');
      p++;
      while (p < length && isSpace(text.charCodeAt(p))) p++;
      const quote = text.charCodeAt(p);
      if (quote !== 0x22 && quote !== 0x27) unsupported('attribute without quotes');
      const close = text.indexOf(quote === 0x22 ? '"' : "'", p + 1);
      if (close < 0) unsupported('attribute without its closing quote');
      let value = text.slice(p + 1, close);
      if (value.includes('<')) unsupported('< in an attribute');
      if (value.includes('\t') || value.includes('\n')) value = value.replace(/[\t\n]/g, ' ');
      if (qnames.includes(attribute)) unsupported('repeated attribute');
      qnames.push(attribute);
      values.push(decodeText(value));
      p = close + 1;
    }
    at = p;
    const parent = stack[stack.length - 1];
    let scope = parent ? parent.scope : rootScope;
    // Namespace declarations apply to the element that makes them and its own attributes. mammoth
    // keeps them as attributes, but nothing reads them: they are left out.
    let declarations = '';
    let others = 0;
    for (let i = 0; i < qnames.length; i++) {
      const q = qnames[i]!;
      if (q === 'xmlns' || q.startsWith('xmlns:')) {
        const uri = values[i]!;
        if (
          uri === '' ||
          uri === XML_NS ||
          uri === XMLNS_NS ||
          uri in Object.prototype ||
          q === 'xmlns:xml' ||
          q === 'xmlns:xmlns'
        ) {
          unsupported('odd namespace');
        }
        checkName(q);
        declarations += q + '\u0000' + uri + '\u0000';
      } else others++;
    }
    if (declarations) {
      const cached = parent ? undefined : ROOT_SCOPES.get(declarations);
      if (cached) scope = cached;
      else {
        scope = newScope(Object.create(scope.ns) as Record<string, string>);
        for (let i = 0; i < qnames.length; i++) {
          const q = qnames[i]!;
          if (q === 'xmlns') scope.ns[''] = values[i]!;
          else if (q.startsWith('xmlns:')) scope.ns[q.slice(6)] = values[i]!;
        }
        if (!parent) {
          if (ROOT_SCOPES.size > 100) ROOT_SCOPES.clear();
          ROOT_SCOPES.set(declarations, scope);
        }
      }
    }
    let attrs = NO_ATTRIBUTES;
    if (others) {
      const list: string[] = [];
      for (let i = 0; i < qnames.length; i++) {
        const q = qnames[i]!;
        if (q === 'xmlns' || q.startsWith('xmlns:')) continue;
        const name = resolveName(q, scope, false);
        for (let j = 0; j < list.length; j += 2) if (list[j] === name) unsupported('attribute named twice');
        list.push(name, values[i]!);
      }
      attrs = list;
    }
    const name = resolveName(qname, scope, true);
    // office-xml-reader replaces mc:AlternateContent by its fallback when it reads any part.
    if (name === 'mc:AlternateContent') unsupported('alternate content');
    const element = new XElement(name, attrs, []);
    if (parent) parent.element.children.push(element);
    else root = element;
    if (!closed) stack.push({ qname, element, scope });
  }
  if (stack.length || !root) unsupported('unclosed or missing root');
  return root;
}

function first(element: XElement, name: string): XElement | undefined {
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) return child;
  return undefined;
}
function firstOrEmpty(element: XElement, name: string): XElement {
  return first(element, name) ?? EMPTY;
}
function elementsNamed(element: XElement, name: string): XElement[] {
  return element.children.filter((c): c is XElement => typeof c !== 'string' && c.name === name);
}

// ---------------------------------------------------------------------------------------------
// The package: which parts mammoth reads (docx-reader.js), and its readers of the small ones.

type Dict<T> = Record<string, T>;
const dict = <T>() => Object.create(null) as Dict<T>;

interface Relationships {
  byId: Dict<string | undefined>;
  byType: Dict<(string | undefined)[]>;
}

function readRelationships(root: XElement | null): Relationships {
  const byId = dict<string | undefined>();
  const byType = dict<(string | undefined)[]>();
  for (const child of root ? root.children : []) {
    if (typeof child === 'string' || child.name !== 'relationships:Relationship') continue;
    const id = child.attr('Id');
    const target = child.attr('Target');
    const type = child.attr('Type');
    byId[String(id)] = target;
    (byType[String(type)] ??= []).push(target);
  }
  return { byId, byType };
}

function splitPath(path: string): { dirname: string; basename: string } {
  const i = path.lastIndexOf('/');
  return i < 0 ? { dirname: '', basename: path } : { dirname: path.slice(0, i), basename: path.slice(i + 1) };
}

function joinPath(...paths: (string | undefined)[]): string {
  let relevant: string[] = [];
  for (const path of paths) {
    if (!path) continue;
    if (path.startsWith('/')) relevant = [path];
    else relevant.push(path);
  }
  return relevant.join('/');
}

const relationshipsFilename = (path: string) => {
  const { dirname, basename } = splitPath(path);
  return joinPath(dirname, '_rels', basename + '.rels');
};

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

interface Style {
  type: string | undefined;
  styleId: string | undefined;
  name?: string | null | undefined;
  numId?: string | undefined;
}
interface Styles {
  paragraph: Dict<Style>;
  character: Dict<Style>;
  table: Dict<Style>;
}

/** mammoth's styles-reader. */
function readStyles(root: XElement | null): Styles {
  const styles: Styles = { paragraph: dict(), character: dict(), table: dict() };
  const numbering = dict<Style>();
  for (const element of root ? elementsNamed(root, 'w:style') : []) {
    const type = element.attr('w:type');
    const styleId = element.attr('w:styleId');
    let style: Style;
    if (type === 'numbering') {
      const numId = firstOrEmpty(firstOrEmpty(firstOrEmpty(element, 'w:pPr'), 'w:numPr'), 'w:numId');
      style = { type, numId: numId.attr('w:val'), styleId };
    } else {
      const nameElement = first(element, 'w:name');
      style = { type, styleId, name: nameElement ? nameElement.attr('w:val') : null };
    }
    const set =
      type === 'paragraph'
        ? styles.paragraph
        : type === 'character'
          ? styles.character
          : type === 'table'
            ? styles.table
            : type === 'numbering'
              ? numbering
              : undefined;
    if (set && set[String(styleId)] === undefined) set[String(styleId)] = style;
  }
  return styles;
}

interface Level {
  isOrdered: boolean;
  level: string;
  paragraphStyleId: string | undefined;
}
interface Numbering {
  findLevel(numId: string, level: string): Level | null | undefined;
  findLevelByParagraphStyleId(styleId: string): Level | null;
}

/** mammoth's numbering-xml, except that a numbering linked to a style is not followed. */
function readNumbering(root: XElement | null): Numbering {
  const abstractNums = dict<{ levels: Dict<Level>; numStyleLink: string | undefined }>();
  const nums = dict<{ abstractNumId: string | undefined }>();
  if (root) {
    for (const element of elementsNamed(root, 'w:abstractNum')) {
      const levels = dict<Level>();
      let levelWithoutIndex: Level | null = null;
      for (const levelElement of elementsNamed(element, 'w:lvl')) {
        const levelIndex = levelElement.attr('w:ilvl');
        const isOrdered = firstOrEmpty(levelElement, 'w:numFmt').attr('w:val') !== 'bullet';
        const paragraphStyleId = firstOrEmpty(levelElement, 'w:pStyle').attr('w:val');
        if (levelIndex === undefined) levelWithoutIndex = { isOrdered, level: '0', paragraphStyleId };
        else levels[levelIndex] = { isOrdered, level: levelIndex, paragraphStyleId };
      }
      if (levelWithoutIndex !== null && levels[levelWithoutIndex.level] === undefined) {
        levels[levelWithoutIndex.level] = levelWithoutIndex;
      }
      abstractNums[String(element.attr('w:abstractNumId'))] = {
        levels,
        numStyleLink: firstOrEmpty(element, 'w:numStyleLink').attr('w:val'),
      };
    }
    for (const element of elementsNamed(root, 'w:num')) {
      const abstractNumId = first(element, 'w:abstractNumId') ?? unsupported('w:num without w:abstractNumId');
      nums[String(element.attr('w:numId'))] = { abstractNumId: abstractNumId.attr('w:val') };
    }
  }
  // _.indexBy over _.values(abstractNums), then _.values(levels): the last level wins. (mammoth's
  // index is a plain object: names like "constructor" are left to it.)
  const byStyle = dict<Level>();
  for (const abstractNum of Object.values(abstractNums)) {
    for (const level of Object.values(abstractNum.levels)) {
      if (level.paragraphStyleId == null) continue;
      if (level.paragraphStyleId in Object.prototype) unsupported('odd paragraph style id');
      byStyle[level.paragraphStyleId] = level;
    }
  }
  return {
    findLevel(numId, level) {
      const num = nums[numId];
      if (!num) return null;
      const abstractNum = abstractNums[String(num.abstractNumId)];
      if (!abstractNum) return null;
      if (abstractNum.numStyleLink != null) unsupported('numbering linked to a style');
      return abstractNum.levels[level];
    },
    findLevelByParagraphStyleId(styleId) {
      if (styleId in Object.prototype) unsupported('odd paragraph style id');
      return byStyle[styleId] ?? null;
    },
  };
}

/** The default numbering mammoth uses without numbering.xml (plain objects: a prototype). */
const DEFAULT_NUMBERING: Numbering = {
  findLevel(numId) {
    if (numId in Object.prototype) unsupported('odd numId');
    return null;
  },
  findLevelByParagraphStyleId: () => null,
};

type ContentTypes = (path: string) => string | null | undefined;

const FALLBACK_CONTENT_TYPES: Record<string, string> = {
  png: 'png',
  gif: 'gif',
  jpeg: 'jpeg',
  jpg: 'jpeg',
  tif: 'tiff',
  tiff: 'tiff',
  bmp: 'bmp',
};

/** mammoth's content-types-reader. */
function readContentTypes(root: XElement | null): ContentTypes {
  const defaults = dict<string | undefined>();
  const overrides = dict<string | undefined>();
  for (const child of root ? root.children : []) {
    if (typeof child === 'string') continue;
    if (child.name === 'content-types:Default')
      defaults[String(child.attr('Extension'))] = child.attr('ContentType');
    if (child.name === 'content-types:Override') {
      let name = child.attr('PartName') ?? unsupported('Override without PartName');
      if (name.startsWith('/')) name = name.slice(1);
      overrides[name] = child.attr('ContentType');
    }
  }
  return (path) => {
    const override = overrides[path];
    if (override) return override;
    const extension = path.split('.').pop()!;
    if (Object.hasOwn(defaults, extension)) return defaults[extension];
    const key = extension.toLowerCase();
    const fallback = Object.hasOwn(FALLBACK_CONTENT_TYPES, key) ? FALLBACK_CONTENT_TYPES[key] : undefined;
    if (key in Object.prototype) unsupported('odd extension');
    return fallback ? 'image/' + fallback : null;
  };
}

// ---------------------------------------------------------------------------------------------

function read(
  buf: Buffer,
  entries: readonly ZipEntry[],
  parts: ReadonlyMap<ZipEntry, Buffer>,
  maxBytes: number,
): FastDocx {
  const files = jszipFiles(buf, entries);
  /** A part mammoth reads as XML (readXmlFromZipFile): null when the zip has no such file. */
  const xml = (path: string): XElement | null => {
    const entry = files.get(path);
    if (!entry) return null;
    const data = parts.get(entry) ?? unsupported(`${path} is not an XML part`);
    // jszip checks the inflated size against the directory's.
    if (data.length !== entry.uncompressedSize) unsupported('size mismatch');
    return parseXml(decodePart(data));
  };
  if (files.has('mammoth/style-map')) unsupported('embedded style map');

  const contentTypes = readContentTypes(xml('[Content_Types].xml'));
  const findPartPath = (rels: Relationships, type: string, basePath: string, fallback: string) => {
    const valid = (rels.byType[REL + type] ?? [])
      .map((target) => joinPath(basePath, target).replace(/^\//, ''))
      .filter((target) => files.has(target));
    return valid[0] ?? fallback;
  };
  const mainDocument = findPartPath(
    readRelationships(xml('_rels/.rels')),
    'officeDocument',
    '',
    'word/document.xml',
  );
  if (mainDocument !== 'word/document.xml') unsupported('main document elsewhere');
  const documentRels = readRelationships(xml(relationshipsFilename(mainDocument)));
  const related = (name: string) => findPartPath(documentRels, name, 'word', `word/${name}.xml`);
  const styles = readStyles(xml(related('styles')));
  const numberingRoot = xml(related('numbering'));
  const numbering = numberingRoot ? readNumbering(numberingRoot) : DEFAULT_NUMBERING;
  // Notes and comments: mammoth reads them (and their relationships) whether or not they are used.
  for (const [name, element] of [
    ['footnotes', 'w:footnote'],
    ['endnotes', 'w:endnote'],
    ['comments', 'w:comment'],
  ] as const) {
    const path = related(name);
    xml(relationshipsFilename(path));
    const root = xml(path);
    for (const note of root ? elementsNamed(root, element) : []) {
      const type = note.attr('w:type');
      if (element === 'w:comment' || (type !== 'separator' && type !== 'continuationSeparator')) {
        unsupported(`a ${element}`);
      }
    }
  }
  const root = xml(mainDocument) ?? unsupported('no main document');
  const body = first(root, 'w:body') ?? unsupported('no body');

  const reader = new BodyReader(styles, numbering, documentRels, contentTypes, (path) => {
    const entry = files.get(path);
    if (!entry) return false;
    // The picture is read by jszip: be sure it inflates to its declared size.
    const data = readZipEntry(buf, entry, maxBytes);
    if (data.length !== entry.uncompressedSize) unsupported('picture size mismatch');
    return true;
  });
  const children = reader.readAll(body.children);
  return {
    document: documents.Document(children, { notes: new documents.Notes([]), comments: [] }),
  };
}

/** Elements mammoth's body reader ignores, contents and all; the fast reader does the same. */
const IGNORED = new Set([
  'w:pPr',
  'w:rPr',
  'w:tblPr',
  'w:tblGrid',
  'w:trPr',
  'w:tcPr',
  'w:sectPr',
  'w:proofErr',
  'w:lastRenderedPageBreak',
  'w:bookmarkEnd',
]);

/** Tracked changes, wherever they are (properties included): left to mammoth. */
const TRACKED =
  /^w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|trPrChange|tcPrChange|numberingChange|cellIns|cellDel|cellMerge)$/;

/** mammoth's body-reader.js for the whitelisted elements. */
class BodyReader {
  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly relationships: Relationships,
    private readonly contentTypes: ContentTypes,
    private readonly pictureExists: (path: string) => boolean,
  ) {}

  readAll(nodes: readonly XNode[]): MElement[] {
    const out: MElement[] = [];
    for (const node of nodes) {
      if (typeof node === 'string') continue; // mammoth reads nothing from text outside w:t
      const result = this.read(node);
      if (result.length === 1) out.push(result[0]!);
      else for (const element of result) out.push(element);
    }
    return out;
  }

  read(element: XElement): MElement[] {
    switch (element.name) {
      case 'w:p':
        return [this.paragraph(element)];
      case 'w:r':
        return [documents.Run(this.readAll(element.children), this.runProperties(element))];
      case 'w:t':
        return [documents.Text(textOf(element))];
      case 'w:tab':
        return [documents.Tab()];
      case 'w:noBreakHyphen':
        return [documents.Text('\u2011')];
      case 'w:softHyphen':
        return [documents.Text('\u00AD')];
      case 'w:br': {
        const type = element.attr('w:type');
        if (type == null || type === 'textWrapping') return [documents.lineBreak];
        if (type === 'page') return [documents.pageBreak];
        if (type === 'column') return [documents.columnBreak];
        return [];
      }
      case 'w:hyperlink':
        return this.hyperlink(element);
      case 'w:bookmarkStart': {
        const name = element.attr('w:name');
        return name === '_GoBack' ? [] : [documents.BookmarkStart({ name })];
      }
      case 'w:tbl':
        return [this.table(element)];
      case 'w:tr': {
        const properties = firstOrEmpty(element, 'w:trPr');
        if (first(properties, 'w:del')) unsupported('deleted row');
        return [
          documents.TableRow(this.readAll(element.children), {
            isHeader: !!first(properties, 'w:tblHeader'),
          }),
        ];
      }
      case 'w:tc':
        return [this.cell(element)];
      case 'w:smartTag':
      case 'w:drawing':
        return this.readAll(element.children);
      case 'wp:inline':
      case 'wp:anchor':
        return this.drawing(element);
      default:
        if (IGNORED.has(element.name)) {
          checkProperties(element);
          return [];
        }
        return unsupported(element.name);
    }
  }

  private style(
    element: XElement,
    tag: string,
    set: Dict<Style>,
  ): { styleId: string | null | undefined; name: string | null | undefined } {
    const styleElement = first(element, tag);
    let styleId: string | null | undefined = null;
    let name: string | null | undefined = null;
    if (styleElement) {
      styleId = styleElement.attr('w:val');
      if (styleId) {
        const style = set[styleId];
        if (style) name = style.name;
      }
    }
    return { styleId, name };
  }

  private paragraph(element: XElement): MElement {
    const properties = firstOrEmpty(element, 'w:pPr');
    const style = this.style(properties, 'w:pStyle', this.styles.paragraph);
    const indent = firstOrEmpty(properties, 'w:ind');
    return documents.Paragraph(this.readAll(element.children), {
      type: 'paragraphProperties',
      styleId: style.styleId,
      styleName: style.name,
      alignment: firstOrEmpty(properties, 'w:jc').attr('w:val'),
      numbering: this.numberingOf(style.styleId, firstOrEmpty(properties, 'w:numPr')),
      indent: {
        start: indent.attr('w:start') || indent.attr('w:left'),
        end: indent.attr('w:end') || indent.attr('w:right'),
        firstLine: indent.attr('w:firstLine'),
        hanging: indent.attr('w:hanging'),
      },
    });
  }

  /** body-reader's readNumberingProperties. */
  private numberingOf(styleId: string | null | undefined, numPr: XElement): Level | null | undefined {
    const level = firstOrEmpty(numPr, 'w:ilvl').attr('w:val');
    const numId = firstOrEmpty(numPr, 'w:numId').attr('w:val');
    if (level !== undefined && numId !== undefined) return this.numbering.findLevel(numId, level);
    if (styleId != null) {
      const byStyle = this.numbering.findLevelByParagraphStyleId(styleId);
      if (byStyle != null) return byStyle;
    }
    if (numId !== undefined) return this.numbering.findLevel(numId, '0');
    return null;
  }

  private runProperties(run: XElement): object {
    const element = firstOrEmpty(run, 'w:rPr');
    const style = this.style(element, 'w:rStyle', this.styles.character);
    const fontSizeString = firstOrEmpty(element, 'w:sz').attr('w:val');
    const highlight = firstOrEmpty(element, 'w:highlight').attr('w:val');
    return {
      type: 'runProperties',
      styleId: style.styleId,
      styleName: style.name,
      verticalAlignment: firstOrEmpty(element, 'w:vertAlign').attr('w:val'),
      font: firstOrEmpty(element, 'w:rFonts').attr('w:ascii'),
      fontSize:
        fontSizeString !== undefined && /^[0-9]+$/.test(fontSizeString)
          ? parseInt(fontSizeString, 10) / 2
          : null,
      isBold: readBoolean(first(element, 'w:b')),
      isUnderline: readUnderline(first(element, 'w:u')),
      isItalic: readBoolean(first(element, 'w:i')),
      isStrikethrough: readBoolean(first(element, 'w:strike')),
      isAllCaps: readBoolean(first(element, 'w:caps')),
      isSmallCaps: readBoolean(first(element, 'w:smallCaps')),
      highlight: !highlight || highlight === 'none' ? null : highlight,
    };
  }

  private hyperlink(element: XElement): MElement[] {
    const relationshipId = element.attr('r:id');
    const anchor = element.attr('w:anchor');
    const children = this.readAll(element.children);
    const targetFrame = element.attr('w:tgtFrame') || null;
    if (relationshipId) {
      let href = this.relationships.byId[relationshipId];
      if (href === undefined) unsupported('hyperlink without a relationship');
      if (anchor) {
        const hash = href.indexOf('#');
        href = (hash === -1 ? href : href.slice(0, hash)) + '#' + anchor;
      }
      return [documents.Hyperlink(children, { targetFrame, href })];
    }
    if (anchor) return [documents.Hyperlink(children, { targetFrame, anchor })];
    return children;
  }

  private table(element: XElement): MElement {
    const style = this.style(firstOrEmpty(element, 'w:tblPr'), 'w:tblStyle', this.styles.table);
    const rows = calculateRowSpans(this.readAll(element.children));
    return documents.Table(rows, { styleId: style.styleId, styleName: style.name });
  }

  private cell(element: XElement): MElement {
    const children = this.readAll(element.children);
    const properties = firstOrEmpty(element, 'w:tcPr');
    const gridSpan = firstOrEmpty(properties, 'w:gridSpan').attr('w:val');
    const colSpan = gridSpan ? parseInt(gridSpan, 10) : 1;
    const cell = documents.TableCell(children, { colSpan });
    const vMerge = first(properties, 'w:vMerge');
    if (vMerge) {
      const val = vMerge.attr('w:val');
      cell._vMerge = val === 'continue' || !val;
    } else cell._vMerge = null;
    return cell;
  }

  /** readDrawingElement and readBlip, for pictures embedded in the file. */
  private drawing(element: XElement): MElement[] {
    const out: MElement[] = [];
    const graphics = elementsNamed(element, 'a:graphic').flatMap((g) => elementsNamed(g, 'a:graphicData'));
    for (const data of graphics) {
      // A shape, text box, chart or canvas: not a picture, left to mammoth.
      for (const child of data.children) {
        if (typeof child !== 'string' && child.name !== 'pic:pic') unsupported(`graphic ${child.name}`);
      }
    }
    const blips = graphics
      .flatMap((d) => elementsNamed(d, 'pic:pic'))
      .flatMap((p) => elementsNamed(p, 'pic:blipFill'))
      .flatMap((f) => elementsNamed(f, 'a:blip'));
    const docPr = firstOrEmpty(element, 'wp:docPr');
    if (first(docPr, 'a:hlinkClick')) unsupported('linked picture');
    for (const blip of blips) {
      const descr = docPr.attr('descr');
      const title = docPr.attr('title');
      const altText = descr == null || /^\s*$/.test(descr) ? title : descr;
      const embed = blip.attr('r:embed');
      if (!embed) {
        if (blip.attr('r:link')) unsupported('external picture');
        continue; // mammoth: "Could not find image file for a:blip element"
      }
      const target = this.relationships.byId[embed] ?? unsupported('picture without a relationship');
      const path = target.startsWith('/') ? target.slice(1) : 'word/' + target;
      const exists = this.pictureExists(path);
      out.push(
        documents.Image({
          // mammoth's converter writes a data: URI of the picture; the text reader drops it, so
          // only whether the picture reads matters (a missing one leaves no <img>, as in mammoth).
          readImage: () => (exists ? Promise.resolve('') : Promise.reject(new Error(`no ${path}`))),
          altText,
          contentType: this.contentTypes(path) ?? null,
        }),
      );
    }
    return out;
  }
}

/** Properties are ignored by the body reader, but a tracked change inside them is left to mammoth. */
function checkProperties(element: XElement): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (TRACKED.test(child.name)) unsupported(child.name);
    checkProperties(child);
  }
}

/** mammoth's Element.text() for w:t: no child, or one text child. */
function textOf(element: XElement): string {
  const children = element.children;
  if (children.length === 0) return '';
  if (children.length !== 1 || typeof children[0] !== 'string') unsupported('w:t with elements');
  return children[0];
}

function readBoolean(element: XElement | undefined): boolean {
  if (!element) return false;
  const value = element.attr('w:val');
  return value !== 'false' && value !== '0';
}

function readUnderline(element: XElement | undefined): boolean {
  if (!element) return false;
  const value = element.attr('w:val');
  return value !== undefined && value !== 'false' && value !== '0' && value !== 'none';
}

/** body-reader's calculateRowSpans, on rows whose cells carry `_vMerge`. */
function calculateRowSpans(rows: MElement[]): MElement[] {
  const cellsOf = (row: MElement) => row.children as MElement[];
  // mammoth warns and gives up merging cells when a table holds anything but rows of cells.
  if (rows.some((row) => row.type !== 'tableRow' || cellsOf(row).some((cell) => cell.type !== 'tableCell'))) {
    unsupported('a table holding more than rows of cells');
  }
  const columns = new Map<number, MElement>();
  for (const row of rows) {
    let cellIndex = 0;
    for (const cell of cellsOf(row)) {
      const open = columns.get(cellIndex);
      if (cell._vMerge && open) (open.rowSpan as number)++;
      else {
        columns.set(cellIndex, cell);
        cell._vMerge = false;
      }
      cellIndex += cell.colSpan as number;
    }
  }
  for (const row of rows) {
    row.children = cellsOf(row).filter((cell) => !cell._vMerge);
    for (const cell of cellsOf(row)) delete cell._vMerge;
  }
  return rows;
}
