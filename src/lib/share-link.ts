// Share links: the document's XML, deflated and base64url-encoded, in the URL fragment (`#share=…`). A fragment
// is never sent to a server. Decoding is untrusted input: every outcome is a value.

import { deflate, deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

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
 * A long document is first judged by its start: when the start alone makes a link well over the limit, the
 * rest need not be encoded and deflated (for a 20 MB file that work took a third of a second on the page).
 */
const PREFIX_CHARS = 1024 * 1024;
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
 * shareFragment(xml) or, when longer than SHARE_LIMIT_BYTES, its length; deflated in a worker (fflate's async
 * deflate), so a large document never blocks the page. Without a worker it deflates here.
 */
export async function checkShareFragment(xml: string): Promise<ShareFragmentCheck> {
  if (xml.length > PREFIX_CHARS) {
    const start = fragmentLength((await deflateAsync(strToU8(xml.slice(0, PREFIX_CHARS)))).length);
    if (start > SHARE_LIMIT_BYTES * PREFIX_MARGIN) return { ok: false, bytes: start, atLeast: true };
  }
  const data = strToU8(xml);
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
