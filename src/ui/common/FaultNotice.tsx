// What a pane or a dialog shows in place of itself after a fault (FaultBoundary): what happened, and what to do.
// Code that could not be loaded (a new deployment) asks for a reload; anything else offers "Try again" and a
// download of the open document, which is intact: it lives in the store, not in the pane.

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import { useWorkspace } from '../../store/workspace.ts';
import { downloadCurrent } from '../app/download-current.ts';
import { faultMessage, isChunkLoadError, updatedMessage, workIsSaved } from './fault.ts';

interface Props {
  readonly area: string;
  readonly error: unknown;
  readonly retry: () => void;
  /** Set for a dialog: the notice is shown in a dialog this closes. */
  readonly onClose?: () => void;
}

export function FaultNotice({ area, error, retry, onClose }: Props) {
  const saved = workIsSaved(useWorkspace((s) => s.saveState));
  const updated = isChunkLoadError(error);
  const notice = (
    <Box sx={{ p: 2 }} data-testid="fault-notice" data-area={area}>
      <Alert severity={updated ? 'info' : 'error'} data-testid="fault-message">
        {updated
          ? updatedMessage(saved)
          : `The ${area} stopped working: ${faultMessage(error)}. Your document is intact and the rest of CAF Studio works; try again, or download the document to keep a copy.`}
      </Alert>
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {updated ? (
          <Button variant="contained" size="small" onClick={() => window.location.reload()} data-testid="fault-reload">
            Reload
          </Button>
        ) : (
          <Button variant="contained" size="small" onClick={retry} data-testid="fault-retry">
            Try again
          </Button>
        )}
        {(!updated || !saved) && (
          <Button size="small" onClick={() => void downloadCurrent()} data-testid="fault-download">
            Download the document
          </Button>
        )}
        {onClose && (
          <Button size="small" onClick={onClose} data-testid="fault-close">
            Close
          </Button>
        )}
      </Stack>
    </Box>
  );
  if (!onClose) return notice;
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="fault-dialog">
      <DialogContent sx={{ p: 0 }}>{notice}</DialogContent>
    </Dialog>
  );
}
