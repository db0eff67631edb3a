// `caf format FILE`: the file written back through the model (the editor's export of an unedited import).

import { fromXml } from '../xml/parse.ts';
import { toXml } from '../xml/serialize.ts';
import type { CliIo } from './io.ts';
import { reason } from './io.ts';

export async function runFormat(file: string, opts: { repair: boolean }, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await io.read(file);
  } catch (e) {
    io.err(`${file}: error unreadable cannot read the file: ${reason(e)}\n`);
    return 2;
  }
  let r = fromXml(text);
  if (!r.ok && r.error.repair && opts.repair) {
    for (const c of r.error.repair.changes) io.err(`${file}:${c.line}: repaired: ${c.description}\n`);
    r = fromXml(r.error.repair.text);
  }
  if (!r.ok) {
    const at = r.error.line === undefined ? file : `${file}:${r.error.line}:${r.error.column ?? 1}`;
    const hint = r.error.repair ? ' (a known documentation defect: run caf format --repair to fix it)' : '';
    io.err(`${at}: error ${r.error.code} ${r.error.message}${hint}\n`);
    return 2;
  }
  io.out(toXml(r.doc));
  return 0;
}
