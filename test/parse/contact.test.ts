import { describe, expect, it } from 'vitest';
import { findLocation, findName, readContact } from '../../src/parse/contact.js';
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
});
