// The CLI's only contact with the outside world, passed in so the commands stay testable.

import { readFile } from 'node:fs/promises';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** File text, or an Error whose message says why it cannot be read. */
  readonly read: (file: string) => Promise<string>;
}

export const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  read: async (file) => {
    const buf = await readFile(file);
    // Answer files are UTF-8 (the docs' declarations say so); a BOM is skipped by the parser.
    return new TextDecoder('utf-8').decode(buf);
  },
};

export function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT') return 'no such file';
  if (e && typeof e === 'object' && 'code' in e && e.code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}
