import { describe, expect, it } from 'vitest';
import { badXmlCharMessage, findBadXmlChar } from '../../src/model/xml-chars.ts';

describe('findBadXmlChar', () => {
  it.each([
    ['plain text', 'Contoso Mobile'],
    ['tab, LF and CR', 'a\tb\nc\rd'],
    ['markup characters (escaped on output)', `<>&"'`],
    ['non-ASCII and a surrogate pair', '日本語 😀 é'],
    ['the empty string', ''],
  ])('accepts %s', (_what, text) => {
    expect(findBadXmlChar(text)).toBeNull();
  });

  it.each([
    ['a NUL', 'ab\u0000', 2, 'U+0000'],
    ['BEL', '\u0007x', 0, 'U+0007'],
    ['ESC', 'x\u001B', 1, 'U+001B'],
    ['vertical tab', 'a\u000Bb', 1, 'U+000B'],
    ['U+FFFE', 'a\uFFFE', 1, 'U+FFFE'],
    ['a lone high surrogate', 'a\uD83Db', 1, 'U+D83D'],
    ['a lone low surrogate', 'ab\uDE00', 2, 'U+DE00'],
  ])('finds %s and where it is', (_what, text, index, codePoint) => {
    expect(findBadXmlChar(text)).toEqual({ index, codePoint });
  });

  it('reports the first of several', () => {
    expect(findBadXmlChar('ok\u0001\u0002')?.index).toBe(2);
  });
});

describe('badXmlCharMessage', () => {
  it('names the character and its 1-based position, and says nothing was entered', () => {
    expect(badXmlCharMessage('12\u0007')).toBe('Character U+0007 at position 3 cannot be stored in an XML file; it was not entered.');
    expect(badXmlCharMessage('fine')).toBeNull();
  });
});
