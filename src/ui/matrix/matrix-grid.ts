// The geometry and keyboard moves of the targets × variants grid. Every row has one height and every column
// one width, so what is in view is a division (the part list's offsets table and binary search would cost an
// array per axis for nothing), and a 1000 × 1000 grid renders a screenful of cells. Pure, so it is tested
// without a browser.

/** One cell's width and height (a check box), in pixels. */
export const CELL_SIZE = 32;
/** The sticky column of variant names. */
export const ROW_HEADER_WIDTH = 200;
/** The sticky row of target Ids, written vertically. */
export const COLUMN_HEADER_HEIGHT = 120;

/** Indices [start, end) along one axis. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The index of the first item (of `size` px each) under a scroll offset. */
export function firstInView(scroll: number, size: number): number {
  return Math.floor(Math.max(0, scroll) / size);
}

/**
 * The items to render when `first` is the first one in a viewport of `view` px: those in view (a partly shown
 * one at either end included) plus `overscan` either side, within [0, count).
 */
export function spanFrom(first: number, count: number, size: number, view: number, overscan: number): Span {
  const start = Math.max(0, Math.min(first, count) - overscan);
  const end = Math.min(count, first + Math.ceil(Math.max(0, view) / size) + 1 + overscan);
  return { start, end: Math.max(start, end) };
}

/** The scroll offset that shows item `i` whole in a viewport of `view` px at `scroll`, or null when it already is. */
export function scrollToShow(i: number, size: number, scroll: number, view: number): number | null {
  const top = i * size;
  if (top < scroll) return top;
  if (top + size > scroll + view) return Math.max(0, top + size - Math.max(size, view));
  return null;
}

/** Items wholly in a viewport of `view` px (what PageUp/PageDown move by), at least one. */
export function pageSize(size: number, view: number): number {
  return Math.max(1, Math.floor(view / size));
}

export interface Cell {
  readonly row: number;
  readonly col: number;
}

export interface GridKey {
  readonly key: string;
  readonly ctrlKey: boolean;
}

/**
 * Where a key moves the active cell of a `rows` × `cols` grid (the ARIA grid pattern): arrows by one cell,
 * Home/End to the row's first/last cell, Ctrl+Home/End to the grid's first/last cell, PageUp/PageDown by
 * `page` rows; every move stops at the edges. Null when the key is not a move.
 */
export function moveCell(cell: Cell, key: GridKey, rows: number, cols: number, page: number): Cell | null {
  const at = (row: number, col: number): Cell => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  const { row, col } = cell;
  switch (key.key) {
    case 'ArrowUp':
      return at(row - 1, col);
    case 'ArrowDown':
      return at(row + 1, col);
    case 'ArrowLeft':
      return at(row, col - 1);
    case 'ArrowRight':
      return at(row, col + 1);
    case 'Home':
      return key.ctrlKey ? at(0, 0) : at(row, 0);
    case 'End':
      return key.ctrlKey ? at(rows - 1, cols - 1) : at(row, cols - 1);
    case 'PageUp':
      return at(row - page, col);
    case 'PageDown':
      return at(row + page, col);
    default:
      return null;
  }
}

/** `cell` moved inside a `rows` × `cols` grid (after variants or targets were removed); both counts > 0. */
export function clampCell(cell: Cell, rows: number, cols: number): Cell {
  const row = Math.min(cell.row, rows - 1);
  const col = Math.min(cell.col, cols - 1);
  return row === cell.row && col === cell.col ? cell : { row, col };
}

/**
 * The indices of `span`, plus `extra` when it lies outside (the active cell's row or column, kept in the DOM
 * so that it can hold the focus and the grid's one tab stop wherever the grid is scrolled), in order.
 */
export function indicesWith(span: Span, extra: number): number[] {
  const out: number[] = [];
  if (extra >= 0 && extra < span.start) out.push(extra);
  for (let i = span.start; i < span.end; i++) out.push(i);
  if (extra >= span.end) out.push(extra);
  return out;
}
