// The CLI's only contact with the outside world, passed in so the commands stay testable.

import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
  /** Replaces the file's content (`caf format --write`); writeFileAtomic when not given. */
  readonly write?: (file: string, bytes: Uint8Array) => Promise<void>;
}

/** A file's bytes, at most MAX_IMPORT_BYTES of them (else an Error saying the sizes). */
export function readFileBytes(file: string): Promise<Uint8Array> {
  return readCapped(file, { maxBytes: MAX_IMPORT_BYTES });
}

/**
 * Writes `bytes` to a new file beside `file` and renames it over `file`, so that a failure half-way (a full disk,
 * an interrupt) leaves the old content whole. The file keeps its permission bits.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const { mode } = await stat(file);
  const temp = join(dirname(file), `.${basename(file)}.caf-${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { mode: mode & 0o7777, flag: 'wx' });
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

export const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  read: readFileBytes,
  write: writeFileAtomic,
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
