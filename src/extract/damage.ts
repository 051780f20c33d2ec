// Why a damaged file could not be read, in words a recruiter can act on. A library that meets a
// structure it does not expect often fails on its own code (reading a property of undefined): that
// is reported as damage, not as the library's internals. Its own parse errors are kept, shortened.

/** The library errors that mean "this file's structure is not what it should be". */
const INTERNAL = new Set(['TypeError', 'RangeError', 'ReferenceError']);

/** One line of at most `max` characters saying what is wrong with a file that failed to read. */
export function damageDetail(error: unknown, max = 100): string {
  if (error instanceof Error && INTERNAL.has(error.name)) return 'its contents are damaged';
  const raw = error instanceof Error ? error.message : String(error);
  const xml = /\[xmldom [a-z]+\]/i.test(raw);
  let text = raw.replace(/\s+/g, ' ').trim();
  if (xml) {
    // xmldom's, as mammoth passes them on: "error: [xmldom error] element parse error: Error: invalid
    // attribute:x @#[line:undefined,col:undefined]"
    text = text
      .replace(/\[xmldom [a-z]+\]\s*/gi, '')
      .replace(/\s*@#\[line:[^\]]*\]/g, '')
      .replace(/^(?:(?:error|warning|fatalError):\s*)+/i, '')
      .replace(/element parse error:\s*(?:Error:\s*)?/i, '')
      .trim();
    text = text ? `its XML is malformed: ${text}` : 'its XML is malformed';
  }
  if (!text) return 'its contents are damaged';
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
