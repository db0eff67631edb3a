// Reads a file's bytes with a hard cap, so that memory stays bounded whatever the file: its size is looked at
// before anything is read, and a file that grows while it is read is refused as soon as it passes the cap.

import { open as openFile, type FileHandle } from 'node:fs/promises';
import { fileSizeError } from '../xml/import-limits.ts';
import type { ImportError } from '../xml/parse-types.ts';

/** The part of a FileHandle this uses (tests pass their own). */
export type CappedFile = Pick<FileHandle, 'stat' | 'read' | 'close'>;

export interface CappedReadOptions {
  readonly maxBytes: number;
  /** Opens the file for reading; node:fs/promises `open` by default. */
  readonly open?: (file: string) => Promise<CappedFile>;
}

/** Bytes read at a time. */
const CHUNK = 1024 * 1024;

/** Thrown when a file is over the cap; `refusal` is the page's refusal of it (fileSizeError), both sizes said. */
export class TooLargeError extends Error {
  constructor(readonly refusal: ImportError) {
    super(refusal.message);
  }
}

function tooLarge(size: number | undefined, maxBytes: number): TooLargeError {
  return new TooLargeError(fileSizeError(size, maxBytes)!);
}

export async function readCapped(file: string, { maxBytes, open = (f) => openFile(f, 'r') }: CappedReadOptions): Promise<Uint8Array> {
  const handle = await open(file);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
    // One byte more than the cap: reading it shows the file is over, without reading the rest.
    const buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    const chunks: Uint8Array[] = [];
    let total = 0;
    let into = buffer;
    for (;;) {
      if (into.length === 0) {
        into = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      }
      const { bytesRead } = await handle.read(into, 0, into.length, null);
      if (bytesRead === 0) break;
      chunks.push(into.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(undefined, maxBytes);
      into = into.subarray(bytesRead);
    }
    if (chunks.length === 1) return chunks[0];
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return all;
  } finally {
    await handle.close();
  }
}
