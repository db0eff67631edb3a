// The application bar: the document list, new document, undo/redo, save state, share link, download.

import { useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import UndoIcon from '@mui/icons-material/Undo';
import RedoIcon from '@mui/icons-material/Redo';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { OpenButton } from '../import/OpenButton.tsx';
import { ProblemCounts } from '../diagnostics/ProblemCounts.tsx';
import { workspace } from '../../store/workspace.ts';
import { DocumentsButton } from '../documents/DocumentsButton.tsx';
import { SaveStatus } from '../documents/SaveStatus.tsx';
import { ShareButton } from '../documents/ShareButton.tsx';
import { Hint } from '../common/Hint.tsx';
import { useOpenedOnce } from '../common/use-opened-once.ts';

export function TopBar() {
  const undoLabel = useEditor((s) => s.history.past[s.history.past.length - 1]?.label);
  const redoLabel = useEditor((s) => s.history.future[s.history.future.length - 1]?.label);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const menuMounted = useOpenedOnce(!!menu);
  return (
    <AppBar position="static" elevation={0} color="default" sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ mr: 2, fontWeight: 600 }}>
          CAF Studio
        </Typography>
        <DocumentsButton />
        <Button startIcon={<NoteAddIcon />} onClick={(e) => setMenu(e.currentTarget)} data-testid="new-menu" aria-haspopup="menu">
          New
        </Button>
        {menuMounted && (
          <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
            <MenuItem
              data-testid="new-founding"
              onClick={() => {
                setMenu(null);
                workspace.newFounding();
              }}
            >
              From the SMS-to-email template
            </MenuItem>
            <MenuItem
              data-testid="new-empty"
              onClick={() => {
                setMenu(null);
                workspace.newEmpty();
              }}
            >
              New empty document
            </MenuItem>
          </Menu>
        )}
        <OpenButton />
        <Hint title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
          <span>
            <IconButton aria-label="Undo" disabled={!undoLabel} onClick={actions.undo} data-testid="undo">
              <UndoIcon />
            </IconButton>
          </span>
        </Hint>
        <Hint title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
          <span>
            <IconButton aria-label="Redo" disabled={!redoLabel} onClick={actions.redo} data-testid="redo">
              <RedoIcon />
            </IconButton>
          </span>
        </Hint>
        <span style={{ flexGrow: 1 }} />
        <ProblemCounts />
        <SaveStatus />
        <ShareButton />
        <DownloadButton />
      </Toolbar>
    </AppBar>
  );
}
