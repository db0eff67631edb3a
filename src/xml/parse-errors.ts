// Refusal messages: each says what is wrong, where, and quotes the offending line (docs/format.md §11.2).

import { CAF_NAMESPACE, EL } from './names.ts';
import type { ImportError, ImportErrorCode } from './parse-types.ts';

/** Thrown inside the saxes callbacks to stop parsing; caught in parse.ts, never escapes fromXml. */
export class Refusal {
  constructor(readonly error: ImportError) {}
}

/** Codes that say the file is some other format: a repair of its syntax would not make it importable. */
export const FORMAT_CODES: ReadonlySet<ImportErrorCode> = new Set(['wcd-format', 'oem-package-format', 'wrong-root', 'wrong-namespace']);

/** The longest quote of a line: a longer line is quoted as a window this long around the column, with … marks. */
export const QUOTE_MAX = 160;
/** Longest parser message passed on (its quoted names and entities cut). */
const MESSAGE_MAX = 300;

/**
 * Where 1-based line `line` of `text` starts and ends (its line break excluded), or null past the last line. CR LF,
 * a lone CR and LF each end a line, as XML reads them. Linear in the text: each line break is searched for once.
 */
export function lineSpan(text: string, line: number): { readonly start: number; readonly end: number } | null {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let start = 0;
  for (let l = 1; ; l++) {
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (l === line) return { start, end: end < 0 ? text.length : end };
    if (end < 0) return null;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** Text of 1-based line `line` (no line break; '' past the last line). */
export function lineAt(text: string, line: number): string {
  const span = lineSpan(text, line);
  return span ? text.slice(span.start, span.end) : '';
}

/** What a refusal quotes of a line: the line, or a window of QUOTE_MAX characters around the column. */
export interface LineQuote {
  /** The quoted text, with … where the line goes on. */
  readonly text: string;
  /** The 1-based position in `text` of the error's column. */
  readonly column: number;
}

/** The quote of 1-based line `line` around 1-based `column`; only the window is copied out of `text`. */
export function quoteAt(text: string, line: number, column: number): LineQuote {
  const span = lineSpan(text, line) ?? { start: text.length, end: text.length };
  const length = span.end - span.start;
  const at = Math.min(Math.max(0, column - 1), length);
  if (length <= QUOTE_MAX) return { text: text.slice(span.start, span.end), column: at + 1 };
  let from = Math.max(0, Math.min(at - QUOTE_MAX / 2, length - QUOTE_MAX));
  let to = from + QUOTE_MAX;
  // Never half a surrogate pair at either cut.
  if (from > 0 && isLowSurrogate(text.charCodeAt(span.start + from))) from++;
  if (to < length && isLowSurrogate(text.charCodeAt(span.start + to))) to--;
  const before = from > 0 ? '…' : '';
  const after = to < length ? '…' : '';
  return { text: before + text.slice(span.start + from, span.start + to) + after, column: at - from + 1 + before.length };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function quote(lineText: string): string {
  const shown = lineText.trim();
  return shown ? ` The line reads: ${shown}` : '';
}

/** An error at a position, with the message prefixed by the place and followed by the quoted line (or its window). */
export function errorAt(code: ImportErrorCode, text: string, line: number, column: number, what: string): ImportError {
  const q = quoteAt(text, line, column);
  return { code, message: `Line ${line}, column ${column}: ${what}${quote(q.text)}`, line, column, lineText: q.text, quoteColumn: q.column };
}

/** Why the root element is not an MCSF answer file, or null when it is. */
export function rootProblem(local: string, uri: string): { code: ImportErrorCode; what: string } | null {
  if (local === EL.root && uri === CAF_NAMESPACE) return null;
  if (local === 'WindowsCustomizations') {
    return {
      code: 'wcd-format',
      what:
        'this is a Windows Configuration Designer (WCD) customizations.xml file (root <WindowsCustomizations>), ' +
        'not an MCSF answer file. CAF Studio edits only <ImageCustomizations> files; build WCD files with ' +
        'Windows Configuration Designer or the ICD command line.',
    };
  }
  if (local === 'OEMCustomizationPackage') {
    return {
      code: 'oem-package-format',
      what:
        'this is a Windows Phone 8 OEM customization package (root <OEMCustomizationPackage>), ' +
        'not a Windows 10 Mobile MCSF answer file. CAF Studio edits only <ImageCustomizations> files.',
    };
  }
  if (local === EL.root) {
    const ns = uri ? `namespace "${uri}"` : 'no namespace';
    return {
      code: 'wrong-namespace',
      what: `the root element <ImageCustomizations> is in ${ns}; an answer file declares xmlns="${CAF_NAMESPACE}".`,
    };
  }
  return {
    code: 'wrong-root',
    what: `the root element is <${local}>${uri ? ` (namespace ${uri})` : ''}; an MCSF answer file has the root <ImageCustomizations xmlns="${CAF_NAMESPACE}">.`,
  };
}

/** A friendlier wording of saxes' well-formedness messages for the documentation's usual defects. */
export function describeSyntaxError(raw: string, offending: string | undefined): string {
  const full = raw.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  // saxes quotes what it read (an undefined entity's name, an unclosed tag's): a hostile file can make that megabytes.
  const msg = full.length > MESSAGE_MAX ? `${full.slice(0, MESSAGE_MAX)}…` : full;
  if (/text data outside of root node/.test(msg) && offending === '\u00a0') {
    return 'the file is not well-formed XML: a no-break space (U+00A0) stands where only markup or ordinary white space may.';
  }
  if (/comment/i.test(msg) && /double dash|--|malformed/i.test(msg)) {
    return 'the file is not well-formed XML: "--" inside a comment (a comment cannot contain another comment).';
  }
  if (/xml declaration/i.test(msg) || /reserved/i.test(msg)) {
    return `the file is not well-formed XML: ${msg} (the XML declaration must be the very first thing in the file).`;
  }
  return `the file is not well-formed XML: ${msg}.`;
}
