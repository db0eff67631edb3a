// The address bar's side of share links (share-link.ts encodes and decodes them): what a share link's fragment
// looks like, and reading and clearing it. Light: the page checks for a link at every start, and the codec
// (fflate) loads only when there is one or a link is made.

export const SHARE_PREFIX = '#share=';
/** The largest fragment a link may carry; browsers and chat apps cope with links of this size. */
export const SHARE_LIMIT_BYTES = 64 * 1024;

/** True when `hash` is a share link's fragment. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
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
