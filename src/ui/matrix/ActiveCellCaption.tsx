// Under the targets × variants grid: the active cell's variant and target in full, and whether the variant
// applies to it. The column headers cut long target Ids (their title shows them whole on hover); this line is
// how a keyboard user reads them. It sits under the grid, so a longer text never moves the rows.

import Typography from '@mui/material/Typography';
import type { Target, Variant } from '../../model/types.ts';
import type { Cell } from './matrix-grid.ts';
import { referencedIds } from './membership.ts';

interface Props {
  readonly cell: Cell;
  readonly targets: readonly Target[];
  readonly variants: readonly Variant[];
}

export function ActiveCellCaption({ cell, targets, variants }: Props) {
  const variant = variants[cell.row];
  const target = targets[cell.col];
  if (!variant || !target) return null;
  const id = target.id;
  const applies = !!id && referencedIds(variant).has(id);
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      data-testid="matrix-active-cell"
      sx={{ mt: 0.5, minHeight: '2lh', overflowWrap: 'anywhere' }}
    >
      Variant “{variant.name || '(unnamed)'}” × target “{id || '(no Id)'}”: {applies ? 'applies' : 'does not apply'}
    </Typography>
  );
}
