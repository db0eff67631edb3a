// The CLI's only contact with the outside world, passed in so the commands stay testable.

import { readFile } from 'node:fs/promises';
import { decodeAnswerFile, encodingName } from '../xml/decode.ts';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** File text, or an Error whose message says why it cannot be read. */
  readonly read: (file: string) => Promise<string>;
}

/**
 * Reads an answer file as the imaging tool does (see decode.ts): UTF-8, or UTF-16/UTF-32 by byte-order mark.
 * Invalid bytes are replaced by U+FFFD as the tool replaces them, and `warn` is told where the first one is.
 * A file that looks like UTF-16/32 without a byte-order mark is refused with the reason (the tool reads it as
 * UTF-8 and fails on the first NUL).
 */
export async function readAnswerFile(file: string, warn: (text: string) => void): Promise<string> {
  const decoded = decodeAnswerFile(await readFile(file));
  if (decoded.unmarkedWide) {
    const name = encodingName(decoded.unmarkedWide);
    throw new Error(
      `it looks like ${name} without a byte-order mark; the imaging tool reads a file without one as UTF-8 and refuses it. Save it as ${name} with a byte-order mark, or as UTF-8`,
    );
  }
  if (decoded.invalid) {
    const name = encodingName(decoded.encoding);
    warn(
      `${file}:${decoded.invalid.line}:${decoded.invalid.column} warning bytes that are not valid ${name} were replaced by U+FFFD (the first is here), as the imaging tool replaces them when it reads the file; save the file as ${name} to keep the intended characters\n`,
    );
  }
  return decoded.text;
}

export const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  read: (file) => readAnswerFile(file, (t) => process.stderr.write(t)),
};

export function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT') return 'no such file';
  if (e && typeof e === 'object' && 'code' in e && e.code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}
