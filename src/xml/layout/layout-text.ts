// The text a layout keeps for a decoded file: as read, plus what decoding took away that belongs to the bytes.
// - A UTF-8 byte-order mark stays (as U+FEFF at the start), so Download writes it back.
// - A file read in another encoding is written as UTF-8 (Download always writes UTF-8): its declaration's
//   encoding is made "UTF-8", keeping its quotes; the import report already says the file was re-encoded
//   (decode.ts). A UTF-16 or UTF-32 mark is not kept: the bytes are UTF-8 now.

const ENCODING = /^(<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*')[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*)(["'])([^"']*)\2/;

export interface DecodedText {
  readonly text: string;
  /** The encoding read ('utf-8', 'windows-1252', 'utf-16le', ...). */
  readonly encoding: string;
  readonly bom: boolean;
}

export function layoutText(decoded: DecodedText): string {
  const utf8 = decoded.encoding.toLowerCase() === 'utf-8';
  if (utf8) return decoded.bom ? '\ufeff' + decoded.text : decoded.text;
  return decoded.text.replace(ENCODING, (_, head: string, q: string) => `${head}${q}UTF-8${q}`);
}
