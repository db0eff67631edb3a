// The top bar's entry to the document list: names the open document and how many there are.

import { lazy, Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import FolderCopyIcon from '@mui/icons-material/FolderCopyOutlined';
import { useWorkspace } from '../../store/workspace.ts';
import { useEditor } from '../../store/editor-store.ts';
import { FaultBoundary } from '../common/FaultBoundary.tsx';

// The list (with its rename dialog and rows) loads when first opened, not with the first screen.
const DocumentList = lazy(() => import('./DocumentList.tsx').then((m) => ({ default: m.DocumentList })));

/** The open document's name, subscribed on its own: typing a name redraws this text, not the button. */
function OpenName() {
  const name = useEditor((s) => s.doc.name);
  return <>{name || 'Untitled'}</>;
}

export function DocumentsButton() {
  const [open, setOpen] = useState(false);
  const count = useWorkspace((s) => s.entries.length);
  return (
    <>
      <Button
        startIcon={<FolderCopyIcon />}
        onClick={() => setOpen(true)}
        data-testid="documents-button"
        aria-label={`Documents (${count})`}
        sx={{ textTransform: 'none', maxWidth: 260 }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          <OpenName /> · {count} document{count === 1 ? '' : 's'}
        </span>
      </Button>
      {/* Mounted only while open: the list follows the live name and a clock, which would otherwise re-render
          a hidden drawer on every keystroke. */}
      {open && (
        <FaultBoundary area="document list" variant="dialog" onClose={() => setOpen(false)}>
          <Suspense fallback={null}>
            <DocumentList open onClose={() => setOpen(false)} />
          </Suspense>
        </FaultBoundary>
      )}
    </>
  );
}
