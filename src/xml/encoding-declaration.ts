// The encoding an XML declaration names, read from the ASCII-compatible start of the bytes (XML 1.0, appendix F:
// without a byte-order mark, `<?xml` in ASCII means an ASCII-compatible encoding, and the declaration says which).

export interface EncodingDeclaration {
  /** The label as written, e.g. "ISO-8859-1". */
  readonly label: string;
  /** Where the label starts (1-based). */
  readonly line: number;
  readonly column: number;
}

/** A declaration is short; a longer start is not looked into. */
const HEAD_BYTES = 512;

const WS = '[ \\t\\r\\n]';
const DECL = new RegExp(`^<\\?xml${WS}+version${WS}*=${WS}*(?:"[^"]*"|'[^']*')${WS}+encoding${WS}*=${WS}*(["'])([A-Za-z][A-Za-z0-9._:-]*)\\1`);

/** The encoding declared at the start of `bytes` (after any byte-order mark), or undefined. */
export function declaredEncoding(bytes: Uint8Array): EncodingDeclaration | undefined {
  const head = bytes.subarray(0, HEAD_BYTES);
  let ascii = '';
  for (const b of head) {
    if (b > 0x7f) break;
    ascii += String.fromCharCode(b);
  }
  const m = DECL.exec(ascii);
  if (!m) return undefined;
  const label = m[2];
  const before = m[0].slice(0, m[0].length - label.length - 1);
  const lines = before.split(/\r\n|\r|\n/);
  return { label, line: lines.length, column: lines[lines.length - 1].length + 1 };
}
