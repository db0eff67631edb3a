import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, scrollToReveal, visibleRange } from '../../src/ui/parts/virtual-range.ts';

describe('virtual list range', () => {
  const offsets = rowOffsets([36, 48, 48, 36, 48, 48, 48]); // 0 36 84 132 168 216 264 312

  it('prefix-sums the heights', () => {
    expect(offsets).toEqual([0, 36, 84, 132, 168, 216, 264, 312]);
  });

  it('finds the row under a pixel', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 35)).toBe(0);
    expect(rowAt(offsets, 36)).toBe(1);
    expect(rowAt(offsets, 200)).toBe(4);
    expect(rowAt(offsets, 10_000)).toBe(6);
  });

  it('renders the rows in view plus overscan, clamped', () => {
    expect(visibleRange(offsets, 0, 100, 0)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(offsets, 90, 100, 1)).toEqual({ start: 1, end: 6 });
    expect(visibleRange(offsets, 0, 10_000, 3)).toEqual({ start: 0, end: 7 });
    expect(visibleRange(rowOffsets([]), 0, 100, 3)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls only as far as needed to reveal a row', () => {
    expect(scrollToReveal(offsets, 1, 0, 100)).toBeNull();
    expect(scrollToReveal(offsets, 6, 0, 100)).toBe(212);
    expect(scrollToReveal(offsets, 0, 50, 100)).toBe(0);
    expect(scrollToReveal(offsets, 99, 0, 100)).toBeNull();
  });

  it('handles thousands of rows', () => {
    const many = rowOffsets(Array.from({ length: 2002 }, (_, i) => (i % 1001 === 0 ? 36 : 48)));
    const r = visibleRange(many, 48_000, 800, 5);
    expect(r.end - r.start).toBeLessThan(40);
    expect(many[r.start]).toBeLessThanOrEqual(48_000);
  });
});
