// The workspace's notice inside the document list (Deleted “…” · Undo): in the list's own focus order, announced
// as a status, and never hidden by a timer: it stays until Undo, its close button, or the next notice. It sits
// under the rows, so it moves nothing the pointer is on. Same test ids as the floating toast (WorkspaceToast).

import { useLayoutEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useWorkspace } from '../../store/workspace.ts';
import { workspace } from '../../store/workspace-actions.ts';

interface Props {
  /** The notice whose Undo takes the focus when it appears (the one a Delete in the list made: its button is gone). */
  readonly focusSerial: number | null;
  /** Called after Undo ran (the list then focuses the document that came back). */
  onUndone(): void;
}

export function ListNotice({ focusSerial, onUndone }: Props) {
  const toast = useWorkspace((s) => s.toast);
  const undoRef = useRef<HTMLButtonElement>(null);
  const serial = toast?.serial ?? null;
  useLayoutEffect(() => {
    if (serial !== null && serial === focusSerial) undoRef.current?.focus();
  }, [serial, focusSerial]);
  return (
    <Box role="status" aria-live="polite" sx={{ minHeight: 48 }}>
      {toast && (
        <Box
          data-testid="workspace-toast"
          sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.5, borderRadius: 1, bgcolor: 'action.selected' }}
        >
          <Typography variant="body2" sx={{ flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="workspace-toast-message">
            {toast.message}
          </Typography>
          {toast.undo && (
            <Button
              ref={undoRef}
              size="small"
              onClick={() => {
                toast.undo?.run();
                onUndone();
              }}
              data-testid="workspace-toast-undo"
            >
              {toast.undo.label}
            </Button>
          )}
          <IconButton size="small" aria-label="Dismiss" onClick={workspace.dismissToast} data-testid="workspace-toast-dismiss">
            <CloseIcon fontSize="small" />
          </IconButton>
        </Box>
      )}
    </Box>
  );
}
