// How the CLI turns an answer file's bytes into text: as the imaging tool's StreamReader does (UTF-8 by default,
// UTF-16/UTF-32 by byte-order mark, invalid bytes replaced, an incomplete sequence at the end dropped).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sniffBom } from '../../src/xml/decode.ts';
import { decodeAnswerFile } from '../../src/xml/tool-reading.ts';
import { readAnswerFile, readFileBytes } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const XML = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${NS}" Name="Größe 𝄞" Description="d" Owner="Contoso" OwnerType="OEM">
  <Static><Settings Path="Multivariant"><Setting Name="Enable" Value="1" /></Settings></Static>
</ImageCustomizations>
`;

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}
function utf32(s: string, littleEndian: boolean): Buffer {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (littleEndian ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
  return b;
}
const BOM = {
  utf8: Buffer.from([0xef, 0xbb, 0xbf]),
  utf16le: Buffer.from([0xff, 0xfe]),
  utf16be: Buffer.from([0xfe, 0xff]),
  utf32le: Buffer.from([0xff, 0xfe, 0, 0]),
  utf32be: Buffer.from([0, 0, 0xfe, 0xff]),
};

describe('decodeAnswerFile', () => {
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

  it('replaces an invalid UTF-8 byte by U+FFFD and says where the first one is', () => {
    const bytes = Buffer.concat([Buffer.from('<a>\n<b x="', 'utf8'), Buffer.from([0xe9]), Buffer.from('t"/>\n</a>', 'utf8')]);
    const d = decodeAnswerFile(bytes);
    expect(d.text).toBe('<a>\n<b x="\uFFFDt"/>\n</a>');
    expect(d.invalid).toEqual({ line: 2, column: 7 });
  });

  it('replaces a lone UTF-16 surrogate and a UTF-32 code point above U+10FFFF', () => {
    const lone = Buffer.concat([BOM.utf16le, Buffer.from('<a x="', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('A"/>', 'utf16le')]);
    expect(decodeAnswerFile(lone)).toMatchObject({ text: '<a x="\uFFFDA"/>', invalid: { line: 1, column: 7 } });
    const big = Buffer.concat([BOM.utf32be, utf32('<a x="', false), Buffer.from([0, 0x11, 0, 0]), utf32('"/>', false)]);
    expect(decodeAnswerFile(big)).toMatchObject({ text: '<a x="\uFFFD"/>', invalid: { line: 1, column: 7 } });
  });

  it('drops an incomplete sequence at the very end, as the tool never flushes its decoder', () => {
    expect(decodeAnswerFile(Buffer.concat([Buffer.from('<a/>', 'utf8'), Buffer.from([0xe2, 0x82])]))).toEqual({
      text: '<a/>',
      encoding: 'utf-8',
      bom: false,
    });
    expect(decodeAnswerFile(Buffer.concat([BOM.utf16le, Buffer.from('<a/>', 'utf16le'), Buffer.from([0x41])])).text).toBe('<a/>');
    expect(decodeAnswerFile(Buffer.concat([BOM.utf16le, Buffer.from('<a/>', 'utf16le'), Buffer.from([0x00, 0xd8])])).text).toBe('<a/>');
    expect(decodeAnswerFile(Buffer.concat([BOM.utf32le, utf32('<a/>', true), Buffer.from([0x41, 0])])).text).toBe('<a/>');
  });

  it('keeps an invalid byte that is not at the end (the tool then fails on it as data)', () => {
    const d = decodeAnswerFile(Buffer.concat([Buffer.from('<a/>', 'utf8'), Buffer.from([0xff])]));
    expect(d.text).toBe('<a/>\uFFFD');
    expect(d.invalid).toEqual({ line: 1, column: 5 });
  });

  it('recognises UTF-16 and UTF-32 without a byte-order mark', () => {
    expect(decodeAnswerFile(Buffer.from(XML, 'utf16le')).unmarkedWide).toBe('utf-16le');
    expect(decodeAnswerFile(utf16be(XML)).unmarkedWide).toBe('utf-16be');
    expect(decodeAnswerFile(utf32(XML, true)).unmarkedWide).toBe('utf-32le');
    expect(decodeAnswerFile(utf32(XML, false)).unmarkedWide).toBe('utf-32be');
    expect(decodeAnswerFile(Buffer.from(XML, 'utf8')).unmarkedWide).toBeUndefined();
  });
});

describe('the CLI reads files as the tool does', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'caf-decode-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (name: string, bytes: Buffer) => {
    const f = join(tmp, name);
    writeFileSync(f, bytes);
    return f;
  };
  function testIo() {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), read: readFileBytes };
    return { io, out, err };
  }

  it.each([
    ['UTF-16 LE', Buffer.concat([BOM.utf16le, Buffer.from(XML, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([BOM.utf16be, utf16be(XML)])],
    ['UTF-32 LE', Buffer.concat([BOM.utf32le, utf32(XML, true)])],
    ['UTF-32 BE', Buffer.concat([BOM.utf32be, utf32(XML, false)])],
  ])('caf check accepts a valid %s file with a BOM (exit 0)', async (_, bytes) => {
    const t = testIo();
    const code = await main(['check', write('wide.xml', bytes)], t.io);
    expect({ code, out: t.out.join(''), err: t.err.join('') }).toEqual({ code: 0, out: '', err: '0 errors, 0 warnings in 1 file\n' });
  });

  it('caf format writes a UTF-16 file back as UTF-8 with its characters intact', async () => {
    const t = testIo();
    const code = await main(['format', write('wide.xml', Buffer.concat([BOM.utf16be, utf16be(XML)]))], t.io);
    expect(code).toBe(0);
    expect(t.out.join('')).toContain('Name="Größe 𝄞"');
  });

  it('caf check reads past invalid UTF-8 bytes as the tool does, with a warning on stderr, and exits 0', async () => {
    const [before, after] = XML.split('Description="d"');
    const bytes = Buffer.concat([Buffer.from(`${before}Description="caf`, 'utf8'), Buffer.from([0xe9]), Buffer.from(`"${after}`, 'utf8')]);
    const f = write('latin1.xml', bytes);
    const t = testIo();
    const code = await main(['check', f], t.io);
    expect(code).toBe(0);
    const err = t.err.join('');
    expect(err).toContain(`${f}:2:`);
    expect(err).toMatch(/not valid UTF-8 were replaced by U\+FFFD .*imaging tool/);
    expect(err).toMatch(/0 errors, 0 warnings in 1 file\n$/);
  });

  it('caf check refuses a UTF-16 file without a BOM and says why (the tool reads it as UTF-8 and fails)', async () => {
    const f = write('nobom.xml', Buffer.from(XML, 'utf16le'));
    const t = testIo();
    const code = await main(['check', f], t.io);
    expect(code).toBe(2);
    expect(t.out.join('')).toMatch(/error unreadable cannot read the file: it looks like UTF-16 LE without a byte-order mark; the imaging tool reads/);
  });

  it("reads the corpus's UTF-16 files to the same text as its UTF-8 base", async () => {
    const dir = fileURLToPath(new URL('../fixtures/agreement/', import.meta.url));
    const base = readFileSync(join(dir, 'base.xml'), 'utf8');
    for (const name of ['enc-utf8-bom.xml', 'enc-utf16le-bom.xml', 'enc-utf16be-bom.xml', 'enc-utf32le-bom.xml', 'enc-utf32be-bom.xml']) {
      expect(await readAnswerFile(join(dir, name), () => {}), name).toBe(base);
    }
  });
});
