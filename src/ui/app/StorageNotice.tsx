// What happened to the saved work, under the top bar: unreadable data kept as a backup (download it), no
// storage at all, a full disk, or another tab's change to a document with unsaved edits here.

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useWorkspace } from '../../store/workspace.ts';
import { workspace } from '../../store/workspace-actions.ts';
import { conflictActions } from '../../store/saved/tab-sync.ts';
import { downloadText } from '../../lib/download-file.ts';

export function StorageNotice() {
  const notice = useWorkspace((s) => s.notice);
  const saveState = useWorkspace((s) => s.saveState);
  const conflict = useWorkspace((s) => s.conflict);
  const conflictName = useWorkspace((s) => s.entries.find((e) => e.id === s.conflict?.id)?.name);
  if (!notice && saveState !== 'full' && saveState !== 'failed' && !conflict) return null;
  return (
    <Box role="region" aria-label="Storage notices">
      {notice?.kind === 'backup' && (
        <Alert
          severity="warning"
          data-testid="storage-backup-notice"
          onClose={workspace.dismissNotice}
          action={
            <Button color="inherit" size="small" onClick={() => downloadText(notice.fileName, notice.text, 'application/json')} data-testid="download-backup">
              Download backup
            </Button>
          }
        >
          {notice.message}
        </Alert>
      )}
      {notice?.kind === 'unavailable' && (
        <Alert severity="warning" data-testid="storage-unavailable-notice" onClose={workspace.dismissNotice}>
          {notice.message}
        </Alert>
      )}
      {(saveState === 'full' || saveState === 'failed') && (
        <Alert severity="error" data-testid="storage-full-warning">
          {saveState === 'full'
            ? 'The browser storage is full: your latest changes are not saved. They stay in this tab; download the document to keep it, or delete documents you no longer need.'
            : 'The browser refused to save your latest changes. They stay in this tab; download the document to keep it.'}
        </Alert>
      )}
      {conflict && (
        <Alert
          severity="warning"
          data-testid="tab-conflict"
          action={
            <>
              <Button color="inherit" size="small" onClick={() => void conflictActions.reload()} data-testid="conflict-reload">
                Reload
              </Button>
              <Button color="inherit" size="small" onClick={() => void conflictActions.keepMine()} data-testid="conflict-keep-mine">
                Keep mine
              </Button>
            </>
          }
        >
          {conflict.deleted
            ? `“${conflictName || 'Untitled'}” was deleted in another tab, but this tab has changes to it.`
            : `This document (“${conflictName || 'Untitled'}”) was changed in another tab, and this tab has changes too.`}{' '}
          Reload takes the other tab’s version (Undo brings yours back); Keep mine saves this tab’s version over it.
        </Alert>
      )}
    </Box>
  );
}
