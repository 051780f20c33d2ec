// V8 runs a case-insensitive pattern with the u flag many times slower than the same pattern
// without it (a \b under i and u has to consider every Unicode case fold). For a pattern written in
// plain ASCII, the two find exactly the same matches in a text that holds none of the characters
// where they differ:
// - under i and u, "ſ" (U+017F) matches s and the Kelvin sign (U+212A) matches k, and both are word
//   characters for \b and \w; without u, no character outside ASCII matches an ASCII letter;
// - under u, a surrogate pair is one character (for ".", [^...], \S and where a match may start);
//   without u, two.
// An ASCII pattern with no \p, \u, \x or \c escape means the same with or without u otherwise.

const derived = new WeakMap<RegExp, RegExp | null>();

/** The same pattern without its u flag, when that cannot change what it matches in a plain text. */
function withoutU(pattern: RegExp): RegExp | null {
  let fast = derived.get(pattern);
  if (fast !== undefined) return fast;
  fast = null;
  if (pattern.flags === 'iu' && /^[\x20-\x7e]*$/.test(pattern.source) && !/\\[pPuxc]/.test(pattern.source)) {
    try {
      fast = new RegExp(pattern.source, 'i');
    } catch {
      fast = null;
    }
  }
  derived.set(pattern, fast);
  return fast;
}

/** Whether `text` holds none of the characters an i+u pattern and its i-only twin read differently. */
export function isPlainText(text: string): boolean {
  return !/[\uD800-\uDFFF\u017F\u212A]/.test(text);
}

/**
 * `pattern`, or a twin that finds exactly the same matches, faster, in texts for which `plain` is
 * true (see isPlainText). Only stateless use (test, search) of the result: it is shared.
 */
export function fastPattern(pattern: RegExp, plain: boolean): RegExp {
  return plain ? (withoutU(pattern) ?? pattern) : pattern;
}

const plainLines = new WeakMap<readonly { text: string }[], boolean>();

/** isPlainText of every line, worked out once per array of lines (a CV's lines are read by many). */
export function areLinesPlain(lines: readonly { text: string }[]): boolean {
  let plain = plainLines.get(lines);
  if (plain === undefined) {
    plain = lines.every((l) => isPlainText(l.text));
    plainLines.set(lines, plain);
  }
  return plain;
}
