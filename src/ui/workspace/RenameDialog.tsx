// Renames a document: sets the answer file's root Name attribute, which is also its name in the document list
// (one value, not two: the list shows the file's Name). One undo step of that document, applied only on
// Rename or Enter; Cancel and Escape leave the name as it was. The dialog says what the Name is and is not
// (docs/format.md §2.2): the tool does not use it, and the generated packages are named after the Owner.

import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';

interface Props {
  readonly initial: string;
  /** The document's Owner, named so the user knows which attribute names the packages. */
  readonly owner: string;
  onClose(): void;
  onRename(name: string): void;
}

export function RenameDialog({ initial, owner, onClose, onRename }: Props) {
  const [name, setName] = useState(initial);
  const describedBy = useId();
  return (
    <Dialog
      open
      onClose={onClose}
      data-testid="rename-document-dialog"
      aria-describedby={describedBy}
      slotProps={{
        paper: {
          component: 'form',
          onSubmit: (e: React.FormEvent) => {
            e.preventDefault();
            onRename(name.trim());
            onClose();
          },
        },
      }}
    >
      <DialogTitle>Rename “{initial || 'Untitled'}”</DialogTitle>
      <DialogContent>
        <DialogContentText id={describedBy} variant="body2" data-testid="rename-document-explain">
          This sets the answer file’s <code>Name</code> attribute (<code>&lt;ImageCustomizations Name="…"&gt;</code>),
          which is also the document’s name in this list. The imaging tool does not use it: the generated packages
          are named after the Owner ({owner ? <code>{owner}</code> : 'not set yet'}), which renaming does not change.
        </DialogContentText>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label="Name attribute"
          value={name}
          onChange={(e) => setName(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'rename-document-name' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="rename-document-cancel">
          Cancel
        </Button>
        <Button variant="contained" type="submit" data-testid="rename-document-confirm">
          Rename
        </Button>
      </DialogActions>
    </Dialog>
  );
}
