// Renames a document: sets the answer file's Name (one undo step of that document).

import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';

interface Props {
  readonly initial: string;
  onClose(): void;
  onRename(name: string): void;
}

export function RenameDialog({ initial, onClose, onRename }: Props) {
  const [name, setName] = useState(initial);
  const submit = () => {
    onRename(name.trim());
    onClose();
  };
  return (
    <Dialog open onClose={onClose} data-testid="rename-document-dialog">
      <DialogTitle>Rename document</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') submit();
          }}
          slotProps={{ htmlInput: { 'data-testid': 'rename-document-name' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={submit} data-testid="rename-document-confirm">
          Rename
        </Button>
      </DialogActions>
    </Dialog>
  );
}
