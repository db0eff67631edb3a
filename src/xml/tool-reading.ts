// Bytes of an answer file to text the way the imaging tool reads them (File.OpenText: a StreamReader that defaults
// to UTF-8 and switches on a byte-order mark). The XML declaration's encoding is not consulted, as the tool does
// not: a UTF-16 file without a BOM is read as UTF-8 and fails, and a UTF-8 file declaring "utf-16" is fine.
// Invalid byte sequences become U+FFFD (the tool goes on with them); an incomplete sequence at the very end of the
// file is dropped, as the tool's reader never flushes its decoder.
// `caf check` checks this text, so that its verdict is the tool's; where it differs from what the file means
// (decode.ts, as XML requires), the reading says so in warnings.

import type { ImportError } from './parse-types.ts';
import { decodeUtf32, encodingName, hexBytes, lineColumn, sniffBom, unmarkedWide, firstInvalidUtf16, firstInvalidUtf8, type UnicodeEncoding } from './charsets.ts';
import { decodeXmlFile } from './decode.ts';

export interface ToolText {
  readonly text: string;
  readonly encoding: UnicodeEncoding;
  /** True when the file starts with a byte-order mark (not part of `text`). */
  readonly bom: boolean;
  /** Where the first invalid byte sequence stands in `text` (1-based), when some were replaced by U+FFFD. */
  readonly invalid?: { readonly line: number; readonly column: number; readonly bytes: readonly number[] };
  /** Set when the bytes look like UTF-16 or UTF-32 without a byte-order mark, which the tool reads as UTF-8. */
  readonly unmarkedWide?: Exclude<UnicodeEncoding, 'utf-8'>;
}

/** Decodes without flushing, so an incomplete sequence at the end is dropped; finds the first replacement. */
function decodeLenient(b: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): { text: string; firstInvalid: number; bytes: readonly number[] } {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(b, { stream: true });
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b, { stream: true });
    return { text, firstInvalid: -1, bytes: [] };
  } catch {
    const bad = encoding === 'utf-8' ? firstInvalidUtf8(b) : firstInvalidUtf16(b, encoding === 'utf-16le');
    const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(b.subarray(0, bad?.offset ?? 0), { stream: true });
    return { text, firstInvalid: before.length, bytes: bad?.bytes ?? [] };
  }
}

/** The text the imaging tool reads from `bytes`. */
export function decodeAnswerFile(bytes: Uint8Array): ToolText {
  const { encoding, length } = sniffBom(bytes);
  const body = bytes.subarray(length);
  const { text, firstInvalid, bytes: bad } =
    encoding === 'utf-32le' || encoding === 'utf-32be'
      ? (({ text, firstInvalid, bad }) => ({ text, firstInvalid, bytes: bad?.bytes ?? [] }))(decodeUtf32(body, encoding === 'utf-32le'))
      : decodeLenient(body, encoding);
  const wide = length === 0 ? unmarkedWide(bytes) : undefined;
  return {
    text,
    encoding,
    bom: length > 0,
    ...(firstInvalid >= 0 ? { invalid: { ...lineColumn(text, firstInvalid), bytes: bad } } : {}),
    ...(wide ? { unmarkedWide: wide } : {}),
  };
}

/** Where the tool reads a file otherwise than it means; a warning of `caf check`. 1-based position. */
export interface ReadingWarning {
  readonly code: 'invalid-bytes' | 'misread-encoding' | 'unsupported-encoding';
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type ToolReading =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly ReadingWarning[] }
  /** Bytes the tool cannot read as XML at all (UTF-16/32 without a byte-order mark). */
  | { readonly ok: false; readonly error: ImportError };

const FIX = 'CAF Studio writes UTF-8: open and save the file in CAF Studio, or run caf format, to fix it';

const u = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text `caf check` checks (the tool's), and warnings where it is not what the file means. */
export function readAsTool(bytes: Uint8Array): ToolReading {
  const tool = decodeAnswerFile(bytes);
  const xml = decodeXmlFile(bytes);
  if (tool.unmarkedWide && !xml.ok) return xml;
  const warnings: ReadingWarning[] = [];
  if (xml.ok && xml.text !== tool.text) {
    // A declared single-byte encoding the tool ignores: the first character the two readings disagree on.
    let i = 0;
    while (i < xml.text.length && xml.text.charCodeAt(i) === tool.text.charCodeAt(i)) i++;
    const meant = String.fromCodePoint(xml.text.codePointAt(i) ?? 0x20);
    const read = i < tool.text.length ? String.fromCodePoint(tool.text.codePointAt(i)!) : '';
    const reads = read === '\uFFFD' ? 'U+FFFD (the replacement character)' : read ? `"${read}" (${u(read)})` : 'nothing';
    warnings.push({
      code: 'misread-encoding',
      ...lineColumn(xml.text, i),
      message: `the file declares encoding "${xml.declared ?? encodingName(xml.encoding)}", but the imaging tool reads a file without a byte-order mark as UTF-8: it reads ${reads} here where the file means "${meant}" (${u(meant)}), and the text is checked as the tool reads it. ${FIX} (it is then read the same by both)`,
    });
  } else if (tool.invalid) {
    const name = encodingName(tool.encoding);
    warnings.push({
      code: 'invalid-bytes',
      line: tool.invalid.line,
      column: tool.invalid.column,
      message: `${hexBytes(tool.invalid.bytes)}: bytes that are not valid ${name}, which the imaging tool reads as U+FFFD (the replacement character); this is the first such place, and the text is checked as the tool reads it. CAF Studio writes UTF-8 and refuses to open the file until the bytes are fixed: save it as ${name}${tool.bom ? '' : ', or declare the encoding it is in (<?xml version="1.0" encoding="ISO-8859-1"?>)'}, then open and save it in CAF Studio or run caf format`,
    });
  } else if (!xml.ok) {
    // An encoding label CAF Studio does not know, or a UTF-8 mark contradicting the declaration.
    warnings.push({
      code: xml.error.code === 'unsupported-encoding' ? 'unsupported-encoding' : 'invalid-bytes',
      line: xml.error.line ?? 1,
      column: xml.error.column ?? 1,
      message: `${xml.error.message.replace(/^Line \d+, column \d+: /, '')} CAF Studio refuses to open the file; the imaging tool ignores the declaration and reads it as ${encodingName(tool.encoding)}, as it is checked here`,
    });
  }
  return { ok: true, text: tool.text, warnings };
}
