// Share links: the document's XML, deflated and base64url-encoded, in the URL fragment (`#share=…`). A fragment
// is never sent to a server. Decoding is untrusted input: every outcome is a value. A link's data is refused
// before decoding when it is longer than any link CAF Studio writes, and inflated with a hard cap
// (share-inflate.ts); what it holds is bytes, opened as a file is (store/share-links.ts).

import { deflateSync, strToU8 } from 'fflate';
import { formatBytes, MAX_IMPORT_BYTES } from '../xml/import-limits.ts';
import type { ImportError } from '../xml/parse-types.ts';
import { inflateCapped, MAX_DEFLATE_RATIO, type InflateOptions } from './share-inflate.ts';
import { SHARE_LEVEL } from './share-deflate.ts';
import { shareDeflater, type Deflater } from './share-deflater.ts';
import { isShareFragment, SHARE_LIMIT_BYTES, SHARE_PREFIX } from './share-fragment.ts';

export { SHARE_PREFIX, SHARE_LIMIT_BYTES, isShareFragment, pageAddress, clearFragment, currentHash } from './share-fragment.ts';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(b64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The fragment (`#share=…`) that carries `xml`. */
export function shareFragment(xml: string): string {
  return fragmentOf(deflateSync(strToU8(xml), { level: SHARE_LEVEL }));
}

/** The fragment that carries already deflated XML. */
function fragmentOf(deflated: Uint8Array): string {
  return SHARE_PREFIX + toBase64Url(deflated);
}

/** The length of the fragment for `n` deflated bytes (base64url, no padding). */
export function fragmentLength(n: number): number {
  return SHARE_PREFIX.length + Math.floor(n / 3) * 4 + (n % 3 === 0 ? 0 : (n % 3) + 1);
}

/** A length no fragment for `xmlBytes` bytes of XML can be shorter than; when it is over the limit, skip deflating. */
export function fragmentLowerBound(xmlBytes: number): number {
  return fragmentLength(Math.ceil(xmlBytes / MAX_DEFLATE_RATIO));
}

export type ShareFragmentCheck =
  | { readonly ok: true; readonly fragment: string; readonly bytes: number }
  /** `atLeast`: judged from the document's start only; the whole link would be at least `bytes` long. */
  | { readonly ok: false; readonly bytes: number; readonly atLeast?: boolean };

/**
 * A long document is first judged by its start: its pieces are streamed through a deflate in a worker a chunk at a
 * time, and as soon as the output makes a link well over the limit the rest is never joined, encoded or deflated
 * (for a 20 MB file, joining and encoding the whole text took a third of a second on the page).
 */
const PREFIX_CHARS = 1024 * 1024;
/** Characters joined and encoded on the page per streamed chunk (a few milliseconds). */
const STREAM_CHUNK_CHARS = 256 * 1024;
/** Margin for the early verdict: deflating a prefix on its own can cost a little more than its share of the whole. */
const PREFIX_MARGIN = 1.1;

/**
 * The text of `pieces` in chunks of about `size` characters: short pieces joined, a long one cut (never between
 * the two halves of a surrogate pair, which would encode differently apart).
 */
export function* textChunks(pieces: readonly string[], size: number): Generator<string> {
  let held: string[] = [];
  let chars = 0;
  for (const piece of pieces) {
    let at = 0;
    while (piece.length - at > size - chars) {
      let cut = at + size - chars;
      const c = piece.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff && (cut - 1 > at || chars > 0)) cut--;
      held.push(piece.slice(at, cut));
      yield held.join('');
      held = [];
      chars = 0;
      at = cut;
    }
    if (at < piece.length) {
      held.push(at === 0 ? piece : piece.slice(at));
      chars += piece.length - at;
    }
  }
  if (held.length > 0) yield held.join('');
}

/**
 * Streams the text of `pieces` through `deflater` a chunk at a time and resolves with the fragment length of the
 * output so far once it is over `limit`; null when the whole text stays within it, or when the deflater failed
 * (the caller then judges the whole text).
 */
async function streamedPastLimit(pieces: readonly string[], limit: number, deflater: Deflater): Promise<number | null> {
  const stream = deflater.stream();
  try {
    const chunks = textChunks(pieces, STREAM_CHUNK_CHARS);
    for (let chunk = chunks.next(); !chunk.done; ) {
      const next = chunks.next();
      const bytes = fragmentLength(await stream.push(strToU8(chunk.value), next.done === true));
      if (bytes > limit) return bytes;
      chunk = next;
    }
    return null;
  } catch {
    return null;
  } finally {
    stream.end();
  }
}

/**
 * shareFragment(pieces.join('')) or, when longer than SHARE_LIMIT_BYTES, its length; deflated in the share worker,
 * so a large document never blocks the page (without a worker, on the page: `deflater` is for tests).
 * `pieces` is the text in pieces (toXmlPieces): a long text is judged from them without joining it first.
 */
export async function checkShareFragment(pieces: readonly string[], deflater: Deflater = shareDeflater()): Promise<ShareFragmentCheck> {
  let chars = 0;
  for (const p of pieces) chars += p.length;
  // UTF-8 has at least a byte per character, so the bound holds for the characters too.
  const charBound = fragmentLowerBound(chars);
  if (charBound > SHARE_LIMIT_BYTES) return { ok: false, bytes: charBound, atLeast: true };
  if (chars > PREFIX_CHARS) {
    const past = await streamedPastLimit(pieces, SHARE_LIMIT_BYTES * PREFIX_MARGIN, deflater);
    if (past !== null) return { ok: false, bytes: past, atLeast: true };
  }
  const data = strToU8(pieces.join(''));
  const bound = fragmentLowerBound(data.length);
  if (bound > SHARE_LIMIT_BYTES) return { ok: false, bytes: bound, atLeast: true };
  let deflated: Uint8Array;
  try {
    deflated = await deflater.whole(data);
  } catch {
    // The worker failed (and may have taken `data` with it): deflate here.
    deflated = deflateSync(strToU8(pieces.join('')), { level: SHARE_LEVEL });
  }
  const bytes = fragmentLength(deflated.length);
  return bytes > SHARE_LIMIT_BYTES ? { ok: false, bytes } : { ok: true, fragment: fragmentOf(deflated), bytes };
}

export type ShareDecode =
  /** `file`: the bytes the link carries, to open as a file is opened. */
  | { readonly ok: true; readonly file: Blob; readonly bytes: number }
  | { readonly ok: false; readonly error: ImportError };

/** The longest fragment CAF Studio writes; a longer one was not made here and is refused before decoding. */
export const MAX_FRAGMENT_CHARS = SHARE_PREFIX.length + SHARE_LIMIT_BYTES;


const damaged = (message: string): ShareDecode => ({ ok: false, error: { code: 'not-well-formed', message: `The link is damaged: ${message}` } });

/**
 * The bytes a location hash carries, or why they cannot be opened; `null` when the hash is not a share link.
 * Never throws. The output is capped at MAX_IMPORT_BYTES (`cap` and `inflate` are for tests).
 */
export async function decodeShareFragment(
  hash: string,
  { cap = MAX_IMPORT_BYTES, inflate = {} }: { readonly cap?: number; readonly inflate?: InflateOptions } = {},
): Promise<ShareDecode | null> {
  if (!isShareFragment(hash)) return null;
  if (hash.length > MAX_FRAGMENT_CHARS) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `The link carries ${formatBytes(hash.length)} of data; links made by CAF Studio carry at most ${formatBytes(SHARE_LIMIT_BYTES)}.`,
      },
    };
  }
  if (hash.length === SHARE_PREFIX.length) return { ok: false, error: { code: 'empty', message: 'The link carries no document.' } };
  const bytes = fromBase64Url(hash.slice(SHARE_PREFIX.length));
  if (!bytes || bytes.length === 0) return damaged('its data is not valid base64url text.');
  const r = await inflateCapped(bytes, cap, inflate);
  if (r.ok) return { ok: true, file: new Blob([...r.chunks]), bytes: r.bytes };
  if (r.reason === 'damaged') return damaged('its data could not be decompressed (was it cut short when copied?).');
  return {
    ok: false,
    error: { code: 'too-large', message: `The link's data expands to more than ${formatBytes(cap)}; CAF Studio opens files up to ${formatBytes(cap)}.` },
  };
}

/** The full link for `xml` at `base` (the page address without its fragment). */
export function shareLink(base: string, xml: string): string {
  return base.replace(/#.*$/, '') + shareFragment(xml);
}
