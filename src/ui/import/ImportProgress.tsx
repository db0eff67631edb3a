// Progress of opening a large file (read, then parse, in a worker). Shown only when opening takes a moment,
// so small files open without a flash.

import { useEffect, useState } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

const SHOW_AFTER_MS = 150;

export function ImportProgress({ source, phase, fraction }: { source: string; phase: 'read' | 'parse'; fraction: number }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(t);
  }, []);
  if (!shown) return null;
  const percent = Math.round(fraction * 100);
  return (
    // Shown at once, without scroll lock or fade-in: locking measures the scrollbar and restyles the page's body,
    // and a fade starts with a forced layout of the page; each made the dialog's first render a longer task.
    <Dialog
      open
      maxWidth="xs"
      fullWidth
      disableScrollLock
      slotProps={{ transition: { appear: false }, backdrop: { appear: false } }}
      data-testid="import-progress-dialog"
    >
      <DialogTitle>Opening “{source}”</DialogTitle>
      <DialogContent>
        <LinearProgress
          variant={phase === 'read' ? 'indeterminate' : 'determinate'}
          value={percent}
          aria-label={`Opening ${source}`}
          data-testid="import-progress"
        />
        <Typography variant="caption" color="text.secondary" role="status">
          {phase === 'read' ? 'Reading the file…' : `Parsing… ${percent}%`}
        </Typography>
      </DialogContent>
    </Dialog>
  );
}
