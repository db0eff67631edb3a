// Refusal messages: each says what is wrong, where, and quotes the offending line (format.md decision 6).

import { CAF_NAMESPACE, EL } from './names.ts';
import type { ImportError, ImportErrorCode } from './parse-types.ts';

/** Thrown inside the saxes callbacks to stop parsing; caught in parse.ts, never escapes fromXml. */
export class Refusal {
  constructor(readonly error: ImportError) {}
}

/** Codes that say the file is some other format: a repair of its syntax would not make it importable. */
export const FORMAT_CODES: ReadonlySet<ImportErrorCode> = new Set(['wcd-format', 'oem-package-format', 'wrong-root', 'wrong-namespace']);

const QUOTE_MAX = 160;
/** Longest parser message passed on (its quoted names and entities cut). */
const MESSAGE_MAX = 300;

/** Text of 1-based line `line` (no line break). */
export function lineAt(text: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const nl = text.indexOf('\n', start);
  return text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '');
}

function quote(lineText: string): string {
  const t = lineText.trim();
  const shown = t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX)}…` : t;
  return shown ? ` The line reads: ${shown}` : '';
}

/** An error at a position, with the message prefixed by the place and followed by the quoted line. */
export function errorAt(code: ImportErrorCode, text: string, line: number, column: number, what: string): ImportError {
  const lineText = lineAt(text, line);
  return { code, message: `Line ${line}, column ${column}: ${what}${quote(lineText)}`, line, column, lineText };
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
