// The top bar's keyboard button: opens the shortcuts dialog ("?" does too).

import IconButton from '@mui/material/IconButton';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { Hint } from '../common/Hint.tsx';
import { openShortcuts, ShortcutsDialog } from './ShortcutsDialog.tsx';

export function ShortcutsButton() {
  return (
    <>
      <Hint title="Keyboard shortcuts (?)">
        <IconButton aria-label="Keyboard shortcuts" aria-haspopup="dialog" onClick={openShortcuts} data-testid="shortcuts-button">
          <KeyboardIcon />
        </IconButton>
      </Hint>
      <ShortcutsDialog />
    </>
  );
}
