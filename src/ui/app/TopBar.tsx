// The application bar: the document list, new document, undo/redo, save state, share link, download, theme,
// keyboard shortcuts.

import AppBar from '@mui/material/AppBar';
import IconButton from '@mui/material/IconButton';
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
import { DocumentsButton } from '../workspace/DocumentsButton.tsx';
import { SaveStatus } from '../workspace/SaveStatus.tsx';
import { ShareButton } from '../workspace/ShareButton.tsx';
import { Hint } from '../common/Hint.tsx';
import { MenuButton } from '../common/MenuButton.tsx';
import { NEW_ITEMS } from '../workspace/new-items.ts';
import { ThemeMenu } from './ThemeMenu.tsx';
import { ShortcutsButton } from './ShortcutsButton.tsx';
import { FindBox } from '../find/FindBox.tsx';

export function TopBar() {
  const undoLabel = useEditor((s) => s.history.past[s.history.past.length - 1]?.label);
  const redoLabel = useEditor((s) => s.history.future[s.history.future.length - 1]?.label);
  return (
    <AppBar position="static" elevation={0} color="default" sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ mr: 2, fontWeight: 600 }}>
          CAF Studio
        </Typography>
        <DocumentsButton />
        <MenuButton label="New" icon={<NoteAddIcon />} testId="new-menu" items={NEW_ITEMS} />
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
        <FindBox />
        <ProblemCounts />
        <SaveStatus />
        <ShareButton />
        <DownloadButton />
        <ThemeMenu />
        <ShortcutsButton />
      </Toolbar>
    </AppBar>
  );
}
