import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageDetail } from '../../src/extract/damage.js';
import { extractDocument } from '../../src/extract/index.js';
import { listZipEntries, readZipEntry } from '../../src/extract/zip.js';
import { makeZip } from '../fixtures/zip.js';

describe('damageDetail', () => {
  it('reports a library tripping over the file as damage, not as its internals', () => {
    expect(damageDetail(new TypeError("Cannot read properties of null (reading 'tagName')"))).toBe(
      'its contents are damaged',
    );
    expect(damageDetail(new RangeError('Offset is outside the bounds of the DataView'))).toBe(
      'its contents are damaged',
    );
  });

  it("keeps a parser's own message, on one line, without xmldom's decorations", () => {
    expect(damageDetail(new Error('Invalid PDF\n  structure.'))).toBe('Invalid PDF structure.');
    expect(
      damageDetail(new Error('[xmldom warning]\tunclosed xml attribute\n@#[line:undefined,col:undefined]')),
    ).toBe('its XML is malformed: unclosed xml attribute');
    expect(
      damageDetail(
        new Error('error: [xmldom error] element parse error: Error: invalid attribute:w:x @#[line:1,col:2]'),
      ),
    ).toBe('its XML is malformed: invalid attribute:w:x');
    expect(damageDetail('x'.repeat(300))).toHaveLength(100);
    expect(damageDetail(new Error('  '))).toBe('its contents are damaged');
  });
});

describe('a damaged Word file', () => {
  it('is reported in words a recruiter can act on', async () => {
    // The main document part cut short: the XML reader fails on it.
    const sample = readFileSync(join(import.meta.dirname, '../../samples/applicants/Chloe_Dubois_CV.docx'));
    const result = await extractDocument('chloe.docx', corruptDocumentXml(sample));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe('malformed');
    expect(result.message).toMatch(/^The Word file (could not be read|is damaged) \(/);
    expect(result.message).not.toMatch(/xmldom|@#\[line|Cannot read properties/);
  });
});

/** The .docx with word/document.xml cut in half, zipped again. */
function corruptDocumentXml(docx: Buffer): Buffer {
  const limits = { maxEntries: 1000, maxUncompressedBytes: 1e8, maxRatio: 1000 };
  return makeZip(
    listZipEntries(docx, limits).map((entry) => {
      const data = readZipEntry(docx, entry, 1e8);
      return {
        name: entry.name,
        data: entry.name === 'word/document.xml' ? data.subarray(0, data.length >> 1) : data,
      };
    }),
  );
}
