// Single-byte encodings an answer file may declare: ISO-8859-1 (true Latin-1, not WHATWG's alias for
// windows-1252) and Windows-1252. Every byte is a character, so decoding never fails.

/** The UTF-8 bytes of a code point below U+10000. */
function utf8Of(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/**
 * A single-byte encoding whose bytes 0x80-0xFF are the code points `high`: the bytes are rewritten as UTF-8 and
 * decoded in one native pass (building the string in JavaScript, or through TextDecoder('utf-16le') in Node,
 * takes ~6x longer on a 31 MB file).
 */
function decodeSingleByte(b: Uint8Array, high: readonly (readonly number[])[]): string {
  let length = b.length;
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) length += high[b[i] - 0x80].length - 1;
  const utf8 = length === b.length ? b : new Uint8Array(length);
  if (utf8 !== b) {
    let o = 0;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c < 0x80) {
        utf8[o++] = c;
        continue;
      }
      const x = high[c - 0x80];
      utf8[o++] = x[0];
      utf8[o++] = x[1];
      if (x.length === 3) utf8[o++] = x[2];
    }
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8);
}

const LATIN1_HIGH = Array.from({ length: 128 }, (_, i) => utf8Of(0x80 + i));

/** ISO-8859-1 proper: every byte is the code point of the same value. */
export function decodeLatin1(b: Uint8Array): string {
  return decodeSingleByte(b, LATIN1_HIGH);
}

/** Windows-1252's 0x80-0x9F (WHATWG's table: the five bytes Windows leaves undefined are the C1 controls). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map(utf8Of);

/**
 * Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes 0x80-0x9F as Latin-1 (Node 20), so the CLI
 * and the page would read the same bytes differently.
 */
export function decodeWindows1252(b: Uint8Array): string {
  return decodeSingleByte(b, [...CP1252_HIGH, ...LATIN1_HIGH.slice(0x20)]);
}
