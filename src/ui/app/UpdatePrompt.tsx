// "Update available — Reload": shown when a new build of the app is waiting (app-update.ts). It stays until the
// user answers; Later hides it and the running version goes on.

import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useEffect } from 'react';
import { dismissUpdate, reloadToUpdate, startAppUpdates, useUpdateState } from './app-update.ts';

export default function UpdatePrompt() {
  const state = useUpdateState();
  useEffect(() => {
    void startAppUpdates();
  }, []);
  return (
    <Snackbar
      open={state !== 'none'}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      data-testid="update-prompt"
      message={state === 'replaced' ? 'CAF Studio was updated in another tab — Reload to use the new version' : 'Update available — Reload to use the new version'}
      action={
        <>
          <Button color="inherit" size="small" onClick={() => void reloadToUpdate()} data-testid="update-reload">
            Reload
          </Button>
          <Button color="inherit" size="small" onClick={dismissUpdate} data-testid="update-later">
            Later
          </Button>
        </>
      }
    />
  );
}
