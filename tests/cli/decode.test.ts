// How the CLI reads an answer file's bytes: `caf check` as the imaging tool reads them (UTF-8 unless a byte-order
// mark says otherwise, invalid bytes replaced), with a warning where that is not what the file means; `caf format`
// as XML requires (the declared encoding, invalid bytes refused), always writing UTF-8.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileBytes } from '../../src/cli/io.ts';
import { readAsTool } from '../../src/xml/tool-reading.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { answerFile, BOM, utf16be, utf32, withBytes } from '../support/encodings.ts';

const XML = answerFile('Größe 𝄞');
const NAME_AT = answerFile('').split('\n')[1].indexOf('Name="') + 7;

const tmp = mkdtempSync(join(tmpdir(), 'caf-decode-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer) => {
  const f = join(tmp, name);
  writeFileSync(f, bytes);
  return f;
};
async function caf(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), read: readFileBytes };
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('caf check reads files as the tool does', () => {
  it.each([
    ['UTF-16 LE', Buffer.concat([BOM.utf16le, Buffer.from(XML, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([BOM.utf16be, utf16be(XML)])],
    ['UTF-32 LE', Buffer.concat([BOM.utf32le, utf32(XML, true)])],
    ['UTF-32 BE', Buffer.concat([BOM.utf32be, utf32(XML, false)])],
  ])('accepts a valid %s file with a BOM (exit 0)', async (_, bytes) => {
    expect(await caf('check', write('wide.xml', bytes))).toEqual({ code: 0, out: '', err: '0 errors, 0 warnings in 1 file\n' });
  });

  it('reads past invalid UTF-8 bytes as the tool does, with a warning line at file:line:column, and exits 0', async () => {
    const f = write('invalid.xml', withBytes(answerFile('caf@1'), [0xe9]));
    const r = await caf('check', f);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^${f}:2:${NAME_AT + 3} warning invalid-bytes 0xE9 0x31: bytes that are not valid UTF-8, which the imaging tool reads as U\\+FFFD .*run caf format\\n$`));
    expect(r.err).toBe('0 errors, 1 warning in 1 file\n');
  });

  it('checks a declared ISO-8859-1 file as the tool reads it, warning where it misreads é', async () => {
    const f = write('latin1.xml', withBytes(answerFile('caf@ au lait', 'ISO-8859-1'), [0xe9]));
    const r = await caf('check', f);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `${f}:2:${NAME_AT + 3} warning misread-encoding the file declares encoding "ISO-8859-1", but the imaging tool reads a file without a byte-order mark as UTF-8: it reads U+FFFD (the replacement character) here where the file means "é" (U+00E9)`,
    );
    expect(r.err).toBe('0 errors, 1 warning in 1 file\n');
  });

  it('lists the reading warnings in the JSON output', async () => {
    const f = write('latin1.xml', withBytes(answerFile('caf@', 'ISO-8859-1'), [0xe9]));
    const json = JSON.parse((await caf('check', '--json', f)).out) as { files: { reading: { code: string; line: number }[] }[] };
    expect(json.files[0].reading).toEqual([expect.objectContaining({ code: 'misread-encoding', line: 2, column: NAME_AT + 3 })]);
  });

  it('refuses a UTF-16 file without a BOM and says why (the tool reads it as UTF-8 and fails)', async () => {
    const f = write('nobom.xml', Buffer.from(XML, 'utf16le'));
    const r = await caf('check', f);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(new RegExp(`^${f}:1:1 error unsupported-encoding Line 1, column 1: the file looks like UTF-16 LE without a byte-order mark`));
  });

  it("reads the corpus's UTF-16 and UTF-32 files to the same text as its UTF-8 base", async () => {
    const dir = fileURLToPath(new URL('../fixtures/agreement/', import.meta.url));
    const base = readFileSync(join(dir, 'base.xml'), 'utf8');
    for (const name of ['enc-utf8-bom.xml', 'enc-utf16le-bom.xml', 'enc-utf16be-bom.xml', 'enc-utf32le-bom.xml', 'enc-utf32be-bom.xml']) {
      const r = readAsTool(await readFileBytes(join(dir, name)));
      expect(r.ok && r.text, name).toBe(base);
    }
  });
});

describe('caf format opens files as XML requires and writes UTF-8', () => {
  it('writes a UTF-16 file back as UTF-8 with its characters intact', async () => {
    const r = await caf('format', write('wide.xml', Buffer.concat([BOM.utf16be, utf16be(XML)])));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Name="Größe 𝄞"');
  });

  it('writes an ISO-8859-1 file with é as UTF-8: é intact, declaration utf-8, a note on stderr', async () => {
    const f = write('latin1.xml', withBytes(answerFile('caf@', 'ISO-8859-1'), [0xe9]));
    const r = await caf('format', f);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(r.out).toContain('Name="café"');
    expect(r.out).not.toContain('\uFFFD');
    expect(r.err).toMatch(new RegExp(`^${f}:2:${NAME_AT + 3}: note The file was read as ISO-8859-1, as its XML declaration says, and CAF Studio writes it as UTF-8\\.`));
    // The written file reads back the same, and the tool now reads it as meant: check has nothing to warn about.
    const again = write('again.xml', Buffer.from(r.out, 'utf8'));
    expect((await caf('format', again)).out).toBe(r.out);
    expect(await caf('check', again)).toMatchObject({ code: 0, out: '' });
  });

  it('refuses invalid UTF-8 with its line and column, and writes nothing', async () => {
    const f = write('invalid.xml', withBytes(answerFile('caf@1'), [0xe9]));
    const r = await caf('format', f);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: expect.stringMatching(new RegExp(`^${f}:2:${NAME_AT + 3}: error invalid-bytes Line 2, column ${NAME_AT + 3}: the bytes 0xE9 0x31 are not valid UTF-8`)),
    });
  });

  it('refuses an encoding it cannot decode, at the declaration', async () => {
    const f = write('ebcdic.xml', Buffer.from(answerFile('x', 'EBCDIC-FR')));
    expect(await caf('format', f)).toMatchObject({ code: 2, out: '', err: expect.stringContaining(`${f}:1:31: error unsupported-encoding`) });
  });
});
