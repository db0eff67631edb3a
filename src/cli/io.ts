// The CLI's only contact with the outside world, passed in so the commands stay testable.

import type { ImportError } from '../xml/parse-types.ts';
import { MAX_IMPORT_BYTES } from '../xml/import-limits.ts';
import { readCapped, TooLargeError } from './capped-read.ts';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * The file's bytes, or an Error whose message says why they cannot be read. A file over MAX_IMPORT_BYTES is
   * refused without being read (capped-read.ts).
   */
  readonly read: (file: string) => Promise<Uint8Array>;
}

/** A file's bytes, at most MAX_IMPORT_BYTES of them (else an Error saying the sizes). */
export function readFileBytes(file: string): Promise<Uint8Array> {
  return readCapped(file, { maxBytes: MAX_IMPORT_BYTES });
}

export const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  read: readFileBytes,
};

export function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT') return 'no such file';
  if (e && typeof e === 'object' && 'code' in e && e.code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}

/** The refusal of a file over the size limit (capped-read.ts's TooLargeError), or null for any other failure. */
export function sizeRefusal(e: unknown): ImportError | null {
  return e instanceof TooLargeError ? e.refusal : null;
}
