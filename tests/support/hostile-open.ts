// Bytes -> outcome, the way the page and the CLI open a file: decodeAnswerFile (src/xml/decode.ts), then fromXml.
// The one place in the tests that knows decodeAnswerFile's result: it is becoming ok | refused (issue 18) instead
// of always text, and this adapter reads either shape.

import { isDeepStrictEqual } from 'node:util';
import type { AnswerFile } from '../../src/model/types.ts';
import { decodeAnswerFile } from '../../src/xml/decode.ts';
import { stripKeys } from './strip-keys.ts';
import { fromXml, type ParseOptions } from '../../src/xml/parse.ts';
import type { ImportError, ImportErrorCode, ParseResult } from '../../src/xml/parse-types.ts';

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: ImportError };

/** fromXml's catch-all for its own bugs ("The file could not be read: RangeError…"): a crash, not a refusal. */
const CRASH_PREFIX = 'The file could not be read:';

type Loose = Record<string, unknown>;

function errorOf(r: Loose): ImportError {
  const inner = (typeof r.error === 'object' && r.error !== null ? r.error : r) as Loose;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const line = num(inner.line);
  const column = num(inner.column);
  return {
    code: String(inner.code ?? 'unknown') as ImportErrorCode,
    message: String(inner.message ?? ''),
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
  };
}

/** decodeAnswerFile as a value: text, or the refusal. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const r = decodeAnswerFile(bytes) as unknown as Loose;
  if (r.ok === false) return { ok: false, error: errorOf(r) };
  const text = typeof r.text === 'string' ? r.text : (r.decoded as Loose | undefined)?.text;
  return { ok: true, text: typeof text === 'string' ? text : '' };
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
