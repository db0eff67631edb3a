// Which rows of a virtual list are on screen. Rows have a fixed height per kind, so the offsets are a prefix
// sum and the visible range is two binary searches. Pure, so it is tested without a browser.

/** offsets[i] = top of row i; offsets[n] = total height. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i] + heights[i];
  return offsets;
}

/** Index of the row containing pixel `y` (clamped to the rows). */
export function rowAt(offsets: readonly number[], y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rows [start, end) to render for a viewport at `scrollTop` of `height` pixels, `overscan` rows either side. */
export function visibleRange(offsets: readonly number[], scrollTop: number, height: number, overscan: number): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + height - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(n, last + 1 + overscan) };
}

/** The scrollTop that brings row `i` fully into view, or null when it already is. */
export function scrollToReveal(offsets: readonly number[], i: number, scrollTop: number, height: number): number | null {
  const top = offsets[i];
  const bottom = offsets[i + 1];
  if (top === undefined || bottom === undefined) return null;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return null;
}
