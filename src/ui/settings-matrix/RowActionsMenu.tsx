// A setting's row actions in the settings matrix: move it to Static, or copy its value to a variant (picked by
// name among possibly hundreds). The value comes from the active cell's column when it sets the row, else from the
// first column that does (settings-grid.ts, sourceColumn). Each action is one undo step.

import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { MatrixColumn, MatrixRow } from '../../model/settings-matrix.ts';
import { settingsMatrixActions } from '../../store/settings-matrix-actions.ts';
import { sourceColumn } from './settings-grid.ts';

interface RowActionsMenuProps {
  readonly anchor: HTMLElement;
  readonly row: MatrixRow;
  readonly columns: readonly MatrixColumn[];
  /** The active cell's column, if the active cell is a value cell. */
  readonly active: MatrixColumn | undefined;
  readonly onClose: () => void;
}

export function RowActionsMenu({ anchor, row, columns, active, onClose }: RowActionsMenuProps) {
  const [copying, setCopying] = useState(false);
  const moveFrom = sourceColumn(row, columns, active, true);
  const copyFrom = sourceColumn(row, columns, active, false);

  function moveToStatic() {
    if (moveFrom?.owner.kind === 'variant') settingsMatrixActions.moveToStatic(moveFrom.owner.key, row.path, row.name);
    onClose();
  }

  if (copying && copyFrom) return <CopyDialog row={row} columns={columns} from={copyFrom} onClose={onClose} />;
  return (
    <Menu anchorEl={anchor} open onClose={onClose} data-testid="settings-matrix-row-menu" slotProps={{ list: { 'aria-label': `Actions for ${row.name}` } }}>
      <MenuItem onClick={moveToStatic} disabled={!moveFrom} data-testid="settings-matrix-move-static">
        <ListItemText
          primary="Move to Static"
          secondary={moveFrom ? `Static gets the value of ${moveFrom.label}; variants with that value no longer set it` : 'No variant sets it'}
        />
      </MenuItem>
      <MenuItem onClick={() => setCopying(true)} disabled={!copyFrom || columns.length < 2} data-testid="settings-matrix-copy">
        <ListItemText primary="Copy to a variant…" secondary={copyFrom ? `The value of ${copyFrom.label}` : undefined} />
      </MenuItem>
    </Menu>
  );
}

function CopyDialog({ row, columns, from, onClose }: { row: MatrixRow; columns: readonly MatrixColumn[]; from: MatrixColumn; onClose: () => void }) {
  const choices = columns.filter((c) => c.owner.kind === 'variant' && c !== from);
  const [to, setTo] = useState<MatrixColumn | null>(null);
  const value = from.cells.cells.get(row.key)?.value;

  function copy() {
    if (to?.owner.kind === 'variant') settingsMatrixActions.copyToVariant(from.owner, to.owner.key, row.path, row.name);
    onClose();
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="settings-matrix-copy-dialog" aria-labelledby="settings-matrix-copy-title">
      <DialogTitle id="settings-matrix-copy-title">Copy {row.name} to a variant</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1, wordBreak: 'break-all' }}>
          {row.path} · the value of {from.label}: {value === undefined ? '(no Value)' : value === '' ? '(empty)' : `“${value}”`}. The variant’s own Setting takes
          it, or a new one is added.
        </Typography>
        <Autocomplete
          options={choices}
          value={to}
          onChange={(_e, v) => setTo(v)}
          getOptionLabel={(c) => c.label}
          getOptionKey={(c) => c.id}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => (
            <TextField
              {...params}
              autoFocus
              label="Variant"
              slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'settings-matrix-copy-target' } }}
            />
          )}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!to} onClick={copy} data-testid="settings-matrix-copy-confirm">
          Copy
        </Button>
      </DialogActions>
    </Dialog>
  );
}
