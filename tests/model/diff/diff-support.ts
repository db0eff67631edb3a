// Documents for the diff tests: a small answer file around a body, parsed with a key prefix of its own.

import type { Change } from '../../../src/model/diff/change.ts';
import { counterKeys } from '../../../src/model/ids.ts';
import type { AnswerFile } from '../../../src/model/types.ts';
import { fromXml } from '../../../src/xml/parse.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

/** An answer file holding `body`, with the root's attributes `root` (Owner and OwnerType by default). */
export function xmlOf(body: string, root = 'Owner="Contoso" OwnerType="OEM"'): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="${NS}" ${root}>\n${body}\n</ImageCustomizations>\n`;
}

/** The document of `xml`, its keys minted as `${prefix}1`, `${prefix}2`... */
export function parse(xml: string, prefix: string): AnswerFile {
  const r = fromXml(xml, { keys: counterKeys(prefix) });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.doc;
}

export const texts = (changes: readonly Change[]) => changes.map((c) => c.text);
