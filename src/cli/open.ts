// Opening one answer file for a command that works on the model (simulate, testplan): read, decoded as the page
// decodes it (decode.ts) and parsed; every failure is a line on stderr and exit code 2, never a throw.

import type { AnswerFile } from '../model/types.ts';
import { decodeXmlFile } from '../xml/decode.ts';
import { fromXml } from '../xml/parse.ts';
import type { ImportError } from '../xml/parse-types.ts';
import type { CliIo } from './io.ts';
import { reason, sizeRefusal } from './io.ts';

function refused(file: string, error: ImportError, io: CliIo): undefined {
  const at = error.line === undefined ? file : `${file}:${error.line}:${error.column ?? 1}`;
  io.err(`${at}: error ${error.code} ${error.message}\n`);
  return undefined;
}

/** The file's document, or undefined after saying on stderr why it cannot be opened. */
export async function openDocument(file: string, io: CliIo): Promise<AnswerFile | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await io.read(file);
  } catch (e) {
    const big = sizeRefusal(e);
    if (big) return refused(file, big, io);
    io.err(`${file}: error unreadable cannot read the file: ${reason(e)}\n`);
    return undefined;
  }
  const decoded = decodeXmlFile(bytes);
  if (!decoded.ok) return refused(file, decoded.error, io);
  const r = fromXml(decoded.text);
  if (!r.ok) return refused(file, r.error, io);
  return r.doc;
}
