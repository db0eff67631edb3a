// Under the settings matrix: the active cell's setting, path and column in full, and its value. Headers and
// cells cut long texts (their titles show them whole on hover); this line is how a keyboard user reads them.
// It sits under the grid, so a longer text never moves the rows.

import Typography from '@mui/material/Typography';
import type { MatrixColumn, MatrixRow } from '../../model/settings-matrix.ts';
import type { Cell } from '../matrix/matrix-grid.ts';
import { targetNote } from './SettingsRows.tsx';

interface Props {
  /** Grid coordinates: column 0 is the row header, column j + 1 the matrix column j. */
  readonly cell: Cell;
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly MatrixColumn[];
}

function valueText(column: MatrixColumn, row: MatrixRow): string {
  const cell = column.cells.cells.get(row.key);
  if (!cell) return 'not set';
  if (cell.value === undefined) return 'no Value attribute';
  return cell.value === '' ? 'an empty value' : `“${cell.value}”`;
}

export function ActiveCellCaption({ cell, rows, columns }: Props) {
  const row = rows[cell.row];
  if (!row) return null;
  const column = cell.col > 0 ? columns[cell.col - 1] : undefined;
  const setting = `${row.name || '(no Name)'} (${row.path || '(no Path)'})`;
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      data-testid="settings-matrix-active-cell"
      sx={{ mt: 0.5, minHeight: '2lh', overflowWrap: 'anywhere', display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
    >
      {column ? `${setting} in ${column.label} (${targetNote(column)}): ${valueText(column, row)}` : setting}
    </Typography>
  );
}
