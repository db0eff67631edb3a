// Sizes: the CLI refuses a file over the limit without reading it and stops reading one that grows past it; a
// document whose canonical output would be over the limit is refused when opened (it could not be opened again).

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCapped, type CappedFile } from '../../src/cli/capped-read.ts';
import { runFormat } from '../../src/cli/format.ts';
import { readFileBytes, type CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { fileSizeError, MAX_IMPORT_BYTES } from '../../src/xml/import-limits.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { documentSizeError, MAX_GROWTH, mayOutgrow } from '../../src/xml/size-limit.ts';
import { NS } from '../support/encodings.ts';

const tmp = mkdtempSync(join(tmpdir(), 'caf-size-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Opens files for real, counting the bytes asked for and read. */
function countingOpen() {
  const seen = { reads: 0, bytes: 0 };
  const openCounted = async (file: string): Promise<CappedFile> => {
    const h = await open(file, 'r');
    return {
      stat: (() => h.stat()) as CappedFile['stat'],
      close: () => h.close(),
      read: (async (...args: Parameters<CappedFile['read']>) => {
        seen.reads++;
        const r = await (h.read as (...a: unknown[]) => Promise<{ bytesRead: number }>)(...args);
        seen.bytes += r.bytesRead;
        return r;
      }) as CappedFile['read'],
    };
  };
  return { seen, open: openCounted };
}

function testIo(read = readFileBytes) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), read };
  return { io, out, err };
}

describe('the CLI reads at most MAX_IMPORT_BYTES', () => {
  const sparse = join(tmp, 'sparse.xml');
  writeFileSync(sparse, '');
  truncateSync(sparse, 300 * 1024 * 1024); // 300 MB of holes: no disk used

  it('refuses a 300 MB file without reading a byte of it, giving both sizes', async () => {
    const { seen, open: counted } = countingOpen();
    await expect(readCapped(sparse, { maxBytes: MAX_IMPORT_BYTES, open: counted })).rejects.toThrow(
      'The file is 300 MB, larger than 32 MB, the largest file CAF Studio opens; it was not read.',
    );
    expect(seen).toEqual({ reads: 0, bytes: 0 });
  });

  it('caf check and caf format say so and exit 2', async () => {
    const check = testIo();
    expect(await main(['check', sparse], check.io)).toBe(2);
    expect(check.out.join('')).toBe(`${sparse} error too-large The file is 300 MB, larger than 32 MB, the largest file CAF Studio opens; it was not read.\n`);
    const format = testIo();
    expect(await main(['format', sparse], format.io)).toBe(2);
    expect(format.err.join('')).toContain('error too-large The file is 300 MB, larger than 32 MB');
    expect(format.out).toEqual([]);
  });

  it('reads a file of exactly the limit, and refuses one a byte over', async () => {
    const f = join(tmp, 'exact.xml');
    writeFileSync(f, 'x'.repeat(1000));
    expect((await readCapped(f, { maxBytes: 1000 })).length).toBe(1000);
    await expect(readCapped(f, { maxBytes: 999 })).rejects.toThrow('The file is 1000 bytes, larger than 999 bytes');
  });

  it('stops reading a file that grows past the limit while it is read', async () => {
    // stat says 10 bytes; the file then keeps giving data (a log, a pipe, a file being written).
    let served = 0;
    const growing: CappedFile = {
      stat: (async () => ({ size: 10, isDirectory: () => false })) as unknown as CappedFile['stat'],
      close: async () => {},
      read: (async (buffer: Uint8Array, offset: number, length: number) => {
        buffer.fill(0x20, offset, offset + length);
        served += length;
        return { bytesRead: length, buffer };
      }) as unknown as CappedFile['read'],
    };
    await expect(readCapped('growing.xml', { maxBytes: 5000, open: async () => growing })).rejects.toThrow(
      'The file is more than 5 kB, larger than 5 kB, the largest file CAF Studio opens; it grew while it was read and reading stopped there.',
    );
    expect(served).toBe(5001);
  });

  it('says a directory is a directory', async () => {
    const t = testIo();
    expect(await main(['check', tmp], t.io)).toBe(2);
    expect(t.out.join('')).toContain('cannot read the file: is a directory');
  });
});

describe('the limit holds for the canonical output too', () => {
  // Single-quoted values full of '"', which the serializer writes as &quot;: 6 bytes for 1.
  const quotes = '"'.repeat(400);
  const swollen = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${NS}" Name='${quotes}' Description='${quotes}' Owner="Contoso" OwnerType="OEM"/>
`;

  it('caf format refuses a file under the limit whose output would be over it, giving both sizes', async () => {
    const f = join(tmp, 'swollen.xml');
    writeFileSync(f, swollen);
    expect(swollen.length).toBeLessThan(2000);
    const t = testIo();
    expect(await runFormat([f], { repair: false, maxBytes: 2000 }, t.io)).toBe(2);
    expect(t.out).toEqual([]);
    expect(t.err.join('')).toMatch(
      new RegExp(`^${f}: error too-large The file \\(${swollen.length} bytes\\) written out canonically would be 5 kB, more than 2 kB, the largest file CAF Studio opens: once saved it could not be opened again\\.`),
    );
    // With room for the output it is written.
    const ok = testIo();
    expect(await runFormat([f], { repair: false, maxBytes: 6000 }, ok.io)).toBe(0);
    expect(ok.out.join('')).toContain('&quot;&quot;');
  });

  it('the worker check: documentSizeError refuses the same document, and says nothing under the limit', () => {
    const r = fromXml(swollen);
    if (!r.ok) throw new Error(r.error.message);
    expect(documentSizeError(r.doc, swollen, 2000, 1700)).toEqual({
      code: 'too-large',
      message: expect.stringMatching(/^The file \(2 kB\) written out canonically would be 5 kB, more than 2 kB/),
    });
    expect(documentSizeError(r.doc, swollen, 6000)).toBeUndefined();
  });

  it('a text MAX_GROWTH times under the limit is not serialized to be sure; one near it is', () => {
    expect(mayOutgrow('x'.repeat(100), 100 * MAX_GROWTH)).toBe(false);
    expect(mayOutgrow('x'.repeat(101), 100 * MAX_GROWTH)).toBe(true);
    expect(mayOutgrow('é'.repeat(60), 100 * MAX_GROWTH)).toBe(true); // 120 UTF-8 bytes
  });

  it('the canonical output of the swollen file is within MAX_GROWTH of its input', () => {
    const big = fromXml(swollen);
    if (!big.ok) throw new Error(big.error.message);
    expect(documentSizeError(big.doc, swollen, swollen.length * MAX_GROWTH)).toBeUndefined();
  });

  it('fileSizeError names both sizes', () => {
    expect(fileSizeError(40 * 1024 * 1024)?.message).toBe('The file is 40 MB, larger than 32 MB, the largest file CAF Studio opens; it was not read.');
    expect(fileSizeError(MAX_IMPORT_BYTES)).toBeUndefined();
  });
});
