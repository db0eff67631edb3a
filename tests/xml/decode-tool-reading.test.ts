// How the imaging tool reads an answer file's bytes (its StreamReader: UTF-8 by default, UTF-16/UTF-32 by
// byte-order mark, invalid bytes replaced, an incomplete sequence at the end dropped), and the warnings `caf check`
// gives where that reading is not what the file means.

import { describe, expect, it } from 'vitest';
import { sniffBom } from '../../src/xml/decode.ts';
import { decodeAnswerFile, readAsTool } from '../../src/xml/tool-reading.ts';
import { answerFile, BOM, utf16be, utf32, withBytes } from '../support/encodings.ts';

const XML = answerFile('Größe 𝄞');

describe('decodeAnswerFile (the tool reading)', () => {
  const cases: [string, Buffer, string][] = [
    ['UTF-8 without BOM', Buffer.from(XML, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([BOM.utf8, Buffer.from(XML, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([BOM.utf16le, Buffer.from(XML, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([BOM.utf16be, utf16be(XML)]), 'utf-16be'],
    ['UTF-32 LE with BOM', Buffer.concat([BOM.utf32le, utf32(XML, true)]), 'utf-32le'],
    ['UTF-32 BE with BOM', Buffer.concat([BOM.utf32be, utf32(XML, false)]), 'utf-32be'],
  ];
  it.each(cases)('%s decodes to the same text, without the BOM and with no invalid bytes', (_, bytes, encoding) => {
    const d = decodeAnswerFile(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(XML);
    expect(d.invalid).toBeUndefined();
    expect(d.unmarkedWide).toBeUndefined();
  });

  it('tells UTF-32 LE from UTF-16 LE by the two NULs after FF FE', () => {
    expect(sniffBom(Buffer.from([0xff, 0xfe, 0, 0]))).toEqual({ encoding: 'utf-32le', length: 4 });
    expect(sniffBom(Buffer.from([0xff, 0xfe, 0x3c, 0]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(sniffBom(Buffer.from([0x3c, 0x3f]))).toEqual({ encoding: 'utf-8', length: 0 });
  });

  it('ignores the encoding the XML declaration names, as the tool does', () => {
    const d = decodeAnswerFile(Buffer.from(XML.replace('utf-8', 'utf-16'), 'utf8'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Größe 𝄞');
  });

  it('replaces an invalid UTF-8 byte by U+FFFD and says where the first one is, and which bytes', () => {
    const d = decodeAnswerFile(withBytes('<a>\n<b x="@t"/>\n</a>', [0xe9]));
    expect(d.text).toBe('<a>\n<b x="\uFFFDt"/>\n</a>');
    expect(d.invalid).toEqual({ line: 2, column: 7, bytes: [0xe9, 0x74] });
  });

  it('finds the first invalid byte after a genuine U+FFFD', () => {
    expect(decodeAnswerFile(withBytes('<a x="\uFFFD@"/>', [0xff])).invalid).toEqual({ line: 1, column: 8, bytes: [0xff] });
  });

  it('replaces a lone UTF-16 surrogate and a UTF-32 code point above U+10FFFF', () => {
    const lone = Buffer.concat([BOM.utf16le, withBytes('<a x="@A"/>', [0x00, 0xd8], (s) => Buffer.from(s, 'utf16le'))]);
    expect(decodeAnswerFile(lone)).toMatchObject({ text: '<a x="\uFFFDA"/>', invalid: { line: 1, column: 7 } });
    const big = Buffer.concat([BOM.utf32be, utf32('<a x="', false), Buffer.from([0, 0x11, 0, 0]), utf32('"/>', false)]);
    expect(decodeAnswerFile(big)).toMatchObject({ text: '<a x="\uFFFD"/>', invalid: { line: 1, column: 7 } });
  });

  it('drops an incomplete sequence at the very end, as the tool never flushes its decoder', () => {
    expect(decodeAnswerFile(withBytes('<a/>@', [0xe2, 0x82]))).toEqual({ text: '<a/>', encoding: 'utf-8', bom: false });
    expect(decodeAnswerFile(Buffer.concat([BOM.utf16le, Buffer.from('<a/>', 'utf16le'), Buffer.from([0x41])])).text).toBe('<a/>');
    expect(decodeAnswerFile(Buffer.concat([BOM.utf16le, Buffer.from('<a/>', 'utf16le'), Buffer.from([0x00, 0xd8])])).text).toBe('<a/>');
    expect(decodeAnswerFile(Buffer.concat([BOM.utf32le, utf32('<a/>', true), Buffer.from([0x41, 0])])).text).toBe('<a/>');
  });

  it('keeps an invalid byte that is not at the end (the tool then fails on it as data)', () => {
    const d = decodeAnswerFile(withBytes('<a/>@', [0xff]));
    expect(d.text).toBe('<a/>\uFFFD');
    expect(d.invalid).toEqual({ line: 1, column: 5, bytes: [0xff] });
  });

  it('recognises UTF-16 and UTF-32 without a byte-order mark', () => {
    expect(decodeAnswerFile(Buffer.from(XML, 'utf16le')).unmarkedWide).toBe('utf-16le');
    expect(decodeAnswerFile(utf16be(XML)).unmarkedWide).toBe('utf-16be');
    expect(decodeAnswerFile(utf32(XML, true)).unmarkedWide).toBe('utf-32le');
    expect(decodeAnswerFile(utf32(XML, false)).unmarkedWide).toBe('utf-32be');
    expect(decodeAnswerFile(Buffer.from(XML, 'utf8')).unmarkedWide).toBeUndefined();
  });
});

describe('readAsTool: the text caf check checks, and where it is not what the file means', () => {
  const NAME_AT = answerFile('').split('\n')[1].indexOf('Name="') + 7;

  it('a clean file: the text, no warnings', () => {
    expect(readAsTool(Buffer.from(XML, 'utf8'))).toEqual({ ok: true, text: XML, warnings: [] });
  });

  it('invalid UTF-8: the tool text with U+FFFD, and one warning at the first bad byte naming it', () => {
    const r = readAsTool(withBytes(answerFile('caf@1', 'utf-8'), [0xe9]));
    expect(r).toMatchObject({ ok: true, text: answerFile('caf\uFFFD1') });
    expect(r.ok && r.warnings).toEqual([
      {
        code: 'invalid-bytes',
        line: 2,
        column: NAME_AT + 3,
        message: expect.stringMatching(/^0xE9 0x31: bytes that are not valid UTF-8, which the imaging tool reads as U\+FFFD .*caf format$/),
      },
    ]);
  });

  it('declared ISO-8859-1 with é: the tool reads U+FFFD there; the warning says what it reads and what the file means', () => {
    const r = readAsTool(withBytes(answerFile('caf@"', 'ISO-8859-1').replace('@"', '@'), [0xe9]));
    expect(r.ok && r.text).toContain('Name="caf\uFFFD" Description');
    expect(r.ok && r.warnings).toEqual([
      {
        code: 'misread-encoding',
        line: 2,
        column: NAME_AT + 3,
        message: expect.stringContaining(
          'the file declares encoding "ISO-8859-1", but the imaging tool reads a file without a byte-order mark as UTF-8: it reads U+FFFD (the replacement character) here where the file means "é" (U+00E9)',
        ),
      },
    ]);
    expect(r.ok && r.warnings[0].message).toContain('CAF Studio writes UTF-8: open and save the file in CAF Studio, or run caf format, to fix it');
  });

  it('declared Windows-1252 bytes that happen to be valid UTF-8 are mojibake: the warning quotes what the tool reads', () => {
    // "Ã©" in Windows-1252 is C3 A9, which UTF-8 reads as "é".
    const r = readAsTool(withBytes(answerFile('@', 'windows-1252'), [0xc3, 0xa9]));
    expect(r.ok && r.text).toContain('Name="é"');
    expect(r.ok && r.warnings[0]).toMatchObject({ code: 'misread-encoding', column: NAME_AT });
    expect(r.ok && r.warnings[0].message).toContain('it reads "é" (U+00E9) here where the file means "Ã" (U+00C3)');
  });

  it('an encoding CAF Studio cannot decode: the tool ignores the declaration; a warning says so', () => {
    const r = readAsTool(Buffer.from(answerFile('x', 'EBCDIC-FR')));
    expect(r.ok && r.warnings).toEqual([{ code: 'unsupported-encoding', line: 1, column: 31, message: expect.stringContaining('CAF Studio refuses to open the file; the imaging tool ignores the declaration and reads it as UTF-8') }]);
  });

  it('UTF-16 without a byte-order mark is refused, as the tool refuses it', () => {
    expect(readAsTool(Buffer.from(XML, 'utf16le'))).toMatchObject({ ok: false, error: { code: 'unsupported-encoding' } });
  });
});
