// Reads a user-chosen file as text, as the imaging tool reads it (xml/decode.ts): UTF-8, or UTF-16/UTF-32 by
// byte-order mark.

import { decodeAnswerFile } from '../xml/decode.ts';

export async function readTextFile(file: Blob): Promise<string> {
  return decodeAnswerFile(new Uint8Array(await file.arrayBuffer())).text;
}
