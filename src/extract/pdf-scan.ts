// A cheap, conservative look at a PDF's own bytes that proves, when it can, that pdf.js's operator
// list cannot change what extractPdf reports: no image can be painted and no run of text can be
// judged hidden (light on light, or under 3 points) by hiddenRuns in pdf.js. Then getOperatorList,
// the most expensive call per page, is skipped. Whenever anything is unusual (encryption, filters
// other than Flate, images, forms, annotation appearances, colour spaces other than grey and RGB,
// CMYK, name escapes, a page with several content streams, an operator the simulation does not
// follow exactly) the answer is "not proven" and the operator list is read as before.
import { inflateSync } from 'node:zlib';
import { apply, multiply, type Matrix } from './pdf-layout.js';

/** Files larger than this are not scanned (the operator list is read as before). */
const MAX_SCAN_BYTES = 8 * 1024 * 1024;
const DELIM = String.raw`(?=[\s/\[\]<>(){}%]|$)`;
const LENGTH_KEY = new RegExp(`/Length${DELIM}`, 'g');
const FILTER_KEY = new RegExp(`/Filter${DELIM}`, 'g');
const OBJSTM = new RegExp(String.raw`/Type\s*/ObjStm${DELIM}`);
const BANNED = ['Encrypt', 'Image', 'SMask', 'AP'].map((n) => new RegExp(`/${n}${DELIM}`));
const CONTENTS = new RegExp(String.raw`/Contents${DELIM}\s*([\s\S]{0,30})`, 'g');
const UNSUPPORTED_KEYS = new RegExp(`/(DecodeParms|DP|F|FFilter|FDecodeParms)${DELIM}`);

/**
 * True when, for every page, getOperatorList could find neither an image nor hidden text, so long
 * as the page's annotations need no appearance (checked per page by the caller).
 */
export function operatorListIrrelevant(bytes: Uint8Array): boolean {
  if (bytes.length > MAX_SCAN_BYTES) return false;
  try {
    return scan(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  } catch {
    return false;
  }
}

interface RawStream {
  dict: string;
  data: string;
  /** Read to a direct /Length followed by endstream (else up to the first endstream). */
  direct: boolean;
}

function scan(raw: string): boolean {
  const streams = new Map<number, RawStream[]>();
  const outside: string[] = [];
  const objRe = /(\d+)\s+(\d+)\s+obj\b/g;
  let last = 0;
  for (let m = objRe.exec(raw); m; m = objRe.exec(raw)) {
    let at = m.index + m[0].length;
    while (at < raw.length && /\s/.test(raw[at]!)) at++;
    if (!raw.startsWith('<<', at)) continue;
    const dictEnd = skipDict(raw, at);
    if (dictEnd < 0) return false;
    const after = /^\s*stream(\r\n|\n|\r)/.exec(raw.slice(dictEnd, dictEnd + 20));
    if (!after) continue;
    const dict = raw.slice(at, dictEnd);
    const start = dictEnd + after[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    let end = -1;
    if (count(dict, LENGTH_KEY) === 1 && length) {
      const e = start + Number(length[1]);
      if (/^\s*endstream/.test(raw.slice(e, e + 20))) end = e;
    }
    const direct = end >= 0;
    if (!direct) {
      end = raw.indexOf('endstream', start);
      if (end < 0) return false;
    }
    const list = streams.get(Number(m[1])) ?? [];
    const data = raw.slice(start, end);
    list.push({ dict, data: direct ? data : data.replace(/\r?\n$|\r$/, ''), direct });
    streams.set(Number(m[1]), list);
    outside.push(raw.slice(last, start));
    last = end;
    objRe.lastIndex = end;
  }
  outside.push(raw.slice(last));
  // Object streams hold dictionaries (pages among them): read them as plain text too.
  for (const list of streams.values()) {
    for (const s of list) {
      if (!OBJSTM.test(s.dict)) continue;
      const text = decode(s);
      if (text === null) return false;
      outside.push(text);
    }
  }
  const text = outside.join('\n');
  if (BANNED.some((re) => re.test(text))) return false;
  if (/\/[^\s/[\]<>(){}%]*#/.test(text)) return false; // name escapes could spell any of those
  const contents = new Set<number>();
  for (const m of text.matchAll(CONTENTS)) {
    const value = m[1] ?? '';
    if (value.startsWith('(') || value.startsWith('<')) continue; // an annotation's text
    const ref = /^(\d+)\s+\d+\s+R/.exec(value);
    if (!ref) return false;
    contents.add(Number(ref[1]));
  }
  for (const n of contents) {
    const list = streams.get(n);
    if (!list) return false;
    for (const s of list) {
      const content = decode(s);
      if (content === null || !contentIsPlain(content)) return false;
    }
  }
  return true;
}

function count(text: string, re: RegExp): number {
  return [...text.matchAll(re)].length;
}

/** The stream's data as pdf.js would read it, or null when this scan does not decode it exactly. */
function decode(s: RawStream): string | null {
  if (UNSUPPORTED_KEYS.test(s.dict)) return null;
  const filters = count(s.dict, FILTER_KEY);
  // Plain data only with a /Length that checks out; Flate data is checked complete by zlib.
  if (filters === 0) return s.direct ? s.data : null;
  if (filters !== 1 || !/\/Filter\s*(\/FlateDecode|\[\s*\/FlateDecode\s*\])/.test(s.dict)) return null;
  return inflateSync(Buffer.from(s.data, 'latin1'), { maxOutputLength: 32 * 1024 * 1024 }).toString('latin1');
}

/** Index just past the dictionary opening at `at`, or -1. */
function skipDict(raw: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '(') {
      i = skipString(raw, i);
      if (i < 0) return -1;
      continue;
    }
    if (raw.startsWith('<<', i)) {
      depth++;
      i += 2;
      continue;
    }
    if (raw.startsWith('>>', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
      continue;
    }
    if (c === '<') {
      const close = raw.indexOf('>', i);
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    if (c === '%') {
      while (i < raw.length && raw[i] !== '\n' && raw[i] !== '\r') i++;
      continue;
    }
    i++;
  }
  return -1;
}

/** Index just past the literal string opening at `at`, or -1. */
function skipString(s: string, at: number): number {
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

// ---- The content stream, as pdf.js's lexer and evaluator turn it into what hiddenRuns reads ----

type Operand = number | { name: string } | { other: true };

/** pdf.js's operator table (EvaluatorPreprocessor.opMap): argument counts; -1 means variable. */
const ARGS: Record<string, number> = {
  w: 1,
  J: 1,
  j: 1,
  M: 1,
  d: 2,
  ri: 1,
  i: 1,
  gs: 1,
  q: 0,
  Q: 0,
  cm: 6,
  m: 2,
  l: 2,
  c: 6,
  v: 4,
  y: 4,
  h: 0,
  re: 4,
  S: 0,
  s: 0,
  f: 0,
  F: 0,
  'f*': 0,
  B: 0,
  'B*': 0,
  b: 0,
  'b*': 0,
  n: 0,
  W: 0,
  'W*': 0,
  BT: 0,
  ET: 0,
  Tc: 1,
  Tw: 1,
  Tz: 1,
  TL: 1,
  Tf: 2,
  Tr: 1,
  Ts: 1,
  Td: 2,
  TD: 2,
  Tm: 6,
  'T*': 0,
  Tj: 1,
  TJ: 1,
  "'": 1,
  '"': 3,
  d0: 2,
  d1: 6,
  CS: 1,
  cs: 1,
  SC: -1,
  SCN: -1,
  sc: -1,
  scn: -1,
  G: 1,
  g: 1,
  RG: 3,
  rg: 3,
  K: 4,
  k: 4,
  sh: 1,
  MP: 1,
  DP: 2,
  BMC: 1,
  BDC: 2,
  EMC: 0,
  BX: 0,
  EX: 0,
};
/** Everything pdf.js's lexer treats as a known command or a prefix of one (for splitting "Tjq"). */
const KNOWN = new Set([
  ...Object.keys(ARGS),
  'BI',
  'ID',
  'EI',
  'Do',
  'BM',
  'BD',
  'true',
  'fa',
  'fal',
  'fals',
  'false',
  'nu',
  'nul',
  'null',
]);
const FILL_OPS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PATH_OPS = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** What may come between a path's construction and its painting: nothing pdf.js keeps the path in. */
const DURING_PATH = new Set([
  ...PATH_OPS,
  ...FILL_OPS,
  'S',
  's',
  'n',
  'W',
  'W*',
  'w',
  'J',
  'j',
  'M',
  'd',
  'ri',
  'i',
  'gs',
  'g',
  'rg',
  'cs',
  'sc',
  'scn',
  'G',
  'RG',
  'CS',
  'SC',
  'SCN',
  'K',
]);
const WHITE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const SPECIAL = new Set([...WHITE, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)/y;

/** Margin for float32 rounding in pdf.js (text matrices, path bounds) and for colour rounding. */
const EPS = 0.01;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  light: number;
  exact: boolean;
}

/**
 * Follows hiddenRuns (pdf.ts) over one page's content: true only when no text shown on it could be
 * judged hidden and nothing there paints an image.
 */
function contentIsPlain(src: string): boolean {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fill = 0;
  let fillSpace: 'gray' | 'rgb' = 'gray';
  let patternSpace: 'gray' | 'rgb' | null = null;
  let size = 12;
  let fontSet = false;
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: {
    ctm: Matrix;
    fill: number;
    fillSpace: 'gray' | 'rgb';
    patternSpace: 'gray' | 'rgb' | null;
  }[] = [];
  const boxes: Box[] = [];
  let path: number[] | null = null; // x, y pairs of the path being built
  let curved = false;
  let args: Operand[] = [];
  let i = 0;
  const n = src.length;

  const operand = (): Operand | null => {
    const c = src[i]!;
    if (c === '(') {
      const end = skipString(src, i);
      if (end < 0) return null;
      i = end;
      return { other: true };
    }
    if (c === '<' && src[i + 1] !== '<') {
      const end = src.indexOf('>', i);
      if (end < 0 || !/^<[0-9A-Fa-f\s]*$/.test(src.slice(i, end))) return null;
      i = end + 1;
      return { other: true };
    }
    if (c === '/') {
      let j = i + 1;
      while (j < n && !SPECIAL.has(src[j]!)) j++;
      const name = src.slice(i + 1, j);
      if (/[#\x00-\x20\x7f-\xff]/.test(name)) return null;
      i = j;
      return { name };
    }
    if (c === '[' || (c === '<' && src[i + 1] === '<')) {
      const close = c === '[' ? ']' : '>>';
      i += c === '[' ? 1 : 2;
      for (;;) {
        skipWhite();
        if (i >= n) return null;
        if (src.startsWith(close, i)) {
          i += close.length;
          return { other: true };
        }
        const inner = /[+\-.\d]/.test(src[i]!) ? number() : operand();
        if (inner === null) return null;
      }
    }
    return null;
  };
  const number = (): number | null => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(src);
    if (!m) return null;
    const j = i + m[0].length;
    if (j < n && !SPECIAL.has(src[j]!)) return null;
    i = j;
    return Number(m[0]);
  };
  const skipWhite = () => {
    while (i < n) {
      const c = src[i]!;
      if (WHITE.has(c)) i++;
      else if (c === '%') while (i < n && src[i] !== '\n' && src[i] !== '\r') i++;
      else break;
    }
  };
  const nums = (k: number): number[] | null => {
    if (args.length !== k || !args.every((a) => typeof a === 'number')) return null;
    return args as number[];
  };
  const lightness = (v: number) => new Uint8ClampedArray([v * 255])[0]! / 255;

  while (true) {
    skipWhite();
    if (i >= n) break;
    const c = src[i]!;
    if (/[+\-.\d]/.test(c)) {
      const v = number();
      if (v === null) return false;
      args.push(v);
      continue;
    }
    if (c === '(' || c === '<' || c === '/' || c === '[') {
      const v = operand();
      if (v === null) return false;
      args.push(v);
      continue;
    }
    if (SPECIAL.has(c) || c < '!' || c > '~') return false;
    // A command, split the way pdf.js's lexer splits it.
    let cmd = c;
    i++;
    let known = KNOWN.has(cmd);
    while (i < n && !SPECIAL.has(src[i]!)) {
      const next = cmd + src[i];
      if (known && !KNOWN.has(next)) break;
      cmd = next;
      known = KNOWN.has(cmd);
      i++;
    }
    const want = ARGS[cmd];
    if (want === undefined) return false; // unknown, Do, BI, true/false/null...
    if (want >= 0 && args.length !== want) return false;
    if (path && !DURING_PATH.has(cmd)) return false;
    switch (cmd) {
      case 'q':
        stack.push({ ctm, fill, fillSpace, patternSpace });
        break;
      case 'Q':
        ({ ctm, fill, fillSpace, patternSpace } = stack.pop() ?? { ctm, fill, fillSpace, patternSpace });
        break;
      case 'cm': {
        const m = nums(6);
        if (!m) return false;
        ctm = multiply(m as Matrix, ctm);
        break;
      }
      case 'm':
      case 'l':
      case 'c':
      case 'v':
      case 'y':
      case 're': {
        const v = nums(ARGS[cmd]!);
        if (!v) return false;
        if (!path) {
          if (cmd !== 'm' && cmd !== 're') return false;
          path = [];
          curved = false;
        }
        if (cmd === 're') path.push(v[0]!, v[1]!, v[0]! + v[2]!, v[1]! + v[3]!);
        else path.push(...v);
        if (cmd === 'c' || cmd === 'v' || cmd === 'y') curved = true;
        break;
      }
      case 'h':
        if (!path) return false;
        break;
      case 'W':
      case 'W*':
        break;
      case 'S':
      case 's':
      case 'n':
        path = null;
        break;
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*': {
        if (path && path.length) {
          const xs = path.filter((_, k) => k % 2 === 0);
          const ys = path.filter((_, k) => k % 2 === 1);
          const [ax, ay] = apply(ctm, Math.min(...xs), Math.min(...ys));
          const [bx, by] = apply(ctm, Math.max(...xs), Math.max(...ys));
          boxes.push({
            x0: Math.min(ax, bx),
            y0: Math.min(ay, by),
            x1: Math.max(ax, bx),
            y1: Math.max(ay, by),
            light: fill,
            exact: !curved,
          });
        }
        path = null;
        break;
      }
      case 'g':
      case 'rg': {
        const v = nums(cmd === 'g' ? 1 : 3);
        if (!v) return false;
        fill = Math.min(...v.map(lightness));
        fillSpace = patternSpace = cmd === 'g' ? 'gray' : 'rgb';
        break;
      }
      case 'cs': {
        const name = (args[0] as { name?: string }).name;
        if (name !== 'DeviceGray' && name !== 'DeviceRGB') return false;
        fillSpace = patternSpace = name === 'DeviceGray' ? 'gray' : 'rgb';
        break;
      }
      case 'sc':
      case 'scn': {
        if (!args.length || !args.every((a) => typeof a === 'number')) return false;
        const space = cmd === 'sc' ? fillSpace : (patternSpace ?? 'gray');
        const v = args as number[];
        if (cmd === 'sc' || patternSpace) {
          if (v.length !== (space === 'gray' ? 1 : 3)) return false;
        }
        fill = Math.min(...(space === 'gray' ? [v[0]!] : v).map(lightness));
        break;
      }
      case 'k':
        return false;
      case 'Tf': {
        const s = args[1];
        if (typeof s !== 'number' || typeof args[0] !== 'object' || !('name' in args[0])) return false;
        size = Math.abs(s);
        fontSet = true;
        break;
      }
      case 'Tm': {
        const m = nums(6);
        if (!m) return false;
        tm = m.map(Math.fround) as Matrix;
        break;
      }
      case 'Td': {
        const m = nums(2);
        if (!m) return false;
        tm = multiply([1, 0, 0, 1, m[0]!, m[1]!], tm);
        break;
      }
      case 'Tj':
      case 'TJ':
      case "'":
      case '"': {
        if (!fontSet) return false;
        if (!textVisible(multiply(tm, ctm), size, fill, boxes)) return false;
        break;
      }
    }
    args = [];
  }
  return !path;
}

/** True when hiddenRuns cannot judge this text hidden, whatever float rounding pdf.js applies. */
function textVisible(full: Matrix, size: number, fill: number, boxes: Box[]): boolean {
  const effective = size * Math.hypot(full[2], full[3]);
  if (!(effective >= 3 * (1 + EPS) + EPS)) return false;
  const [x, y] = apply(full, 0, 0);
  const backgrounds: number[] = [];
  let definite = false;
  for (let k = boxes.length - 1; k >= 0; k--) {
    const b = boxes[k]!;
    const tol = (v: number) => EPS + Math.abs(v) * 1e-6;
    const maybe =
      x >= b.x0 - 1 - tol(b.x0) &&
      x <= b.x1 + 1 + tol(b.x1) &&
      y >= b.y0 - 1 - tol(b.y0) &&
      y <= b.y1 + 1 + tol(b.y1);
    if (!maybe) continue;
    backgrounds.push(b.light);
    if (
      b.exact &&
      x >= b.x0 - 1 + tol(b.x0) &&
      x <= b.x1 + 1 - tol(b.x1) &&
      y >= b.y0 - 1 + tol(b.y0) &&
      y <= b.y1 + 1 - tol(b.y1)
    ) {
      definite = true;
      break;
    }
  }
  if (!definite) backgrounds.push(1);
  return backgrounds.every(
    (bg) => Math.abs(fill - bg) >= 0.08 + 2 * EPS && !(fill > 0.92 - EPS && bg > 0.6 - EPS),
  );
}
