// The targets × variants grid's geometry (what is rendered and where to scroll) and its keyboard moves.

import { describe, expect, it } from 'vitest';
import { clampCell, firstInView, indicesWith, moveCell, pageSize, scrollToShow, spanFrom, type Cell } from '../../src/ui/matrix/matrix-grid.ts';

const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey });

describe('matrix grid range', () => {
  it('finds the first item under a scroll offset', () => {
    expect(firstInView(0, 32)).toBe(0);
    expect(firstInView(31, 32)).toBe(0);
    expect(firstInView(32, 32)).toBe(1);
    expect(firstInView(-10, 32)).toBe(0); // overscroll bounce
  });

  it('renders the items in view, a partly shown one at the end, and the overscan, clamped to the count', () => {
    expect(spanFrom(0, 1000, 32, 320, 0)).toEqual({ start: 0, end: 11 });
    expect(spanFrom(10, 1000, 32, 320, 4)).toEqual({ start: 6, end: 25 });
    expect(spanFrom(995, 1000, 32, 320, 4)).toEqual({ start: 991, end: 1000 });
    expect(spanFrom(0, 3, 32, 320, 4)).toEqual({ start: 0, end: 3 });
    expect(spanFrom(0, 0, 32, 320, 4)).toEqual({ start: 0, end: 0 });
    // A scroll position left from a longer list (items were removed) still gives a valid, possibly empty span.
    expect(spanFrom(50, 10, 32, 320, 4)).toEqual({ start: 6, end: 10 });
  });

  it('keeps a million-cell grid to a screenful of cells wherever it is scrolled', () => {
    for (const first of [0, 400, 987]) {
      const rows = spanFrom(first, 1000, 32, 600, 6);
      const cols = spanFrom(first, 1000, 32, 900, 4);
      expect((rows.end - rows.start) * (cols.end - cols.start)).toBeLessThan(1500);
      expect(rows.start).toBeLessThanOrEqual(first);
    }
  });

  it('scrolls only as far as needed to show an item whole', () => {
    expect(scrollToShow(0, 32, 0, 320)).toBeNull();
    expect(scrollToShow(9, 32, 0, 320)).toBeNull(); // 288..320: the last whole one
    expect(scrollToShow(10, 32, 0, 320)).toBe(32);
    expect(scrollToShow(999, 32, 0, 320)).toBe(31_680);
    expect(scrollToShow(3, 32, 200, 320)).toBe(96);
    expect(scrollToShow(5, 32, 0, 10)).toBe(160); // a viewport smaller than a cell shows its start
  });

  it('pages by the whole items in view, at least one', () => {
    expect(pageSize(32, 330)).toBe(10);
    expect(pageSize(32, 10)).toBe(1);
  });
});

describe('matrix grid keyboard', () => {
  const from: Cell = { row: 5, col: 5 };
  const move = (k: string, ctrl = false, cell = from) => moveCell(cell, key(k, ctrl), 10, 20, 4);

  it('moves by one cell with the arrows and stops at the edges', () => {
    expect(move('ArrowUp')).toEqual({ row: 4, col: 5 });
    expect(move('ArrowDown')).toEqual({ row: 6, col: 5 });
    expect(move('ArrowLeft')).toEqual({ row: 5, col: 4 });
    expect(move('ArrowRight')).toEqual({ row: 5, col: 6 });
    expect(move('ArrowUp', false, { row: 0, col: 0 })).toEqual({ row: 0, col: 0 });
    expect(move('ArrowRight', false, { row: 9, col: 19 })).toEqual({ row: 9, col: 19 });
  });

  it('goes to the row ends with Home/End and the grid corners with Ctrl', () => {
    expect(move('Home')).toEqual({ row: 5, col: 0 });
    expect(move('End')).toEqual({ row: 5, col: 19 });
    expect(move('Home', true)).toEqual({ row: 0, col: 0 });
    expect(move('End', true)).toEqual({ row: 9, col: 19 });
  });

  it('pages by rows, clamped', () => {
    expect(move('PageDown')).toEqual({ row: 9, col: 5 });
    expect(move('PageUp')).toEqual({ row: 1, col: 5 });
    expect(move('PageUp', false, { row: 2, col: 3 })).toEqual({ row: 0, col: 3 });
  });

  it('ignores keys that are not moves', () => {
    expect(move(' ')).toBeNull();
    expect(move('a')).toBeNull();
  });

  it('keeps the active cell inside a grid that shrank', () => {
    expect(clampCell({ row: 9, col: 19 }, 3, 4)).toEqual({ row: 2, col: 3 });
    const inside = { row: 1, col: 1 };
    expect(clampCell(inside, 3, 4)).toBe(inside);
  });
});

describe('indicesWith', () => {
  it('adds the active index, in order, when it is outside the span', () => {
    expect(indicesWith({ start: 3, end: 6 }, 4)).toEqual([3, 4, 5]);
    expect(indicesWith({ start: 3, end: 6 }, 0)).toEqual([0, 3, 4, 5]);
    expect(indicesWith({ start: 3, end: 6 }, 9)).toEqual([3, 4, 5, 9]);
    expect(indicesWith({ start: 3, end: 6 }, -1)).toEqual([3, 4, 5]); // no active index (not the active row)
  });
});
