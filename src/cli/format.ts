// `caf format FILE`: the file written back through the model (the editor's export of an unedited import), to
// standard output. `caf format --check FILE...` lists the files whose bytes are not that canonical form (exit 1);
// `--write` rewrites those in place (the others are not touched). FILE may be a glob pattern (files.ts).
// The file is opened as the page opens it: decoded as XML requires (decode.ts; bytes invalid in its encoding are
// refused, never replaced), and refused when written out it would be over MAX_IMPORT_BYTES. Always written as
// UTF-8, so a file in another encoding is never canonical.

import { fromXml } from '../xml/parse.ts';
import { toXml } from '../xml/serialize.ts';
import { decodeXmlFile } from '../xml/decode.ts';
import { writtenSizeError } from '../xml/size-limit.ts';
import type { ImportError } from '../xml/parse-types.ts';
import { expandFiles } from './files.ts';
import type { CliIo } from './io.ts';
import { reason, sizeRefusal, writeFileAtomic } from './io.ts';

export interface FormatOptions {
  readonly repair: boolean;
  /** List the files not in canonical form; change nothing. */
  readonly check?: boolean;
  /** Rewrite the files not in canonical form. */
  readonly write?: boolean;
  /** Bounds the output as MAX_IMPORT_BYTES (the default) bounds the input; tests set a small one. */
  readonly maxBytes?: number;
}

/** A file's canonical form and its bytes as read, or the exit code of a refusal already reported. */
async function canonical(file: string, opts: FormatOptions, io: CliIo): Promise<{ xml: string; bytes: Uint8Array } | number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.read(file);
  } catch (e) {
    const big = sizeRefusal(e);
    if (big) return refused(file, big, '', io);
    io.err(`${file}: error unreadable cannot read the file: ${reason(e)}\n`);
    return 2;
  }
  const decoded = decodeXmlFile(bytes);
  if (!decoded.ok) return refused(file, decoded.error, '', io);
  for (const n of decoded.notes) io.err(`${file}:${n.line}:${n.column}: note ${n.message}\n`);
  let r = fromXml(decoded.text, { maxBytes: opts.maxBytes });
  if (!r.ok && r.error.repair && opts.repair) {
    for (const c of r.error.repair.changes) io.err(`${file}:${c.line}: repaired: ${c.description}\n`);
    r = fromXml(r.error.repair.text, { maxBytes: opts.maxBytes });
  }
  if (!r.ok) return refused(file, r.error, r.error.repair ? ' (a known documentation defect: run caf format --repair to fix it)' : '', io);
  const xml = toXml(r.doc);
  const tooLarge = writtenSizeError(xml, opts.maxBytes, bytes.length);
  if (tooLarge) return refused(file, tooLarge, '', io);
  return { xml, bytes };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `caf format`: one file to stdout, or with --check / --write every file `patterns` name. */
export async function runFormat(patterns: readonly string[], opts: FormatOptions, io: CliIo): Promise<number> {
  const { files, unmatched } = await expandFiles(patterns);
  for (const p of unmatched) io.err(`${p}: error unreadable no file matches this pattern\n`);
  if (!opts.check && !opts.write) {
    if (unmatched.length > 0) return 2;
    if (files.length !== 1) {
      io.err(`caf: format writes one file to standard output, and ${patterns[0]} matches ${files.length}: use --check or --write for several\n`);
      return 2;
    }
    const c = await canonical(files[0], opts, io);
    if (typeof c === 'number') return c;
    io.out(c.xml);
    return 0;
  }
  let exit = unmatched.length > 0 ? 2 : 0;
  const changed: string[] = [];
  for (const file of files) {
    const c = await canonical(file, opts, io);
    if (typeof c === 'number') {
      exit = Math.max(exit, c);
      continue;
    }
    const bytes = new TextEncoder().encode(c.xml);
    if (sameBytes(bytes, c.bytes)) continue;
    changed.push(file);
    if (opts.write) {
      try {
        await (io.write ?? writeFileAtomic)(file, bytes);
        io.out(`${file}\n`);
      } catch (e) {
        io.err(`${file}: error unwritable cannot write the file: ${reason(e)}\n`);
        exit = 2;
      }
    } else {
      io.out(`${file}\n`);
      exit = Math.max(exit, 1);
    }
  }
  const n = files.length;
  const verb = opts.write ? 'rewritten' : 'not in canonical form';
  io.err(`${changed.length} of ${n} file${n === 1 ? '' : 's'} ${verb}${opts.check && changed.length > 0 ? ' (caf format --write rewrites them)' : ''}\n`);
  return exit;
}

function refused(file: string, error: ImportError, hint: string, io: CliIo): number {
  const at = error.line === undefined ? file : `${file}:${error.line}:${error.column ?? 1}`;
  io.err(`${at}: error ${error.code} ${error.message}${hint}\n`);
  return 2;
}
