// Share links: the document's XML, deflated and base64url-encoded, in the URL fragment (`#share=…`). A fragment
// is never sent to a server. Decoding is untrusted input: every outcome is a value.

import { AsyncDeflate, deflate, deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export const SHARE_PREFIX = '#share=';
/** The largest fragment a link may carry; browsers and chat apps cope with links of this size. */
export const SHARE_LIMIT_BYTES = 64 * 1024;
/** A decoded link may not expand beyond this (a deflate bomb would otherwise fill the memory). */
const MAX_XML_CHARS = 32 * 1024 * 1024;

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

const LEVEL = 9;

/** The fragment (`#share=…`) that carries `xml`. */
export function shareFragment(xml: string): string {
  return fragmentOf(deflateSync(strToU8(xml), { level: LEVEL }));
}

/** The fragment that carries already deflated XML. */
function fragmentOf(deflated: Uint8Array): string {
  return SHARE_PREFIX + toBase64Url(deflated);
}

/** The length of the fragment for `n` deflated bytes (base64url, no padding). */
export function fragmentLength(n: number): number {
  return SHARE_PREFIX.length + Math.floor(n / 3) * 4 + (n % 3 === 0 ? 0 : (n % 3) + 1);
}

/** DEFLATE never encodes more than 258 bytes in a (at least 2-bit) code: no input shrinks below 1/1032 of its size. */
const MAX_DEFLATE_RATIO = 1032;

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

function deflateAsync(data: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve) => {
    try {
      deflate(data, { level: LEVEL }, (err, deflated) => resolve(err ? deflateSync(data, { level: LEVEL }) : deflated));
    } catch {
      resolve(deflateSync(data, { level: LEVEL }));
    }
  });
}

/**
 * Streams the text of `pieces` through a deflate in a worker, one chunk after the previous one was taken, and
 * resolves with the fragment length of the output so far once it is over `limit`; null when the whole text
 * stays within it, or when no worker could deflate (the caller then judges the whole text).
 */
function streamedPastLimit(pieces: readonly string[], limit: number): Promise<number | null> {
  return new Promise((resolve) => {
    let stream: AsyncDeflate;
    let out = 0;
    let next = 0;
    let settled = false;
    const finish = (bytes: number | null) => {
      if (settled) return;
      settled = true;
      stream.terminate();
      resolve(bytes);
    };
    const push = () => {
      if (settled) return;
      const from = next;
      for (let chars = 0; next < pieces.length && chars < STREAM_CHUNK_CHARS; next++) chars += pieces[next].length;
      stream.push(strToU8(pieces.slice(from, next).join('')), next >= pieces.length);
    };
    try {
      stream = new AsyncDeflate({ level: LEVEL }, (err, chunk, final) => {
        if (err) return finish(null);
        out += chunk.length;
        const bytes = fragmentLength(out);
        if (bytes > limit) finish(bytes);
        else if (final) finish(null);
      });
    } catch {
      resolve(null);
      return;
    }
    stream.ondrain = () => push();
    push();
  });
}

/**
 * shareFragment(pieces.join('')) or, when longer than SHARE_LIMIT_BYTES, its length; deflated in a worker
 * (fflate's async deflate), so a large document never blocks the page. Without a worker it deflates here.
 * `pieces` is the text in pieces (toXmlPieces): a long text is judged from them without joining it first.
 */
export async function checkShareFragment(pieces: readonly string[]): Promise<ShareFragmentCheck> {
  let chars = 0;
  for (const p of pieces) chars += p.length;
  // UTF-8 has at least a byte per character, so the bound holds for the characters too.
  const charBound = fragmentLowerBound(chars);
  if (charBound > SHARE_LIMIT_BYTES) return { ok: false, bytes: charBound, atLeast: true };
  if (chars > PREFIX_CHARS) {
    const past = await streamedPastLimit(pieces, SHARE_LIMIT_BYTES * PREFIX_MARGIN);
    if (past !== null) return { ok: false, bytes: past, atLeast: true };
  }
  const data = strToU8(pieces.join(''));
  const bound = fragmentLowerBound(data.length);
  if (bound > SHARE_LIMIT_BYTES) return { ok: false, bytes: bound, atLeast: true };
  const deflated = await deflateAsync(data);
  const bytes = fragmentLength(deflated.length);
  return bytes > SHARE_LIMIT_BYTES ? { ok: false, bytes } : { ok: true, fragment: fragmentOf(deflated), bytes };
}

export type ShareDecode = { readonly ok: true; readonly xml: string } | { readonly ok: false; readonly message: string };

/** Reads the XML out of a location hash; `null` when the hash is not a share link. */
export function decodeShareFragment(hash: string): ShareDecode | null {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const bytes = fromBase64Url(hash.slice(SHARE_PREFIX.length));
  if (!bytes || bytes.length === 0) return { ok: false, message: 'The link is damaged: its data is not valid base64url text.' };
  try {
    const inflated = inflateSync(bytes);
    if (inflated.length > MAX_XML_CHARS) return { ok: false, message: 'The link holds more data than CAF Studio opens.' };
    return { ok: true, xml: strFromU8(inflated) };
  } catch {
    return { ok: false, message: 'The link is damaged: its data could not be decompressed (was it cut short when copied?).' };
  }
}

/** The full link for `xml` at `base` (the page address without its fragment). */
export function shareLink(base: string, xml: string): string {
  return base.replace(/#.*$/, '') + shareFragment(xml);
}

/** The current page address, without a fragment. */
export function pageAddress(): string {
  return window.location.href.replace(/#.*$/, '');
}

/** Removes the fragment from the address bar without reloading or adding a history entry. */
export function clearFragment(): void {
  try {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  } catch {
    window.location.hash = '';
  }
}

/** The location's fragment. */
export function currentHash(): string {
  return window.location.hash;
}
