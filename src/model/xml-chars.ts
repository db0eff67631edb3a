// XML 1.0 can carry only some characters (production [2] Char): TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD
// and U+10000–U+10FFFF. Anything else (control characters, lone surrogates, U+FFFE/U+FFFF) cannot be written
// to an answer file, so the editor refuses it at the field.

export interface BadChar {
  /** UTF-16 index of the character in the input. */
  readonly index: number;
  /** The code point, as U+XXXX. */
  readonly codePoint: string;
}

// eslint-disable-next-line no-control-regex
const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character XML 1.0 cannot carry, or null when the text is fine. */
export function findBadXmlChar(text: string): BadChar | null {
  const m = BAD.exec(text);
  if (!m) return null;
  return { index: m.index, codePoint: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}

/** A user-facing sentence explaining why the text was refused, or null when it is fine. */
export function badXmlCharMessage(text: string): string | null {
  const bad = findBadXmlChar(text);
  if (!bad) return null;
  return `Character ${bad.codePoint} at position ${bad.index + 1} cannot be stored in an XML file; it was not entered.`;
}
