// Building blocks of the hostile fixtures: a small valid answer file to wrap things in, encoders, a seeded
// byte generator and 1-based positions. Pure, shared by the Node tests and the Playwright spec.

export const CAF_NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
export const DECL = '<?xml version="1.0" encoding="utf-8"?>';

export interface DocParts {
  /** The XML declaration line (default UTF-8). */
  readonly decl?: string;
  /** Extra text inside the root's start tag (attributes), after the usual ones. */
  readonly rootAttrs?: string;
  /** The root's Description attribute, as written (already escaped). */
  readonly description?: string;
  /** Content before <Static>, inside the root. */
  readonly before?: string;
  /** Attributes added to the Setting, as written. */
  readonly settingAttrs?: string;
  /** Content after </Static>, inside the root. */
  readonly after?: string;
  /** Line break (default LF). */
  readonly eol?: string;
}

/** A small valid answer file with holes for hostile content. Line 2 is the root start tag; line 5 the Setting. */
export function answerFile(p: DocParts = {}): string {
  const lines = [
    p.decl ?? DECL,
    `<ImageCustomizations xmlns="${CAF_NS}" Name="Hostile" Description="${p.description ?? 'd'}" Owner="Contoso" OwnerType="OEM"${p.rootAttrs ?? ''}>${p.before ?? ''}`,
    '  <Static>',
    '    <Settings Path="Multivariant">',
    `      <Setting Name="Enable" Value="1"${p.settingAttrs ?? ''} />`,
    '    </Settings>',
    `  </Static>${p.after ?? ''}`,
    '</ImageCustomizations>',
    '',
  ];
  return lines.join(p.eol ?? '\n');
}

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

export function concat(...parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** UTF-16 code units of `text`, little- or big-endian, without a byte-order mark. */
export function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Single-byte text (ISO-8859-1; Windows-1252 for the characters given in `extra`). */
export function singleByte(text: string, extra: Readonly<Record<string, number>> = {}): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    if (ch in extra) return extra[ch];
    const c = ch.charCodeAt(0);
    if (c > 0xff) throw new Error(`not a single-byte character: ${ch}`);
    return c;
  });
}

export const BOM_UTF8 = [0xef, 0xbb, 0xbf];
export const BOM_UTF16LE = [0xff, 0xfe];
export const BOM_UTF16BE = [0xfe, 0xff];

/** A deterministic pseudo-random generator (mulberry32), so garbage is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(length: number, seed: number): Uint8Array {
  const next = prng(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

/**
 * `text` padded to exactly `bytes` UTF-8 bytes by comments of x's, each on a line of its own before the root's end
 * tag and indented as the serializer writes them (so the export is no larger than the file), each at most
 * PAD_CHARS long (under the value limit, MAX_VALUE_CHARS).
 */
export function paddedTo(text: string, bytes: number): Uint8Array {
  const PAD_CHARS = 1_000_000;
  const end = text.lastIndexOf('</ImageCustomizations>');
  const head = utf8(text.slice(0, end));
  const tail = utf8(text.slice(end));
  const open = utf8('  <!--');
  const close = utf8('-->\n');
  const frame = open.length + close.length;
  const out = new Uint8Array(bytes);
  out.set(head);
  let at = head.length;
  const stop = bytes - tail.length;
  while (at < stop) {
    let body = Math.min(PAD_CHARS, stop - at - frame);
    // The last comment takes what is left; when less than a frame is left, the one before gives some up.
    const left = stop - at - frame - body;
    if (left > 0 && left < frame) body -= frame;
    if (body < 0) throw new Error(`cannot pad to ${bytes} bytes`);
    out.set(open, at);
    out.fill(0x78, at + open.length, at + open.length + body);
    out.set(close, at + open.length + body);
    at += frame + body;
  }
  out.set(tail, stop);
  return out;
}

/** 1-based line and column of the first `needle` in `text` (CRLF, CR and LF each end a line, as XML reads them). */
export function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: at - start + 1 };
}
