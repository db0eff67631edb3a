// The geometry of the settings matrix's grid. Every row has one height and every column one width, so what is in
// view is a division, worked out by the targets × variants grid's pure helpers (../matrix/matrix-grid.ts). The
// grid's column 0 is the row header (the setting, with its row actions); column j + 1 is the matrix's column j.

import type { MatrixColumn, MatrixRow } from '../../model/settings-matrix.ts';
import { type Cell } from '../matrix/matrix-grid.ts';

export const ROW_HEIGHT = 44;
export const COLUMN_WIDTH = 168;
/** The sticky column of settings (name over path). */
export const ROW_HEADER_WIDTH = 300;
/** The sticky row of Static and the variant names. */
export const HEADER_HEIGHT = 48;
/** The in-place editor is wider than a cell, so that a URL or a list is readable while typed. */
export const EDITOR_WIDTH = 360;

/** The matrix column of a grid cell (undefined for the row header). */
export function columnAt(columns: readonly MatrixColumn[], cell: Cell): MatrixColumn | undefined {
  return cell.col > 0 ? columns[cell.col - 1] : undefined;
}

/** The left edge of grid column `col` (> 0) in the grid's content. */
export function cellLeft(col: number): number {
  return ROW_HEADER_WIDTH + (col - 1) * COLUMN_WIDTH;
}

/**
 * Where a panel `size` px long stands along one axis for a cell that starts at `start`: at the cell, moved back
 * as far as needed to end within the visible part of the grid ([from, to)), never before `from`.
 */
export function fitWithin(start: number, size: number, from: number, to: number): number {
  return Math.max(from, Math.min(start, to - size));
}

/**
 * Which column a row action takes its value from: the active column when it sets the row, else (for a move to
 * Static, `variantsOnly`) the first variant that does, else the first column that does.
 */
export function sourceColumn(row: MatrixRow, columns: readonly MatrixColumn[], active: MatrixColumn | undefined, variantsOnly: boolean): MatrixColumn | undefined {
  const eligible = (c: MatrixColumn) => c.cells.cells.has(row.key) && (!variantsOnly || c.owner.kind === 'variant');
  if (active && eligible(active)) return active;
  return columns.find(eligible);
}
