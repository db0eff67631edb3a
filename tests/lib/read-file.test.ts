// The page's file reading: refused over the limit without being read, else decoded as XML requires.

import { describe, expect, it, vi } from 'vitest';
import { readTextFile } from '../../src/lib/read-file.ts';
import { answerFile, withBytes } from '../support/encodings.ts';

describe('readTextFile', () => {
  it('refuses a file over the limit without reading it', async () => {
    const blob = new Blob([new Uint8Array(2001)]);
    const read = vi.spyOn(blob, 'arrayBuffer');
    expect(await readTextFile(blob, 2000)).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'The file is 2001 bytes, larger than 2000 bytes, the largest file CAF Studio opens; it was not read.' },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('decodes a declared ISO-8859-1 file, with the note for the import report', async () => {
    const r = await readTextFile(new Blob([new Uint8Array(withBytes(answerFile('caf@', 'ISO-8859-1'), [0xe9]))]));
    expect(r).toMatchObject({ ok: true, encoding: 'iso-8859-1', notes: [expect.objectContaining({ line: 2 })] });
    expect(r.ok && r.text).toContain('Name="café"');
  });

  it('refuses invalid UTF-8 with its line and column', async () => {
    expect(await readTextFile(new Blob([new Uint8Array(withBytes('<a>\n<b x="@"/></a>', [0xff]))]))).toMatchObject({ ok: false, error: { code: 'invalid-bytes', line: 2, column: 7 } });
  });
});
