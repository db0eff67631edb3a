// Byte builders for encoding tests: the same text in UTF-16 BE and UTF-32, and the byte-order marks.

export function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

export function utf32(s: string, littleEndian: boolean): Buffer {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (littleEndian ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
  return b;
}

export const BOM = {
  utf8: Buffer.from([0xef, 0xbb, 0xbf]),
  utf16le: Buffer.from([0xff, 0xfe]),
  utf16be: Buffer.from([0xfe, 0xff]),
  utf32le: Buffer.from([0xff, 0xfe, 0, 0]),
  utf32be: Buffer.from([0, 0, 0xfe, 0xff]),
};

export const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

/** A small valid answer file with non-ASCII text in its Name, declaring `encoding`. */
export function answerFile(name: string, encoding = 'utf-8'): string {
  return `<?xml version="1.0" encoding="${encoding}"?>
<ImageCustomizations xmlns="${NS}" Name="${name}" Description="d" Owner="Contoso" OwnerType="OEM">
  <Static><Settings Path="Multivariant"><Setting Name="Enable" Value="1" /></Settings></Static>
</ImageCustomizations>
`;
}

/** `text` with `bytes` spliced in place of the first `@`. */
export function withBytes(text: string, bytes: number[], encode: (s: string) => Buffer = (s) => Buffer.from(s, 'utf8')): Buffer {
  const [before, after] = text.split(/@(.*)/s);
  return Buffer.concat([encode(before), Buffer.from(bytes), encode(after ?? '')]);
}
