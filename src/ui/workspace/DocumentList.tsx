// The document list (a drawer): every document of this browser with its name, owner and last change; new (from
// any template New offers, or empty), duplicate, rename, delete (the toast offers Undo).

import { useLayoutEffect, useRef, useState } from 'react';
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
import { ListNotice } from './ListNotice.tsx';
import { MenuButton } from '../common/MenuButton.tsx';
import { NEW_ITEMS } from './new-items.ts';
import { useListPresence } from './list-presence.ts';

// Every template New offers in the top bar, under test ids of their own (both menus may be in the page).
const TEMPLATE_ITEMS = NEW_ITEMS.map((item) => ({ ...item, testId: `documents-${item.testId}` }));

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
  useListPresence();
  // A Delete's notice takes the focus (the row and its button are gone); its Undo gives it to the row restored.
  const [deleted, setDeleted] = useState<{ readonly serial: number; readonly id: string } | null>(null);
  const rowsRef = useRef<HTMLUListElement>(null);
  const focusRow = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusRow.current;
    if (id === null) return;
    const row = rowsRef.current?.querySelector<HTMLElement>(`[data-doc-id="${CSS.escape(id)}"] [role="button"]`);
    if (!row) return;
    focusRow.current = null;
    row.focus();
  });
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
          <MenuButton label="From template" icon={<AddIcon />} testId="documents-new-template" items={TEMPLATE_ITEMS} variant="outlined" size="small" />
          <Button startIcon={<AddIcon />} variant="outlined" size="small" onClick={workspace.newEmpty} data-testid="documents-new-empty">
            Empty
          </Button>
        </Box>
        {entries.length === 0 && (
          <Typography variant="body2" color="text.secondary" data-testid="documents-empty">
            No documents yet: start one from a template or an empty document above, or open a file.
          </Typography>
        )}
        <List dense data-testid="document-rows" ref={rowsRef}>
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
                onDelete={() => {
                  workspace.remove(e.id);
                  const toast = useWorkspace.getState().toast;
                  setDeleted(toast ? { serial: toast.serial, id: e.id } : null);
                }}
              />
            );
          })}
        </List>
        <ListNotice
          focusSerial={deleted?.serial ?? null}
          onUndone={() => {
            if (deleted) focusRow.current = deleted.id;
          }}
        />
      </Box>
      {renaming && (
        <RenameDialog
          initial={renaming.name}
          owner={renaming.owner}
          onClose={() => setRenaming(null)}
          onRename={(name) => workspace.rename(renaming.id, name)}
        />
      )}
    </Drawer>
  );
}
