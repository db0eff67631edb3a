// The top bar's keyboard button: opens the shortcuts dialog ("?" does too). The dialog loads the first time it
// opens and stays mounted after, so that closing plays its exit transition.

import { lazy, Suspense } from 'react';
import IconButton from '@mui/material/IconButton';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { Hint } from '../common/Hint.tsx';
import { useOpenedOnce } from '../common/use-opened-once.ts';
import { openShortcuts, shortcutsOpen } from './shortcuts-open.ts';

const ShortcutsDialog = lazy(() => import('./ShortcutsDialog.tsx'));

export function ShortcutsButton() {
  const open = shortcutsOpen.useValue();
  const mounted = useOpenedOnce(open);
  return (
    <>
      <Hint title="Keyboard shortcuts (?)">
        <IconButton aria-label="Keyboard shortcuts" aria-haspopup="dialog" onClick={openShortcuts} data-testid="shortcuts-button">
          <KeyboardIcon />
        </IconButton>
      </Hint>
      {mounted && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={open} />
        </Suspense>
      )}
    </>
  );
}
