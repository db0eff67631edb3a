// decodeXmlFile: bytes to text as XML requires (byte-order mark, else the declared encoding, else UTF-8), refusing
// bytes that are invalid in the encoding with their line and column, never replacing a character.

import { describe, expect, it } from 'vitest';
import { decodeXmlFile } from '../../src/xml/decode.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { answerFile, BOM, utf16be, utf32, withBytes } from '../support/encodings.ts';

const XML = answerFile('Größe 𝄞');
/** The column (1-based) where `name`'s value starts on line 2 of answerFile(). */
const NAME_AT = answerFile('').split('\n')[1].indexOf('Name="') + 7;

function refusal(bytes: Uint8Array) {
  const d = decodeXmlFile(bytes);
  if (d.ok) throw new Error(`expected a refusal, got text ${JSON.stringify(d.text.slice(0, 60))}`);
  return d.error;
}

describe('decodeXmlFile: Unicode, by byte-order mark', () => {
  it.each([
    ['UTF-8 without BOM', Buffer.from(XML, 'utf8'), 'utf-8', false],
    ['UTF-8 with BOM', Buffer.concat([BOM.utf8, Buffer.from(XML, 'utf8')]), 'utf-8', true],
    ['UTF-16 LE with BOM', Buffer.concat([BOM.utf16le, Buffer.from(XML, 'utf16le')]), 'utf-16le', true],
    ['UTF-16 BE with BOM', Buffer.concat([BOM.utf16be, utf16be(XML)]), 'utf-16be', true],
    ['UTF-32 LE with BOM', Buffer.concat([BOM.utf32le, utf32(XML, true)]), 'utf-32le', true],
    ['UTF-32 BE with BOM', Buffer.concat([BOM.utf32be, utf32(XML, false)]), 'utf-32be', true],
  ])('%s decodes to the text, without the BOM and without notes', (_, bytes, encoding, bom) => {
    expect(decodeXmlFile(bytes)).toEqual({ ok: true, text: XML, encoding, bom, declared: bom && encoding !== 'utf-8' ? undefined : 'utf-8', notes: [] });
  });

  it('a UTF-16 mark decides over a declaration of another encoding (the mark is unambiguous)', () => {
    const d = decodeXmlFile(Buffer.concat([BOM.utf16le, Buffer.from(answerFile('é', 'ISO-8859-1'), 'utf16le')]));
    expect(d).toMatchObject({ ok: true, encoding: 'utf-16le', text: answerFile('é', 'ISO-8859-1') });
  });

  it('refuses UTF-16 and UTF-32 without a byte-order mark, saying which', () => {
    for (const [bytes, name] of [
      [Buffer.from(XML, 'utf16le'), 'UTF-16 LE'],
      [utf16be(XML), 'UTF-16 BE'],
      [utf32(XML, true), 'UTF-32 LE'],
      [utf32(XML, false), 'UTF-32 BE'],
    ] as const) {
      const e = refusal(bytes);
      expect(e.code).toBe('unsupported-encoding');
      expect(e.message).toContain(`looks like ${name} without a byte-order mark`);
    }
  });

  it('reads an ASCII-compatible file declaring UTF-16 as UTF-8, strictly, with a note (as the tool reads it)', () => {
    const d = decodeXmlFile(Buffer.from(answerFile('é', 'UTF-16'), 'utf8'));
    expect(d).toMatchObject({ ok: true, encoding: 'utf-8', declared: 'UTF-16', text: answerFile('é', 'UTF-16') });
    expect(d.ok && d.notes).toEqual([{ line: 1, column: 31, message: expect.stringContaining('read as UTF-8') }]);
  });
});

describe('decodeXmlFile: the declared encoding', () => {
  it('reads ISO-8859-1 as true Latin-1 (0x80-0x9F are C1 controls, not Windows-1252), with a note saying where the tool misreads', () => {
    const bytes = withBytes(answerFile('caf@', 'ISO-8859-1'), [0xe9, 0x80]);
    const d = decodeXmlFile(bytes);
    expect(d).toMatchObject({ ok: true, encoding: 'iso-8859-1', declared: 'ISO-8859-1', bom: false, misread: { line: 2, column: NAME_AT + 3, char: 'é' } });
    expect(d.ok && d.text).toBe(answerFile('café\u0080', 'ISO-8859-1'));
    expect(d.ok && d.notes).toEqual([
      {
        line: 2,
        column: NAME_AT + 3,
        message: expect.stringMatching(/^The file was read as ISO-8859-1, as its XML declaration says, and CAF Studio writes it as UTF-8\. The imaging tool .* "é", here\.$/),
      },
    ]);
  });

  it.each(['latin1', 'iso_8859-1', 'L1', "iso-8859-1' standalone='yes"])('takes %s for Latin-1', (label) => {
    const text = answerFile('@', 'x').replace('encoding="x"', label.includes("'") ? `encoding='${label.split("'")[0]}'` : `encoding="${label}"`);
    const d = decodeXmlFile(withBytes(text, [0x9c]));
    expect(d).toMatchObject({ ok: true, encoding: 'iso-8859-1' });
    expect(d.ok && d.text).toContain('Name="\u009c"');
  });

  it('reads Windows-1252 with its own characters in 0x80-0x9F (€, œ)', () => {
    const d = decodeXmlFile(withBytes(answerFile('@', 'windows-1252'), [0x80, 0x9c, 0xe9]));
    expect(d).toMatchObject({ ok: true, encoding: 'windows-1252', text: answerFile('€œé', 'windows-1252'), misread: { char: '€' } });
  });

  it('reads US-ASCII, and refuses a byte above 0x7F in it', () => {
    expect(decodeXmlFile(Buffer.from(answerFile('plain', 'US-ASCII')))).toMatchObject({ ok: true, encoding: 'us-ascii', notes: [] });
    const e = refusal(withBytes(answerFile('ab@', 'US-ASCII'), [0xe9]));
    expect(e).toMatchObject({ code: 'invalid-bytes', line: 2, column: NAME_AT + 2 });
    expect(e.message).toMatch(/^Line 2, column \d+: the byte 0xE9 is not valid US-ASCII\. .*never replaces/);
  });

  it('reads another encoding TextDecoder knows (windows-1251), strictly', () => {
    const d = decodeXmlFile(withBytes(answerFile('@', 'windows-1251'), [0xcf, 0xf0]));
    expect(d).toMatchObject({ ok: true, encoding: 'windows-1251', text: answerFile('Пр', 'windows-1251') });
    const e = refusal(withBytes(answerFile('a@', 'shift_jis'), [0x81, 0x20]));
    expect(e).toMatchObject({ code: 'invalid-bytes', line: 2 });
    expect(e.message).toContain('not valid SHIFT_JIS');
  });

  it('a file in ASCII declaring Latin-1 has no note (nothing to misread)', () => {
    expect(decodeXmlFile(Buffer.from(answerFile('plain', 'ISO-8859-1')))).toMatchObject({ ok: true, notes: [] });
  });

  it('refuses an encoding it cannot decode, at the label, naming it', () => {
    const e = refusal(Buffer.from(answerFile('x', 'EBCDIC-FR')));
    expect(e).toMatchObject({ code: 'unsupported-encoding', line: 1, column: 31 });
    expect(e.message).toContain('encoding "EBCDIC-FR", which CAF Studio cannot decode');
    // A 'replacement' label of WHATWG is not an encoding either.
    expect(refusal(Buffer.from(answerFile('x', 'ISO-2022-KR'))).code).toBe('unsupported-encoding');
  });

  it('a UTF-8 mark contradicting a declared single-byte encoding is refused where a non-ASCII byte stands', () => {
    const e = refusal(Buffer.concat([BOM.utf8, Buffer.from(answerFile('xé', 'ISO-8859-1'), 'utf8')]));
    expect(e).toMatchObject({ code: 'invalid-bytes', line: 2, column: NAME_AT + 1 });
    expect(e.message).toContain('UTF-8 byte-order mark but declares encoding "ISO-8859-1", and the byte 0xC3');
    // All ASCII: both readings agree, nothing to refuse.
    expect(decodeXmlFile(Buffer.concat([BOM.utf8, Buffer.from(answerFile('x', 'ISO-8859-1'))]))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});

describe('decodeXmlFile: invalid bytes are refused at their line and column, never replaced', () => {
  it('a Latin-1 byte in an undeclared UTF-8 file', () => {
    const e = refusal(withBytes('<a>\n<b x="caf@t"/>\n</a>', [0xe9]));
    expect(e).toEqual({
      code: 'invalid-bytes',
      line: 2,
      column: 10,
      message: expect.stringMatching(/^Line 2, column 10: the bytes 0xE9 0x74 are not valid UTF-8 \(0xE9 cannot be followed by 0x74\)\. If the file was saved as ISO-8859-1/),
    });
    expect(e.message).not.toContain('\uFFFD');
  });

  it('counts lines ended by CRLF and by a lone CR as XML does', () => {
    expect(refusal(withBytes('<a>\r\n<b/>\r<c x="@"/></a>', [0xff]))).toMatchObject({ line: 3, column: 7 });
    expect(refusal(withBytes('<a>\r\n<b/>\r<c x="@"/></a>', [0xff])).message).toContain('the byte 0xFF is not valid UTF-8');
  });

  it('an incomplete sequence at the end, an overlong form and an encoded surrogate', () => {
    expect(refusal(withBytes('<a/>@', [0xe2, 0x82])).message).toContain('the file ends inside a character: 0xE2 0x82 is an incomplete UTF-8 sequence');
    expect(refusal(withBytes('<a x="@"/>', [0xc0, 0xaf]))).toMatchObject({ line: 1, column: 7 });
    expect(refusal(withBytes('<a x="é@"/>', [0xed, 0xa0, 0x80])).message).toContain('the bytes 0xED 0xA0 are not valid UTF-8');
  });

  it('a lone surrogate in UTF-16, an odd last byte, and a UTF-32 code point above U+10FFFF', () => {
    const lone = Buffer.concat([BOM.utf16le, withBytes('<a>\n<b x="@A"/></a>', [0x00, 0xd8], (s) => Buffer.from(s, 'utf16le'))]);
    expect(refusal(lone)).toMatchObject({ code: 'invalid-bytes', line: 2, column: 7 });
    expect(refusal(lone).message).toContain('the bytes 0x00 0xD8 are not valid UTF-16 LE');
    expect(refusal(Buffer.concat([BOM.utf16be, utf16be('<a/>'), Buffer.from([0x41])])).message).toContain('ends inside a character');
    const big = Buffer.concat([BOM.utf32be, utf32('<a x="', false), Buffer.from([0, 0x11, 0, 0]), utf32('"/>', false)]);
    expect(refusal(big)).toMatchObject({ code: 'invalid-bytes', line: 1, column: 7 });
    expect(refusal(big).message).toContain('0x00 0x11 0x00 0x00 are not valid UTF-32 BE');
  });

  it('a genuine U+FFFD in the file is text like any other (only invalid bytes are refused)', () => {
    expect(decodeXmlFile(Buffer.from('<a x="\uFFFD"/>', 'utf8'))).toMatchObject({ ok: true, text: '<a x="\uFFFD"/>' });
  });
});

describe('what is written after decoding', () => {
  it('an ISO-8859-1 file is written as UTF-8: the declaration says utf-8 and é is intact', () => {
    const d = decodeXmlFile(withBytes(answerFile('caf@', 'ISO-8859-1'), [0xe9]));
    if (!d.ok) throw new Error(d.error.message);
    const r = fromXml(d.text);
    if (!r.ok) throw new Error(r.error.message);
    const out = toXml(r.doc);
    expect(out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(out).toContain('Name="café"');
    expect(decodeXmlFile(Buffer.from(out, 'utf8'))).toMatchObject({ ok: true, encoding: 'utf-8', text: out, notes: [] });
  });
});
