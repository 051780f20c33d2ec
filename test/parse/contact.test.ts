import { describe, expect, it } from 'vitest';
import { findNumbers, type CountryCode, type NumberFound } from 'libphonenumber-js';
import {
  findLocation,
  findName,
  findPhoneNumbers,
  phoneLines,
  readContact,
} from '../../src/parse/contact.js';
import { splitSections } from '../../src/parse/sections.js';

const lines = (texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));

describe('findName', () => {
  it.each([
    [['Jane Doe', 'Backend Engineer'], 'Jane Doe'],
    [['CURRICULUM VITAE', 'JOSÉ MARTÍNEZ'], 'José Martínez'],
    [['Zoë Ørsted | Senior Engineer | London'], 'Zoë Ørsted'],
    [['Resume', 'Li Wei', 'li.wei@example.com'], 'Li Wei'],
  ])('reads the name from %j', (texts, name) => {
    expect(findName(lines(texts))).toBe(name);
  });

  it.each([[['jane@example.com', '+44 7700 900123']], [['Professional Summary']]])(
    'finds no name in %j',
    (texts) => {
      expect(findName(lines(texts))).toBeNull();
    },
  );
});

describe('findLocation', () => {
  it.each([
    [['jane@example.com | +44 7700 900123 | London, UK'], 'London, UK'],
    [['Location: Berlin, Germany'], 'Berlin, Germany'],
    // A headline under the name has a place's shape; the place is on the contact line after it.
    [
      ['Senior Software Engineer, Platform', 'rahul@example.com | +44 7700 900555 | London, UK'],
      'London, UK',
    ],
    [['Lead Developer, Payments'], null],
  ])('reads %j', (texts, place) => {
    expect(findLocation(lines(texts))).toBe(place);
  });
});

describe('readContact', () => {
  it('reads emails, phones and links but not the referee’s', () => {
    const cv = lines([
      'Jane Doe',
      'jane.doe@example.com | +44 7700 900123 | linkedin.com/in/janedoe | https://github.com/janedoe',
      'EXPERIENCE',
      'Engineer at Acme',
      'REFERENCES',
      'Bob Smith, bob@example.org, +44 7700 900999',
    ]);
    const contact = readContact(splitSections(cv), []);
    expect(contact.name).toBe('Jane Doe');
    expect(contact.emails).toEqual(['jane.doe@example.com']);
    expect(contact.phones).toEqual(['+44 7700 900123']);
    expect(contact.links).toEqual(['https://linkedin.com/in/janedoe', 'https://github.com/janedoe']);
  });

  it('reads an address whole, and none that starts inside a longer run or is longer than allowed', () => {
    const read = (text: string) => readContact(splitSections(lines(['Jane Doe', text])), []).emails;
    expect(read('Email: Jane.Doe+cv@mail.example.co.uk.')).toEqual(['jane.doe+cv@mail.example.co.uk']);
    expect(read('contact—jane_doe@example.com, or jd@example.org')).toEqual([
      'jane_doe@example.com',
      'jd@example.org',
    ]);
    // 64 characters before the @ is the most an address may have: 65 is not an address, and no tail
    // of it is taken for one.
    expect(read(`${'a'.repeat(64)}@example.com`)).toEqual([`${'a'.repeat(64)}@example.com`]);
    expect(read(`${'a'.repeat(65)}@example.com`)).toEqual([]);
  });

  it('reads a line of 200,000 letters around an @ as no address, and finds the real one', () => {
    // Every repeat in the pattern is bounded; unbounded, such a line took minutes to read.
    const blob = `${'a'.repeat(100_000)}${'@'.repeat(3_000)}${'a.'.repeat(50_000)}`;
    const contact = readContact(splitSections(lines(['Jane Doe', 'jane@example.com', blob])), []);
    expect(contact.emails).toEqual(['jane@example.com']);
  }, 10_000); // some 10 ms here: the limit only tells a hang from a pass

  it('reads a link without the punctuation after it, and one ending in a run of 150,000 dots', () => {
    // In time growing with the square of the run's length, the second line took some 30 s to read.
    const dots = '.'.repeat(150_000);
    const contact = readContact(
      splitSections(
        lines(['Jane Doe', 'github.com/janedoe.; linkedin.com/in/jane-doe:', `https://x.io/a${dots}b`]),
      ),
      [],
    );
    expect(contact.links).toEqual([
      'https://github.com/janedoe',
      'https://linkedin.com/in/jane-doe',
      `https://x.io/a${dots}b`,
    ]);
  }, 10_000); // some 10 ms here: the limit only tells a hang from a pass
});

describe('phoneLines', () => {
  const find = (text: string) =>
    (
      findNumbers(text, { defaultCountry: 'GB', v2: true, leniency: 'POSSIBLE' } as {
        defaultCountry: CountryCode;
        v2: true;
      }) as NumberFound[]
    ).map((f) => f.number.formatInternational());

  it('keeps every line the phone matcher finds a number in, and the numbers with them', () => {
    const text = [
      'Jane Doe',
      'Tel: +44 7700 900123 | jane@example.com',
      'Mobile (020) 7946 0958 ext. 12',
      'Wien +43 1234',
      '+1-415-555-0132/0133',
      'Grew revenue 25% to 1.2M in 2021, 3 teams, v2.4.1',
      'Phone: 07700 900 999',
      '٠٧٧٠٠ ٩٠٠١٢٣',
      'Reference number 12345',
    ].join('\n');
    const kept = phoneLines(text);
    expect(kept.split('\n')).not.toContain('Grew revenue 25% to 1.2M in 2021, 3 teams, v2.4.1');
    expect(kept.split('\n')).not.toContain('Jane Doe');
    expect(find(kept)).toEqual(find(text));
    expect(find(text).length).toBeGreaterThan(3);
  });

  it('is empty when no line could hold a number', () => {
    expect(phoneLines('Jane Doe\nGrew 40% faster in 2019\nv1.2.3')).toBe('');
  });
});

describe('findPhoneNumbers', () => {
  const numbers = (text: string) => findPhoneNumbers(text, 'GB').map((n) => n.formatInternational());

  it('finds the same numbers in a CV written on one long line as line by line', () => {
    // A CV whose text came out as one line: real figures before the phone, 3,000 characters and more.
    const cv = [
      'Jane Doe · Senior Engineer · London',
      ...Array.from(
        { length: 40 },
        (_, i) => `Cut p95 latency by ${10 + i}% for ${1200 + i} users in 20${10 + (i % 15)}`,
      ),
      'Tel: +44 7700 900123 · Mobile (020) 7946 0958 · +1-415-555-0132',
    ];
    const oneLine = cv.join(' · ');
    expect(oneLine.length).toBeGreaterThan(2_000);
    expect(numbers(phoneLines(oneLine))).toEqual(numbers(phoneLines(cv.join('\n'))));
    expect(numbers(phoneLines(oneLine))).toEqual(['+44 7700 900123', '+44 20 7946 0958', '+1 415 555 0132']);
  });

  it('gives up on a pasted line of 1.2 million characters of "(1) " and finds the phone after it', () => {
    // Each candidate the matcher tries costs time: tried to the end, such a line took some 7 s.
    const blob = '(1) '.repeat(300_000);
    const contact = readContact(splitSections(lines(['Jane Doe', blob, 'Phone: 07700 900 999'])), []);
    expect(contact.phones).toEqual(['+44 7700 900999']);
  }, 5_000); // some 30 ms here: the limit tells the bounded search from the old one
});

describe('phone digits', () => {
  it('has no decimal digit between ASCII and U+0660', () => {
    const digits: number[] = [];
    for (let code = 0x80; code < 0x660; code++)
      if (/\p{Nd}/u.test(String.fromCharCode(code))) digits.push(code);
    expect(digits).toEqual([]);
    expect(phoneLines('Téléphone : ٠٧٧٠٠ ٩٠٠١٢٣')).toBe('Téléphone : ٠٧٧٠٠ ٩٠٠١٢٣');
  });
});
