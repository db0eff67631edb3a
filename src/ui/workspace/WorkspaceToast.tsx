// The workspace's snackbar: "Deleted …" and "Opened … as a new document", each with Undo. While the document
// list is open the notice shows inside it instead (ListNotice), where the keyboard reaches it; this one waits.
// Its timer pauses while the pointer or the focus is on it (MUI's Snackbar does both). Loaded right after the
// first frame (App.tsx): nothing before it can ask for a toast.

import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useWorkspace } from '../../store/workspace.ts';
import { workspace } from '../../store/workspace-actions.ts';
import { useListOpen } from './list-presence.ts';

export default function WorkspaceToast() {
  const toast = useWorkspace((s) => s.toast);
  const listOpen = useListOpen();
  return (
    <Snackbar
      key={toast?.serial}
      open={!!toast && !listOpen}
      autoHideDuration={toast?.undo ? 10_000 : 4_000}
      onClose={(_e, reason) => {
        if (reason !== 'clickaway') workspace.dismissToast();
      }}
      message={<span data-testid="workspace-toast-message">{toast?.message}</span>}
      data-testid="workspace-toast"
      // Appears without growing in: the grow transition starts with a forced layout of the page, and the toast
      // appears in the task that renders a just-opened document (a whole new page), where that layout cost ~20 ms.
      slotProps={{ transition: { appear: false } }}
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
