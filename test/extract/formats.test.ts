import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { toLines, type TextItem } from '../../src/extract/pdf-layout.js';
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

// Runs of markup characters no writer produces but a damaged or hostile file may hold. Each was
// read in time growing with the square of its length: a run of 150,000 took from 1 s to a minute.
describe('long runs of markup characters', () => {
  const item = (str: string, x: number): TextItem => ({
    str,
    x,
    y: 700,
    width: str.length * 5,
    fontSize: 10,
    fontName: 'F',
  });

  it('reads Markdown links and images, and keeps runs of 150,000 unclosed brackets as written', async () => {
    const runs = ['!['.repeat(75_000), '![]('.repeat(40_000), '['.repeat(150_000), '[a]('.repeat(40_000)];
    const md = [
      '# Jane Doe',
      '[GitHub](https://github.com/jane) ![photo](me.png) [x]() [mail](mailto:j@x.io)',
      ...runs,
    ];
    const result = await extractDocument('cv.md', Buffer.from(md.join('\n')));
    expect(result).toMatchObject({ ok: true, format: 'md', hasImages: true });
    if (result.ok)
      expect(result.text.split('\n')).toEqual([
        'Jane Doe',
        'GitHub (https://github.com/jane) photo [x]() mail',
        ...runs,
      ]);
    const txt = await extractDocument('cv.txt', Buffer.from(`Jane Doe\n${runs[0]}`));
    expect(txt).toMatchObject({ ok: true, format: 'txt', hasImages: false });
  }, 10_000); // some 50 ms here: the limit only tells a hang from a pass

  it('reads a web page ending in a run of 150,000 unclosed tags or comments, and keeps the run', async () => {
    const page =
      '<html><head><title>CV</title></head><body><h1>Jane Doe</h1><p><a href="https://github.com/jane">GitHub</a></p><p>';
    const runs = [
      '<'.repeat(150_000),
      '<a '.repeat(50_000),
      '<!--'.repeat(37_500),
      '<script'.repeat(21_500),
      '<li'.repeat(50_000),
      '<p '.repeat(50_000),
    ];
    for (const run of runs) {
      const result = await extractDocument('cv.html', Buffer.from(page + run));
      expect(result).toMatchObject({ ok: true, format: 'html', links: ['https://github.com/jane'] });
      if (result.ok)
        expect(result.text.split('\n').filter(Boolean)).toEqual(['Jane Doe', 'GitHub', run.trim()]);
    }
  }, 10_000); // some 100 ms here: the limit only tells a hang from a pass

  it('reads a cut-off OpenDocument file ending in a run of 150,000 unclosed tags, and keeps the run', async () => {
    // content.xml cut off after the run, so no later ">" closes it
    const cut = (tail: string) =>
      makeZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
        {
          name: 'content.xml',
          data: `<?xml version="1.0"?><office:document-content><office:body><office:text>${tail}`,
        },
      ]);
    const body =
      '<text:h>Jane Doe</text:h><text:list><text:list-item><text:p>Built payment APIs in Go</text:p></text:list-item></text:list><text:p>';
    const runs = ['<'.repeat(150_000), '<text:list-item '.repeat(9_375), '<text:p '.repeat(18_750)];
    for (const run of runs) {
      const result = await extractDocument('cv.odt', cut(body + run));
      expect(result).toMatchObject({ ok: true, format: 'odt' });
      if (result.ok)
        expect(result.text.split('\n')).toEqual(['Jane Doe', '• Built payment APIs in Go', run.trim()]);
    }
    // Styles left open: their tags are dropped all the same, and no text is lost.
    const styles = '<office:automatic-styles>'.repeat(6_000);
    const result = await extractDocument('cv.odt', cut(`${body}Backend Engineer, Acme${styles}`));
    expect(result).toMatchObject({ ok: true, format: 'odt' });
    if (result.ok)
      expect(result.text.split('\n')).toEqual([
        'Jane Doe',
        '• Built payment APIs in Go',
        'Backend Engineer, Acme',
      ]);
  }, 10_000); // some 50 ms here: the limit only tells a hang from a pass

  it('trims the blanks ending a PDF line, and reads a line of 150,000 blanks inside', () => {
    expect(toLines([item('Jane', 0), item('Doe \t ', 30)]).map((l) => l.text)).toEqual(['Jane Doe']);
    const blanks = ' '.repeat(150_000);
    expect(toLines([item(`a${blanks}x`, 0)]).map((l) => l.text)).toEqual([`a${blanks}x`]);
  }, 10_000); // a few ms here: the limit only tells a hang from a pass
});
