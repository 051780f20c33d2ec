import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { rtfToText } from '../../src/extract/rtf.js';
import { makeZip } from '../fixtures/zip.js';

const odt = (body: string, prolog = '') =>
  makeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    {
      name: 'content.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?>${prolog}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    },
  ]);

describe('formats applicants send', () => {
  it('reads RTF paragraphs, escapes and unicode', () => {
    const rtf = String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}{\info{\author X}}\f0 {\b Jos\'e9 Mart\u237?nez}\par Backend Engineer \endash  Acme\par\bullet  Built APIs\par}`;
    expect(rtfToText(rtf).split('\n')).toEqual(['José Martínez', 'Backend Engineer – Acme', '• Built APIs']);
  });

  it('reads an RTF file by its content', async () => {
    const result = await extractDocument(
      'cv.rtf',
      Buffer.from(
        String.raw`{\rtf1\ansi Jane Doe\par jane@example.com\par EXPERIENCE\par Backend Engineer at Acme Ltd, 2019 - 2023\par}`,
        'latin1',
      ),
    );
    expect(result).toMatchObject({ ok: true, format: 'rtf' });
    if (result.ok) expect(result.text).toContain('jane@example.com');
  });

  it('reads a saved web page, without its script and style', async () => {
    const html = `<!doctype html><html><head><style>h1{color:red}</style><script>alert(1)</script></head><body><h1>Jane Doe</h1><p>jane@example.com &middot; <a href="https://github.com/jane">GitHub</a></p><h2>Experience</h2><ul><li>Built payment APIs serving 2M users</li></ul></body></html>`;
    const result = await extractDocument('cv.html', Buffer.from(html));
    expect(result).toMatchObject({ ok: true, format: 'html', links: ['https://github.com/jane'] });
    if (result.ok) {
      expect(result.text.split('\n').filter(Boolean)).toEqual([
        'Jane Doe',
        'jane@example.com · GitHub',
        'Experience',
        '• Built payment APIs serving 2M users',
      ]);
      expect(result.text).not.toContain('alert');
    }
  });

  it('reads an OpenDocument text file', async () => {
    const body =
      '<text:h text:outline-level="1">Jane Doe</text:h><text:p>jane@example.com<text:tab/>London, UK</text:p><text:h>Experience</text:h><text:list><text:list-item><text:p>Built<text:s/>payment APIs</text:p></text:list-item></text:list>';
    const result = await extractDocument('cv.odt', odt(body));
    expect(result).toMatchObject({ ok: true, format: 'odt' });
    if (result.ok)
      expect(result.text.split('\n')).toEqual([
        'Jane Doe',
        'jane@example.com London, UK',
        'Experience',
        '• Built payment APIs',
      ]);
  });

  it('refuses an OpenDocument file with a DOCTYPE', async () => {
    expect(
      await extractDocument('cv.odt', odt('<text:p>x</text:p>', '<!DOCTYPE x [<!ENTITY a "b">]>')),
    ).toMatchObject({ ok: false, status: 'malformed' });
  });

  it('reads a legacy .doc through the OLE reader, and reports a damaged one', async () => {
    const broken = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    expect(await extractDocument('cv.doc', broken)).toMatchObject({ ok: false, status: 'malformed' });
  });
});
