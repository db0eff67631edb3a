// The workspace's snackbar: "Deleted …" and "Opened … as a new document", each with Undo.

import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useWorkspace, workspace } from '../../store/workspace.ts';

export function WorkspaceToast() {
  const toast = useWorkspace((s) => s.toast);
  return (
    <Snackbar
      key={toast?.serial}
      open={!!toast}
      autoHideDuration={toast?.undo ? 10_000 : 4_000}
      onClose={(_e, reason) => {
        if (reason !== 'clickaway') workspace.dismissToast();
      }}
      message={<span data-testid="workspace-toast-message">{toast?.message}</span>}
      data-testid="workspace-toast"
      action={
        toast?.undo && (
          <Button color="inherit" size="small" onClick={toast.undo.run} data-testid="workspace-toast-undo">
            {toast.undo.label}
          </Button>
        )
      }
    />
  );
}
