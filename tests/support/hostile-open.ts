// Bytes -> outcome, the way the page and `caf format` open a file: decodeXmlFile (src/xml/decode.ts), then fromXml.

import { isDeepStrictEqual } from 'node:util';
import type { AnswerFile } from '../../src/model/types.ts';
import { decodeXmlFile } from '../../src/xml/decode.ts';
import { stripKeys } from './strip-keys.ts';
import { fromXml, type ParseOptions } from '../../src/xml/parse.ts';
import type { ImportError, ParseResult } from '../../src/xml/parse-types.ts';

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: ImportError };

/** fromXml's catch-all for its own bugs ("The file could not be read: RangeError…"): a crash, not a refusal. */
const CRASH_PREFIX = 'The file could not be read:';

/** decodeXmlFile as a value: text, or the refusal. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const r = decodeXmlFile(bytes);
  return r.ok ? { ok: true, text: r.text } : { ok: false, error: r.error };
}

/** Decodes and parses `bytes`; throws only if the code under test throws. */
export function openBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  return fromXml(decoded.text, options);
}

/** True when a refusal is really fromXml catching its own exception. */
export function isCrash(result: ParseResult): boolean {
  return !result.ok && result.error.message.startsWith(CRASH_PREFIX);
}

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** Equal as the round-trip guarantee states it (keys aside, key order aside): for counting, where toEqual would throw. */
export function sameDocument(a: AnswerFile, b: AnswerFile): boolean {
  return isDeepStrictEqual(stripKeys(a), stripKeys(b));
}
