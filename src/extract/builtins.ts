// pdf.js's legacy build, the one pdf-parse v2 loads (Node 20 lacks what the modern build needs),
// carries core-js. Where the engine's own version of a built-in differs from the newest specification
// in a corner case, core-js puts a JavaScript version in its place, for the whole thread: on Node 20
// that is Array.prototype.push (arrays whose length cannot be written, lengths past 2^32) and
// JSON.parse (the `source` a reviver may ask for). Neither corner is used by pdf.js or by us, and the
// JavaScript push is many times slower than the engine's: in a reading worker it cost about a sixth
// of the time spent on a file, in every library and in our own code. So the engine's versions are
// kept aside here, before pdf.js loads (pdf.ts imports this module first), and put back each time
// pdf.js may have loaded more of itself.

const NATIVE = { push: Array.prototype.push, parse: JSON.parse };

/** Puts the engine's Array.prototype.push and JSON.parse back where pdf.js's core-js replaced them. */
export function keepNativeBuiltins(): void {
  if (Array.prototype.push !== NATIVE.push) Array.prototype.push = NATIVE.push;
  if (JSON.parse !== NATIVE.parse) JSON.parse = NATIVE.parse;
}

/** Whether the engine's versions are in place (for the tests). */
export function builtinsAreNative(): boolean {
  return Array.prototype.push === NATIVE.push && JSON.parse === NATIVE.parse;
}
