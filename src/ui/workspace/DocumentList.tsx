// The document list (a drawer): every document of this browser with its name, owner and last change; new,
// duplicate, rename, delete (the toast offers Undo).

import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import IconButton from '@mui/material/IconButton';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { useWorkspace, type DocEntry } from '../../store/workspace.ts';
import { workspace } from '../../store/workspace-actions.ts';
import { useEditor } from '../../store/editor-store.ts';
import { DocumentRow } from './DocumentRow.tsx';
import { RenameDialog } from './RenameDialog.tsx';
import { useNow } from './use-now.ts';

interface Props {
  readonly open: boolean;
  onClose(): void;
}

export function DocumentList({ open, onClose }: Props) {
  const entries = useWorkspace((s) => s.entries);
  const currentId = useWorkspace((s) => s.currentId);
  // The open document's name and owner are live (the list's copy follows each save).
  const liveName = useEditor((s) => s.doc.name ?? '');
  const liveOwner = useEditor((s) => s.doc.owner ?? '');
  const [renaming, setRenaming] = useState<DocEntry | null>(null);
  const now = useNow();
  return (
    <Drawer anchor="left" open={open} onClose={onClose} data-testid="document-list">
      <Box sx={{ width: 400, p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            Documents
          </Typography>
          <IconButton aria-label="Close the document list" onClick={onClose} data-testid="documents-close">
            <CloseIcon />
          </IconButton>
        </Box>
        <Typography variant="body2" color="text.secondary">
          Saved in this browser as you work.
        </Typography>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button startIcon={<AddIcon />} variant="outlined" size="small" onClick={workspace.newFounding} data-testid="documents-new-founding">
            From template
          </Button>
          <Button startIcon={<AddIcon />} variant="outlined" size="small" onClick={workspace.newEmpty} data-testid="documents-new-empty">
            Empty
          </Button>
        </Box>
        <List dense data-testid="document-rows">
          {entries.map((e, i) => {
            const entry = e.id === currentId ? { ...e, name: liveName, owner: liveOwner } : e;
            return (
              <DocumentRow
                key={e.id}
                entry={entry}
                index={i}
                current={e.id === currentId}
                now={now}
                onOpen={() => {
                  workspace.open(e.id);
                  onClose();
                }}
                onDuplicate={() => workspace.duplicate(e.id)}
                onRename={() => setRenaming(entry)}
                onDelete={() => workspace.remove(e.id)}
              />
            );
          })}
        </List>
      </Box>
      {renaming && <RenameDialog initial={renaming.name} onClose={() => setRenaming(null)} onRename={(name) => workspace.rename(renaming.id, name)} />}
    </Drawer>
  );
}
